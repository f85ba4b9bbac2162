package dev.modelsync.apply;

import dev.modelsync.changelog.MariaDbSql;

import dev.modelsync.changelog.LiquibaseTypes;

import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.AddColumnStatement;
import liquibase.statement.core.AddPrimaryKeyStatement;
import liquibase.statement.core.RenameColumnStatement;
import liquibase.statement.core.SetColumnRemarksStatement;
import liquibase.statement.core.UpdateStatement;
import liquibase.statement.core.SetNullableStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * MariaDB/MySQL forms of three statements whose Liquibase SQL restates a column from its type alone
 * ({@code MODIFY c TYPE NOT NULL}, {@code CHANGE a b TYPE}, {@code MODIFY c TYPE COMMENT '...'}) and so
 * drops its default, auto-increment and comment, and which need a {@code columnDataType} the
 * changelogs (written for every database) do not carry: a rename is {@code RENAME COLUMN}; a
 * nullability or comment change restates the column as the database has it at that moment
 * (information_schema), changing only NULL/NOT NULL or the comment.
 * Registered through {@code META-INF/services/liquibase.sqlgenerator.SqlGenerator}.
 */
public final class MariaDbSqlGenerators {
    private MariaDbSqlGenerators() {
    }

    /**
     * What every generator here shares: it runs before Liquibase's own for the statement, on MariaDB
     * and MySQL only, and validates as the generator it stands in front of.
     */
    abstract static class MariaDbGenerator<T extends SqlStatement> extends AbstractSqlGenerator<T> {
        @Override
        public int getPriority() {
            return PRIORITY_DATABASE + 10;
        }

        @Override
        public boolean supports(T statement, Database database) {
            return MariaDbTypes.mariaDb(database);
        }

        @Override
        public ValidationErrors validate(T s, Database database, SqlGeneratorChain<T> chain) {
            return chain.validate(s, database);
        }
    }

    /** The validation of a statement that restates one column: its table and column are required. */
    static ValidationErrors tableAndColumn(String table, String column) {
        ValidationErrors errors = new ValidationErrors();
        errors.checkRequiredField("tableName", table);
        errors.checkRequiredField("columnName", column);
        return errors;
    }

    public static final class RenameColumn extends MariaDbGenerator<RenameColumnStatement> {
        @Override
        public ValidationErrors validate(RenameColumnStatement s, Database database, SqlGeneratorChain<RenameColumnStatement> chain) {
            ValidationErrors errors = new ValidationErrors();
            errors.checkRequiredField("tableName", s.getTableName());
            errors.checkRequiredField("oldColumnName", s.getOldColumnName());
            errors.checkRequiredField("newColumnName", s.getNewColumnName());
            return errors;
        }

        @Override
        public Sql[] generateSql(RenameColumnStatement s, Database database, SqlGeneratorChain<RenameColumnStatement> chain) {
            return new Sql[]{new UnparsedSql("ALTER TABLE " + MariaDbSql.quote(s.getTableName()) + " RENAME COLUMN "
                    + MariaDbSql.quote(s.getOldColumnName()) + " TO " + MariaDbSql.quote(s.getNewColumnName()))};
        }
    }

    public static final class SetNullable extends MariaDbGenerator<SetNullableStatement> {

        @Override
        public boolean supports(SetNullableStatement statement, Database database) {
            return MariaDbTypes.mariaDb(database) && database.getConnection() instanceof JdbcConnection;
        }

        @Override
        public ValidationErrors validate(SetNullableStatement s, Database database, SqlGeneratorChain<SetNullableStatement> chain) {
            return tableAndColumn(s.getTableName(), s.getColumnName());
        }

        @Override
        public Sql[] generateSql(SetNullableStatement s, Database database, SqlGeneratorChain<SetNullableStatement> chain) {
            return restate(database, s.getTableName(), s.getColumnName(), s.getColumnDataType(), s.isNullable(), null);
        }
    }

