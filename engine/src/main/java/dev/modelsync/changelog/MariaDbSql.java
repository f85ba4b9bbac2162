package dev.modelsync.changelog;


import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;

import dev.modelsync.schema.TableOptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.modelsync.changelog.LiquibaseTypes.literal;

/**
 * The MariaDB/MySQL twins of {@link OwnSql}'s statements, written where Liquibase has no change type
 * (scoped {@code dbms: mariadb,mysql}). MariaDB has no enum types, identity or partial indexes: a
 * column's type, default and auto-increment change by restating the whole column
 * ({@code MODIFY COLUMN}), which needs the column as it is after the change.
 */
public final class MariaDbSql {
    private MariaDbSql() {
    }

    public static String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    /** The native type, as Sequelize's mariadb dialect writes it (docs/resolution.md, type table). */
    static String type(ColumnType t, Function<String, List<String>> enumValues) {
        if (!t.mariadb().isEmpty()) return t.mariadb().toUpperCase(java.util.Locale.ROOT);
        return switch (t.kind()) {
            case VARCHAR -> "VARCHAR(" + t.length() + ")";
            case CHAR -> "CHAR(" + t.length() + ")";
            case TEXT -> "TEXT";
            case INTEGER -> "INT";
            case BIGINT -> "BIGINT";
            case SMALLINT -> "SMALLINT";
            case REAL -> "REAL"; // DOUBLE there, as Liquibase and Sequelize write it
            case DOUBLE -> "DOUBLE";
            case DECIMAL -> t.precision() == 0 ? "DECIMAL" : "DECIMAL(" + t.precision() + "," + t.scale() + ")";
            case BOOLEAN -> "TINYINT(1)";
            case TIMESTAMPTZ -> "DATETIME";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case UUID -> "CHAR(36) BINARY";
            case JSON, JSONB -> "JSON";
            case BLOB -> "BLOB";
            case ENUM -> "ENUM(" + OwnSql.values(enumValues.apply(t.enumName()), ",") + ")";
            case GEOMETRY -> dev.modelsync.schema.MariaDbSpelling.plain(t).toUpperCase(java.util.Locale.ROOT); // no SRID there
            case NATIVE -> throw new dev.modelsync.problem.ModelSyncException("Type " + t + " exists on PostgreSQL only; MariaDB and"
                    + " MySQL have no " + t.nativeName() + " (docs/resolution.md, Types). Choose another type for that attribute.");
        };
    }

    /** The whole column definition, for MODIFY COLUMN. */
    static String definition(Column c, Function<String, List<String>> enumValues) {
        StringBuilder b = new StringBuilder(type(c.type(), enumValues));
        b.append(c.nullable() ? " NULL" : " NOT NULL");
        c.defaultValue().ifPresent(d -> b.append(" DEFAULT ").append(defaultSql(c.type(), d)));
        if (c.autoIncrement()) b.append(" AUTO_INCREMENT");
        if (!c.comment().isEmpty()) b.append(" COMMENT ").append(literal(c.comment()));
        return b.toString();
    }

    static String defaultSql(ColumnType type, DefaultValue d) {
        return switch (d.kind()) {
            case LITERAL -> type.kind() == ColumnType.Kind.BOOLEAN ? (Boolean.parseBoolean(d.value()) ? "1" : "0")
                    : LiquibaseTypes.numeric(type) ? d.value() : literal(d.value());
            case NOW -> switch (type.kind()) {
                case DATE -> "(CURRENT_DATE)";
                case TIME -> "(CURRENT_TIME)";
                default -> "CURRENT_TIMESTAMP";
            };
            case UUIDV4 -> "(UUID())";
            case SQL -> "(" + d.value() + ")";
        };
    }

    public static String modify(String table, Column after, Function<String, List<String>> enumValues) {
        return "ALTER TABLE " + quote(table) + " MODIFY COLUMN " + quote(after.name()) + " " + definition(after, enumValues);
    }

