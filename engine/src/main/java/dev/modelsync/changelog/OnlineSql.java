package dev.modelsync.changelog;
import dev.modelsync.db.Identifiers;


import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.modelsync.changelog.LiquibaseTypes.literal;
import static dev.modelsync.changelog.LiquibaseTypes.quote;
import static dev.modelsync.changelog.LiquibaseTypes.quoteTable;
import static dev.modelsync.changelog.OwnSql.ID;
import static dev.modelsync.changelog.OwnSql.STR;
import static dev.modelsync.changelog.OwnSql.p;

/**
 * The PostgreSQL statements of the online-safe forms (docs/migrations.md, "Online changes"), and
 * their shapes for the replay and the lint: what is written here is what is read back.
 */
final class OnlineSql {
    private OnlineSql() {
    }

    /** For a changeset that runs in a transaction: the timeout ends with it. */
    static String setLocalLockTimeout(String timeout) {
        return "SET LOCAL lock_timeout = " + literal(timeout);
    }

    /** For a changeset that runs outside a transaction (CONCURRENTLY): set, then {@link #RESET_LOCK_TIMEOUT} at its end. */
    static String setLockTimeout(String timeout) {
        return "SET lock_timeout = " + literal(timeout);
    }

    static final String RESET_LOCK_TIMEOUT = "RESET lock_timeout";

    /**
     * Drops index {@code name} of the current schema only when it is INVALID: what a CREATE INDEX
     * CONCURRENTLY that failed or was killed leaves behind. A valid index is kept. (A plain DROP INDEX:
     * the index holds no data the build needs, and DROP INDEX CONCURRENTLY cannot run in a DO block.)
     */
    static String dropInvalidIndex(String name) {
        return "DO $$\nBEGIN\n  IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " WHERE c.relname = " + literal(name) + " AND c.relnamespace = current_schema()::regnamespace"
                + " AND NOT i.indisvalid) THEN\n    EXECUTE format('DROP INDEX %I.%I', current_schema(), "
                + literal(name) + ");\n  END IF;\nEND\n$$";
    }

    private static final Pattern DROP_INVALID_INDEX = Pattern.compile(
            "^\\s*DO \\$\\$\\s*BEGIN\\s+IF EXISTS \\(SELECT 1 FROM pg_index i JOIN pg_class c ON c\\.oid = i\\.indexrelid"
                    + " WHERE c\\.relname = " + STR + " AND c\\.relnamespace = current_schema\\(\\)::regnamespace"
                    + " AND NOT i\\.indisvalid\\) THEN\\s+EXECUTE format\\('DROP INDEX %I\\.%I', current_schema\\(\\), "
                    + STR + "\\);\\s+END IF;\\s+END\\s+\\$\\$\\s*$", Pattern.DOTALL);

    /** Whether {@code statement} is a {@link #dropInvalidIndex} block. */
    static boolean isDropInvalidIndex(String statement) {
        return DROP_INVALID_INDEX.matcher(statement).matches();
    }

    /** The name of the CHECK (column IS NOT NULL) that carries a NOT NULL through validation. */
    static String notNullCheckName(String table, String column) {
        return Identifiers.limit(dev.modelsync.schema.Table.baseNameOf(table) + "_" + column + "_not_null");
    }

    static String addNotNullCheck(String table, String column, String check) {
        return "ALTER TABLE " + quoteTable(table) + " ADD CONSTRAINT " + quote(check) + " CHECK (" + quote(column)
                + " IS NOT NULL) NOT VALID";
    }

    static String validate(String table, String constraint) {
        return "ALTER TABLE " + quoteTable(table) + " VALIDATE CONSTRAINT " + quote(constraint);
    }

    static String dropConstraint(String table, String constraint) {
        return "ALTER TABLE " + quoteTable(table) + " DROP CONSTRAINT " + quote(constraint);
    }

    static String createUniqueIndexConcurrently(String table, String name, List<String> columns) {
        return "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS " + quote(name) + " ON " + quoteTable(table) + " ("
                + String.join(", ", columns.stream().map(LiquibaseTypes::quote).toList()) + ")";
    }

    // ---- modifySql visitors (PostgreSQL only): Liquibase's structured changes, made online ----------

    /** CREATE [UNIQUE] INDEX → CREATE [UNIQUE] INDEX CONCURRENTLY IF NOT EXISTS. */
    static final String CONCURRENT_CREATE = "^CREATE (UNIQUE )?INDEX (?!CONCURRENTLY)";
    static final String CONCURRENT_CREATE_WITH = "CREATE $1INDEX CONCURRENTLY IF NOT EXISTS ";
    /** DROP INDEX → DROP INDEX CONCURRENTLY IF EXISTS. */
    static final String CONCURRENT_DROP = "^DROP INDEX (?!CONCURRENTLY)";
    static final String CONCURRENT_DROP_WITH = "DROP INDEX CONCURRENTLY IF EXISTS ";
    /** ADD CONSTRAINT ... FOREIGN KEY ... → the same, NOT VALID. */
    static final String NOT_VALID_FK = "^(ALTER TABLE .+ FOREIGN KEY .+?)(?<!NOT VALID)$";
    static final String NOT_VALID_FK_WITH = "$1 NOT VALID";
    /** ADD CONSTRAINT "u" UNIQUE (cols) → ADD CONSTRAINT "u" UNIQUE USING INDEX "u". */
    static final String UNIQUE_USING_INDEX = "^(ALTER TABLE .+ ADD CONSTRAINT (\".+\") UNIQUE) \\(.*\\)$";
    static final String UNIQUE_USING_INDEX_WITH = "$1 USING INDEX $2";

    static java.util.Map<String, Object> postgresVisitor(String replace, String with) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("replace", replace);
        m.put("with", with);
        m.put("dbms", "postgresql");
        return java.util.Map.of("regExpReplace", m);
    }

    // ---- reading back ---------------------------------------------------------------------------

    static final Pattern SET_LOCK_TIMEOUT = p("SET (?:LOCAL |SESSION )?lock_timeout (?:=|TO) .+");
    static final Pattern RESET_TIMEOUT = p("RESET lock_timeout");
    static final Pattern ADD_CHECK = p("ALTER TABLE " + ID + " ADD CONSTRAINT " + ID + " CHECK ?\\((.*)\\)( NOT VALID)?");
    static final Pattern VALIDATE = p("ALTER TABLE " + ID + " VALIDATE CONSTRAINT " + ID);
    static final Pattern DROP_CONSTRAINT = p("ALTER TABLE " + ID + " DROP CONSTRAINT (?:IF EXISTS )?" + ID);
    static final Pattern ADD_UNIQUE_USING_INDEX = p("ALTER TABLE " + ID + " ADD CONSTRAINT " + ID + " UNIQUE USING INDEX " + ID);

    /** Group {@code g} of {@code m} as an identifier, unquoted. */
    static String id(Matcher m, int g) {
        return OwnSql.ident(m.group(g));
    }
}
