package dev.modelsync.schema;

import java.util.List;
import java.util.Optional;

/**
 * A table. Columns keep their declared order; constraint lists are kept in the order given.
 * {@code renamedFrom} carries rename hints of the desired schema (empty elsewhere) and is
 * ignored by comparisons. {@code options}: the MariaDB/MySQL table options the model sets.
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

    public Optional<Column> column(String name) {
        // a loop, not a stream: looked up for every column by the differ and import, often in a cold JVM
        for (Column c : columns) {
            if (c.name().equals(name)) return Optional.of(c);
        }
        return Optional.empty();
    }
}