    /**
     * A column comment ({@code setColumnRemarks}): the column restated as the database has it, with
     * the new comment (Liquibase's own form needs a {@code columnDataType} and drops the rest).
     */
    public static final class SetColumnRemarks extends MariaDbGenerator<SetColumnRemarksStatement> {

        @Override
        public boolean supports(SetColumnRemarksStatement statement, Database database) {
            return MariaDbTypes.mariaDb(database) && database.getConnection() instanceof JdbcConnection;
        }

        @Override
        public ValidationErrors validate(SetColumnRemarksStatement s, Database database,
                                         SqlGeneratorChain<SetColumnRemarksStatement> chain) {
            return tableAndColumn(s.getTableName(), s.getColumnName());
        }

        @Override
        public Sql[] generateSql(SetColumnRemarksStatement s, Database database, SqlGeneratorChain<SetColumnRemarksStatement> chain) {
            return restate(database, s.getTableName(), s.getColumnName(), s.getColumnDataType(), null,
                    s.getRemarks() == null ? "" : s.getRemarks());
        }
    }

    /**
     * An auto-increment column added to an existing table that is not (yet) its primary key: MariaDB
     * and MySQL accept AUTO_INCREMENT only on a key column, so the column comes with an index of its
     * own, named as the column (as the database names one), which {@link AddPrimaryKey} drops once the
     * column is the primary key. Liquibase refuses it otherwise ("Cannot add a non-primary key
     * identity column").
     */
    public static final class AddAutoIncrementColumn extends MariaDbGenerator<AddColumnStatement> {

        @Override
        public boolean supports(AddColumnStatement statement, Database database) {
            // Liquibase caches which generators support a statement class: the columns are looked at below
            return MariaDbTypes.mariaDb(database);
        }

        /** The auto-increment columns of the statement that are not its primary key. */
        private static java.util.List<String> keyed(AddColumnStatement statement) {
            java.util.List<String> out = new java.util.ArrayList<>();
            for (AddColumnStatement s : statement.isMultiple() ? statement.getColumns() : java.util.List.of(statement)) {
                if (s.isAutoIncrement() && !s.isPrimaryKey()) out.add(s.getColumnName());
            }
            return out;
        }

        @Override
        public ValidationErrors validate(AddColumnStatement s, Database database, SqlGeneratorChain<AddColumnStatement> chain) {
            if (keyed(s).isEmpty()) return chain.validate(s, database);
            ValidationErrors errors = new ValidationErrors();
            for (AddColumnStatement c : s.isMultiple() ? s.getColumns() : java.util.List.of(s)) {
                errors.checkRequiredField("tableName", c.getTableName());
                errors.checkRequiredField("columnName", c.getColumnName());
            }
            return errors;
        }

        @Override
        public Sql[] generateSql(AddColumnStatement s, Database database, SqlGeneratorChain<AddColumnStatement> chain) {
            Sql[] sql = chain.generateSql(s, database);
            if (sql.length == 0 || keyed(s).isEmpty()) return sql;
            Sql[] out = sql.clone();
            StringBuilder b = new StringBuilder(sql[0].toSql());
            for (String column : keyed(s)) {
                b.append(", ADD KEY ").append(MariaDbSql.quote(column)).append(" (").append(MariaDbSql.quote(column)).append(')');
            }
            out[0] = new UnparsedSql(b.toString());
            return out;
        }
    }

    /**
     * A primary key of one auto-increment column: the index {@link AddAutoIncrementColumn} gave the
     * column, named as the column and on it alone, goes in the same statement.
     */
    public static final class AddPrimaryKey extends MariaDbGenerator<AddPrimaryKeyStatement> {