    /**
     * The {@code modifySql} visitor (dbms mariadb,mysql) that appends a table's options to its CREATE TABLE
     * there: Liquibase's createTable has no attribute for them. The changelog stays one file for every
     * database; {@link #tableOptions} reads the options back from the visitor.
     */
    static Map<String, Object> tableOptionsVisitor(String table, TableOptions options) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("replace", createTablePattern(table));
        m.put("with", "$1 " + java.util.regex.Matcher.quoteReplacement(options.sql()));
        m.put("dbms", LiquibaseTypes.MARIADB);
        return Map.of("regExpReplace", m);
    }

    /**
     * A change of the table's engine, character set or collation, in one statement (one copy of the table). A new
     * character set or collation is the table's default, and every character column is restated in it, so the table
     * is as if created with the new options, as Sequelize creates it: {@code CONVERT TO CHARACTER SET} would make a
     * TEXT column MEDIUMTEXT and take the binary collation from UUID, BINARY and JSON columns. {@code columns}: the
     * table's columns as they are when it runs.
     */
    public static String alterTableOptions(dev.modelsync.diff.SchemaChange.AlterTableOptions c, List<Column> columns,
                                           Function<String, List<String>> enumValues) {
        List<String> parts = new java.util.ArrayList<>();
        if (c.engineChanged()) parts.add("ENGINE=" + c.to().engine());
        if (c.charsetChanged()) {
            parts.add("DEFAULT CHARACTER SET " + c.to().charset() + (c.to().collate().isEmpty() ? "" : " COLLATE " + c.to().collate()));
            for (Column col : columns) {
                if (characters(col.type())) parts.add("MODIFY COLUMN " + quote(col.name()) + " " + definition(col, enumValues));
            }
        }
        return "ALTER TABLE " + quote(c.table()) + " " + String.join(", ", parts);
    }

    /** Whether the column holds text in a character set (it follows the table's). */
    private static boolean characters(ColumnType t) {
        return switch (t.kind()) {
            case VARCHAR, CHAR, TEXT, UUID, ENUM, JSON, JSONB -> true;
            default -> false;
        };
    }

    private static final Pattern ALTER_OPTIONS = Pattern.compile("(?s)\\s*ALTER TABLE `((?:[^`]|``)+)` (?:ENGINE=(\\w+))?(?:, )?"
            + "(?:DEFAULT CHARACTER SET (\\w+)(?: COLLATE (\\w+))?)?(?:, MODIFY COLUMN .*)?\\s*");

    /** The change {@link #alterTableOptions} wrote, read back against the table's options before it; empty when it is not one. */
    public static Optional<dev.modelsync.diff.SchemaChange.AlterTableOptions> readAlterTableOptions(String statement,
                                                                                                    Function<String, Optional<TableOptions>> before) {
        Matcher m = ALTER_OPTIONS.matcher(statement);
        if (!m.matches() || m.group(2) == null && m.group(3) == null) return Optional.empty();
        String table = m.group(1).replace("``", "`");
        return before.apply(table).map(b -> new dev.modelsync.diff.SchemaChange.AlterTableOptions(table, b, new TableOptions(
                m.group(2) == null ? b.engine() : m.group(2), m.group(3) == null ? b.charset() : m.group(3),
                m.group(3) == null ? b.collate() : m.group(4), b.initialAutoIncrement())));
    }

    /** Liquibase's CREATE TABLE statement of that table, whole (its name quoted, maybe after the schema's). */
    private static String createTablePattern(String table) {
        return "(?s)^(CREATE TABLE (?:\\S+\\.)?[`\"]" + Pattern.quote(table) + "[`\"] \\(.*)$";
    }

    private static final Pattern OPTION = Pattern.compile("(ENGINE|DEFAULT CHARSET|COLLATE|AUTO_INCREMENT)=(\\S+)");

    /** The options a changeset's visitors append to {@code table}'s CREATE TABLE on MariaDB; empty when none. */
    public static Optional<TableOptions> tableOptions(liquibase.changelog.ChangeSet cs, String table) {
        String pattern = createTablePattern(table);
        for (liquibase.sql.visitor.SqlVisitor v : cs.getSqlVisitors()) {
            if (v instanceof liquibase.sql.visitor.RegExpReplaceSqlVisitor r && pattern.equals(r.getReplace())
                    && r.getWith() != null && r.getApplicableDbms() != null && r.getApplicableDbms().contains("mariadb")) {
                Map<String, String> found = new java.util.HashMap<>();
                Matcher m = OPTION.matcher(r.getWith());
                while (m.find()) found.put(m.group(1), m.group(2));
                return Optional.of(new TableOptions(found.get("ENGINE"), found.get("DEFAULT CHARSET"), found.get("COLLATE"),
                        found.containsKey("AUTO_INCREMENT") ? Long.parseLong(found.get("AUTO_INCREMENT")) : 0));
            }
        }
        return Optional.empty();
    }

    /**
     * MariaDB has no partial indexes, index methods (but a B-tree), operator classes or collations per index: a plain
     * index over the same columns, not unique when partial (as on H2, {@link Index#onMariaDb}), with the columns'
     * prefix lengths ({@code `title`(10)}); FULLTEXT or SPATIAL when it is.
     */
    public static String partialIndex(String table, Index ix) {
        Index i = ix.onMariaDb();
        String cols = i.columns().stream().map(c -> quote(c.name()) + (c.length() > 0 ? "(" + c.length() + ")" : "")
                        + (c.descending() ? " DESC" : ""))
                .collect(Collectors.joining(", "));
        return "CREATE " + (i.unique() ? "UNIQUE " : i.type().isEmpty() ? "" : i.type() + " ") + "INDEX " + quote(i.name()) + " ON "
                + quote(table) + " (" + cols + ")";
    }

    /** MariaDB only (MySQL 8 has no IF EXISTS here). */
    public static String dropIndexIfExists(String table, String index) {
        return "ALTER TABLE " + quote(table) + " DROP INDEX IF EXISTS " + quote(index);
    }

    /** MariaDB only (MySQL 8 has no IF NOT EXISTS here). */
    public static String addIndexIfNotExists(String table, String index, List<String> columns) {
        return "ALTER TABLE " + quote(table) + " ADD INDEX IF NOT EXISTS " + quote(index) + " ("
                + columns.stream().map(MariaDbSql::quote).collect(Collectors.joining(", ")) + ")";
    }

    /** An index or a unique constraint (a unique index on MariaDB) renamed. */
    public static String renameIndex(String table, String from, String to) {
        return "ALTER TABLE " + quote(table) + " RENAME INDEX " + quote(from) + " TO " + quote(to);
    }

    /** MariaDB cannot rename a foreign key: it is dropped and added again under the new name, in one statement. */
    public static String renameForeignKey(String table, ForeignKey fk, String to) {
        return "ALTER TABLE " + quote(table) + " DROP FOREIGN KEY " + quote(fk.name()) + ", ADD CONSTRAINT " + quote(to)
                + " FOREIGN KEY (" + fk.columns().stream().map(MariaDbSql::quote).collect(Collectors.joining(", "))
                + ") REFERENCES " + quote(fk.refTable()) + " ("
                + fk.refColumns().stream().map(MariaDbSql::quote).collect(Collectors.joining(", ")) + ") ON DELETE "
                + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql();
    }
}
