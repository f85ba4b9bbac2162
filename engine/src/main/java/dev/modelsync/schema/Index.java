package dev.modelsync.schema;

import java.util.List;

/** An index; {@code where} is a partial-index predicate, empty when none. */
public record Index(String name, List<IndexColumn> columns, boolean unique, String where) {
    public record IndexColumn(String name, boolean descending) {}

    public Index {
        columns = List.copyOf(columns);
        where = where == null ? "" : where;
    }
}
