package dev.modelsync.schema;

import java.util.List;
import java.util.Optional;

/**
 * A table. Columns keep their declared order; constraint lists are kept in the order given.
 * {@code renamedFrom} carries rename hints of the desired schema (empty elsewhere) and is
 * ignored by comparisons. {@code options}: the MariaDB/MySQL table options the model sets.
 *
 * <p>A table outside the connection's default schema is named {@code schema.table} (Sequelize's
 * {@code schema} model option, PostgreSQL and H2): every comparison keys tables by that qualified
 * name, and {@link #schema()} / {@link #baseName()} split it where SQL or Liquibase needs the parts.
 * A table name itself never holds a dot (the model refuses one).
 */
public record Table(String name, List<Column> columns, Optional<PrimaryKey> primaryKey,
                    List<ForeignKey> foreignKeys, List<UniqueConstraint> uniques, List<Index> indexes,
                    String comment, List<String> renamedFrom, TableOptions options) {
    public Table {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        uniques = List.copyOf(uniques);
        indexes = List.copyOf(indexes);
        comment = comment == null ? "" : comment;
        renamedFrom = List.copyOf(renamedFrom);
        options = options == null ? TableOptions.NONE : options;
    }

    /** A table without MariaDB table options. */
    public Table(String name, List<Column> columns, Optional<PrimaryKey> primaryKey, List<ForeignKey> foreignKeys,
                 List<UniqueConstraint> uniques, List<Index> indexes, String comment, List<String> renamedFrom) {
        this(name, columns, primaryKey, foreignKeys, uniques, indexes, comment, renamedFrom, TableOptions.NONE);
    }

    /** The table's schema, "" for the default schema. */
    public String schema() {
        return schemaOf(name);
    }

    /** The table's name within its schema. */
    public String baseName() {
        return baseNameOf(name);
    }

    /** {@code schema.table}, or {@code table} when schema is "" (the default schema). */
    public static String qualified(String schema, String table) {
        return schema.isEmpty() ? table : schema + "." + table;
    }

    /** The schema part of a qualified table name, "" when it has none. */
    public static String schemaOf(String qualified) {
        int dot = qualified.indexOf('.');
        return dot < 0 ? "" : qualified.substring(0, dot);
    }

    /** The table part of a qualified table name. */
    public static String baseNameOf(String qualified) {
        return qualified.substring(qualified.indexOf('.') + 1);
    }

    /** This table with other MariaDB options. */
    public Table withOptions(TableOptions o) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, indexes, comment, renamedFrom, o);
    }

    public Optional<Column> column(String name) {
        // a loop, not a stream: looked up for every column by the differ and import, often in a cold JVM
        for (Column c : columns) {
            if (c.name().equals(name)) return Optional.of(c);
        }
        return Optional.empty();
    }
}