        @Override
        public Sql[] generateSql(AddPrimaryKeyStatement s, Database database, SqlGeneratorChain<AddPrimaryKeyStatement> chain) {
            Sql[] sql = chain.generateSql(s, database);
            if (!(database.getConnection() instanceof JdbcConnection) || s.getColumnNames() == null
                    || s.getColumnNames().contains(",")) return sql;
            String column = s.getColumnNames().trim();
            Connection c = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MIN(COLUMN_NAME) FROM information_schema.STATISTICS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME = ? AND NON_UNIQUE = 1")) {
                ps.setString(1, s.getTableName());
                ps.setString(2, column);
                try (ResultSet rs = ps.executeQuery()) {
                    if (sql.length == 0 || !rs.next() || rs.getInt(1) != 1 || !column.equals(rs.getString(2))) return sql;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the indexes of " + s.getTableName() + ": " + e.getMessage(), e);
            }
            Sql[] out = sql.clone();
            out[0] = new UnparsedSql(sql[0].toSql() + ", DROP INDEX " + MariaDbSql.quote(column));
            return out;
        }
    }

    /**
     * The zero value that fills a NOT NULL timestamp column ({@code addNotNullConstraint}'s
     * {@code defaultNullValue}, the Unix epoch in UTC, '1970-01-01 00:00:00+00'): MariaDB's DATETIME
     * takes no offset, and modelsync's connections run in UTC, so it is written without one there.
     */
    public static final class UpdateEpoch extends MariaDbGenerator<UpdateStatement> {
        static final String EPOCH_UTC = "'1970-01-01 00:00:00+00'";

        @Override
        public Sql[] generateSql(UpdateStatement s, Database database, SqlGeneratorChain<UpdateStatement> chain) {
            Sql[] sql = chain.generateSql(s, database);
            if (!s.getNewColumnValues().containsValue(EPOCH_UTC.substring(1, EPOCH_UTC.length() - 1))) return sql;
            Sql[] out = sql.clone();
            for (int i = 0; i < out.length; i++) {
                out[i] = new UnparsedSql(sql[i].toSql().replace(EPOCH_UTC, "'1970-01-01 00:00:00'"));
            }
            return out;
        }
    }

    /**
     * {@code ALTER TABLE t MODIFY c ...}: the column as information_schema has it at this moment, with
     * {@code nullable} and {@code comment} changed where given (null: as it is).
     */
    private static Sql[] restate(Database database, String table, String column, String dataType, Boolean nullable,
                                 String comment) {
        Connection c = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_TYPE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT,"
                + " COLLATION_NAME, IS_NULLABLE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    // SQL previewed before the column exists (update-sql): its type as the changelog gives it
                    String type = dataType == null ? "" : " " + liquibase.datatype.DataTypeFactory.getInstance()
                            .fromDescription(dataType, database).toDatabaseDataType(database);
                    return new Sql[]{new UnparsedSql("ALTER TABLE " + MariaDbSql.quote(table) + " MODIFY "
                            + MariaDbSql.quote(column) + type + (nullable == null ? "" : nullable ? " NULL" : " NOT NULL")
                            + (comment == null ? "" : " COMMENT " + LiquibaseTypes.literal(comment)))};
                }
                StringBuilder def = new StringBuilder(rs.getString(1));
                String collation = rs.getString(5);
                if (collation != null) def.append(" COLLATE ").append(collation);
                boolean isNullable = nullable != null ? nullable : "YES".equalsIgnoreCase(rs.getString(6));
                def.append(isNullable ? " NULL" : " NOT NULL");
                String dflt = rs.getString(2);
                if (dflt != null && !dflt.equalsIgnoreCase("NULL")) def.append(" DEFAULT ").append(dflt);
                String extra = rs.getString(3) == null ? "" : rs.getString(3).replaceAll("(?i)DEFAULT_GENERATED", "").trim();
                if (!extra.isEmpty()) def.append(' ').append(extra);
                String remarks = comment != null ? comment : rs.getString(4);
                if (remarks != null && !remarks.isEmpty()) def.append(" COMMENT ").append(LiquibaseTypes.literal(remarks));
                return new Sql[]{new UnparsedSql("ALTER TABLE " + MariaDbSql.quote(table) + " MODIFY "
                        + MariaDbSql.quote(column) + " " + def)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the definition of " + table + "." + column + ": " + e.getMessage(), e);
        }
    }
}
