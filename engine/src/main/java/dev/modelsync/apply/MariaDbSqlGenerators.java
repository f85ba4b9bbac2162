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
import liquibase.statement.core.RenameColumnStatement;
import liquibase.statement.core.SetNullableStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * MariaDB/MySQL forms of two statements whose Liquibase SQL restates a column from its type alone
 * ({@code MODIFY c TYPE NOT NULL}, {@code CHANGE a b TYPE}) and so drops its default,
 * auto-increment and comment, and which need a {@code columnDataType} the changelogs (written for
 * every database) do not carry: a rename is {@code RENAME COLUMN}, a nullability change restates the
 * column as the database has it at that moment (information_schema), changing only NULL/NOT NULL.
 * Registered through {@code META-INF/services/liquibase.sqlgenerator.SqlGenerator}.
 */
public final class MariaDbSqlGenerators {
    private MariaDbSqlGenerators() {
    }

    public static final class RenameColumn extends AbstractSqlGenerator<RenameColumnStatement> {
        @Override
        public int getPriority() {
            return PRIORITY_DATABASE + 10;
        }

        @Override
        public boolean supports(RenameColumnStatement statement, Database database) {
            return MariaDbTypes.mariaDb(database);
        }

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

    public static final class SetNullable extends AbstractSqlGenerator<SetNullableStatement> {
        @Override
        public int getPriority() {
            return PRIORITY_DATABASE + 10;
        }

        @Override
        public boolean supports(SetNullableStatement statement, Database database) {
            return MariaDbTypes.mariaDb(database) && database.getConnection() instanceof JdbcConnection;
        }

        @Override
        public ValidationErrors validate(SetNullableStatement s, Database database, SqlGeneratorChain<SetNullableStatement> chain) {
            ValidationErrors errors = new ValidationErrors();
            errors.checkRequiredField("tableName", s.getTableName());
            errors.checkRequiredField("columnName", s.getColumnName());
            return errors;
        }

        @Override
        public Sql[] generateSql(SetNullableStatement s, Database database, SqlGeneratorChain<SetNullableStatement> chain) {
            Connection c = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
            try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_TYPE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT,"
                    + " COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"
                    + " AND COLUMN_NAME = ?")) {
                ps.setString(1, s.getTableName());
                ps.setString(2, s.getColumnName());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        // SQL previewed before the column exists (update-sql): its type as the changelog gives it
                        return new Sql[]{new UnparsedSql("ALTER TABLE " + MariaDbSql.quote(s.getTableName()) + " MODIFY "
                                + MariaDbSql.quote(s.getColumnName()) + " " + liquibase.datatype.DataTypeFactory.getInstance()
                                .fromDescription(s.getColumnDataType(), database).toDatabaseDataType(database)
                                + (s.isNullable() ? " NULL" : " NOT NULL"))};
                    }
                    StringBuilder def = new StringBuilder(rs.getString(1));
                    String collation = rs.getString(5);
                    if (collation != null) def.append(" COLLATE ").append(collation);
                    def.append(s.isNullable() ? " NULL" : " NOT NULL");
                    String dflt = rs.getString(2);
                    if (dflt != null && !dflt.equalsIgnoreCase("NULL")) def.append(" DEFAULT ").append(dflt);
                    String extra = rs.getString(3) == null ? "" : rs.getString(3).replaceAll("(?i)DEFAULT_GENERATED", "").trim();
                    if (!extra.isEmpty()) def.append(' ').append(extra);
                    String comment = rs.getString(4);
                    if (comment != null && !comment.isEmpty()) def.append(" COMMENT ").append(LiquibaseTypes.literal(comment));
                    return new Sql[]{new UnparsedSql("ALTER TABLE " + MariaDbSql.quote(s.getTableName()) + " MODIFY "
                            + MariaDbSql.quote(s.getColumnName()) + " " + def)};
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the definition of " + s.getTableName() + "." + s.getColumnName()
                        + ": " + e.getMessage(), e);
            }
        }
    }
}
