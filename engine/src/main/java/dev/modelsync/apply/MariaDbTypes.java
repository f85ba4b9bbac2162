package dev.modelsync.apply;

import liquibase.database.Database;
import liquibase.database.core.MySQLDatabase;
import liquibase.datatype.DataTypeInfo;
import liquibase.datatype.DatabaseDataType;
import liquibase.datatype.LiquibaseDataType;
import liquibase.datatype.core.BooleanType;
import liquibase.datatype.core.ClobType;
import liquibase.datatype.core.TimestampType;
import liquibase.datatype.core.UUIDType;

/**
 * The column types the changelogs name (PostgreSQL spellings, docs/resolution.md) as Sequelize's
 * mariadb dialect creates them on MariaDB and MySQL, where Liquibase's own translation differs:
 * {@code timestamp with time zone} → DATETIME, {@code uuid} → CHAR(36) BINARY,
 * {@code boolean} → TINYINT(1), {@code text} → TEXT. Registered with Liquibase through
 * {@code META-INF/services/liquibase.datatype.LiquibaseDataType}; every other database keeps
 * Liquibase's translation.
 */
public final class MariaDbTypes {
    private MariaDbTypes() {
    }

    static boolean mariaDb(Database database) {
        return database instanceof MySQLDatabase; // MariaDBDatabase extends it
    }

    @DataTypeInfo(name = "timestamp", aliases = {"java.sql.Types.TIMESTAMP", "java.sql.Types.TIMESTAMP_WITH_TIMEZONE",
            "java.sql.Timestamp", "timestamptz"}, minParameters = 0, maxParameters = 1,
            priority = LiquibaseDataType.PRIORITY_DATABASE)
    public static final class DateTime extends TimestampType {
        @Override
        public boolean supports(Database database) {
            return mariaDb(database);
        }

        @Override
        public DatabaseDataType toDatabaseDataType(Database database) {
            return new DatabaseDataType("DATETIME");
        }
    }

    /**
     * A type with a MariaDB/MySQL form of its own, written {@code mariadb(int unsigned zerofill) else integer}
     * (changelog.LiquibaseTypes#VARIANT): the first on MariaDB and MySQL, Liquibase's translation of the
     * second on every other database.
     */
    @DataTypeInfo(name = "mariadb", aliases = {}, minParameters = 0, maxParameters = 99,
            priority = LiquibaseDataType.PRIORITY_DATABASE)
    public static final class Variant extends LiquibaseDataType {
        private boolean autoIncrement;

        /** Set by Liquibase for an auto-increment column ({@code {autoIncrement:true}} after the type). */
        public boolean isAutoIncrement() {
            return autoIncrement;
        }

        public void setAutoIncrement(boolean autoIncrement) {
            this.autoIncrement = autoIncrement;
        }

        @Override
        public boolean supports(Database database) {
            return true;
        }

        @Override
        public boolean validate(Database database) {
            return true;
        }

        @Override
        public liquibase.change.core.LoadDataChange.LOAD_DATA_TYPE getLoadTypeName() {
            return liquibase.change.core.LoadDataChange.LOAD_DATA_TYPE.UNKNOWN;
        }

        @Override
        public DatabaseDataType toDatabaseDataType(Database database) {
            String raw = getRawDefinition().trim().replaceFirst("\\{[^}]*}$", "");
            java.util.regex.Matcher m = dev.modelsync.changelog.LiquibaseTypes.VARIANT.matcher(raw);
            if (!m.matches()) throw new IllegalArgumentException("not a type of the form mariadb(type) else type: "
                    + getRawDefinition());
            if (mariaDb(database)) return new DatabaseDataType(m.group(1).toUpperCase(java.util.Locale.ROOT));
            return liquibase.datatype.DataTypeFactory.getInstance().fromDescription(m.group(2)
                    + (autoIncrement ? "{autoIncrement:true}" : ""), database).toDatabaseDataType(database);
        }
    }

    @DataTypeInfo(name = "uuid", aliases = {"uniqueidentifier", "java.util.UUID"}, minParameters = 0, maxParameters = 0,
            priority = LiquibaseDataType.PRIORITY_DATABASE)
    public static final class Uuid extends UUIDType {
        @Override
        public boolean supports(Database database) {
            return mariaDb(database);
        }

        @Override
        public DatabaseDataType toDatabaseDataType(Database database) {
            return new DatabaseDataType("CHAR(36) BINARY");
        }
    }

    @DataTypeInfo(name = "boolean", aliases = {"java.sql.Types.BOOLEAN", "java.lang.Boolean", "bit", "bool"},
            minParameters = 0, maxParameters = 0, priority = LiquibaseDataType.PRIORITY_DATABASE)
    public static final class TinyIntBoolean extends BooleanType {
        @Override
        public boolean supports(Database database) {
            return mariaDb(database);
        }

        @Override
        public DatabaseDataType toDatabaseDataType(Database database) {
            return new DatabaseDataType("TINYINT(1)");
        }

        @Override
        public String getTrueBooleanValue(Database database) {
            return "1";
        }

        @Override
        public String getFalseBooleanValue(Database database) {
            return "0";
        }
    }

    @DataTypeInfo(name = "text", aliases = {}, minParameters = 0, maxParameters = 0,
            priority = LiquibaseDataType.PRIORITY_DATABASE)
    public static final class Text extends ClobType {
        @Override
        public boolean supports(Database database) {
            return mariaDb(database);
        }

        @Override
        public DatabaseDataType toDatabaseDataType(Database database) {
            return new DatabaseDataType("TEXT");
        }
    }
}
