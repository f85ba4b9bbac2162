package dev.modelsync.verify;

/** The stable codes of {@link Finding}s. Tools may match on them; they never change meaning. */
public final class DriftCodes {
    private DriftCodes() {
    }

    // check DRIFT (live database against the model); CHANGELOG_LAG uses the same codes for the replayed changelog
    public static final String MISSING_TABLE = "MISSING_TABLE";
    public static final String EXTRA_TABLE = "EXTRA_TABLE";
    public static final String MISSING_COLUMN = "MISSING_COLUMN";
    public static final String EXTRA_COLUMN = "EXTRA_COLUMN";
    public static final String TYPE_MISMATCH = "TYPE_MISMATCH";
    public static final String NULLABILITY_MISMATCH = "NULLABILITY_MISMATCH";
    public static final String DEFAULT_MISMATCH = "DEFAULT_MISMATCH";
    public static final String AUTOINCREMENT_MISMATCH = "AUTOINCREMENT_MISMATCH";
    public static final String MISSING_PRIMARY_KEY = "MISSING_PRIMARY_KEY";
    public static final String PRIMARY_KEY_MISMATCH = "PRIMARY_KEY_MISMATCH";
    public static final String MISSING_FOREIGN_KEY = "MISSING_FOREIGN_KEY";
    public static final String EXTRA_FOREIGN_KEY = "EXTRA_FOREIGN_KEY";
    public static final String FOREIGN_KEY_MISMATCH = "FOREIGN_KEY_MISMATCH";
    public static final String MISSING_UNIQUE = "MISSING_UNIQUE";
    public static final String EXTRA_UNIQUE = "EXTRA_UNIQUE";
    public static final String MISSING_INDEX = "MISSING_INDEX";
    public static final String EXTRA_INDEX = "EXTRA_INDEX";
    public static final String INDEX_MISMATCH = "INDEX_MISMATCH";
    public static final String MISSING_ENUM = "MISSING_ENUM";
    public static final String MISSING_ENUM_VALUE = "MISSING_ENUM_VALUE";
    public static final String EXTRA_ENUM_VALUE = "EXTRA_ENUM_VALUE";
    /** MariaDB/MySQL: a table's engine, character set or collation differs from the one the model sets. */
    public static final String TABLE_OPTIONS_MISMATCH = "TABLE_OPTIONS_MISMATCH";
    /** A primary key, foreign key, unique constraint or index equal to the model's but under another name. */
    public static final String NAME_MISMATCH = "NAME_MISMATCH";

    // check PENDING
    public static final String PENDING_CHANGESET = "PENDING_CHANGESET";
    // check CHANGELOG_LAG
    public static final String CHANGELOG_LAGS = "CHANGELOG_LAGS";
    public static final String UNSUPPORTED_CHANGE = "UNSUPPORTED_CHANGE";
}
