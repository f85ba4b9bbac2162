package dev.modelsync.schema;

import java.util.List;

/**
 * An index; {@code where} is a partial-index predicate, empty when none. {@code method} is PostgreSQL's access
 * method ({@code hash}, {@code gin}, {@code gist}, {@code spgist}, {@code brin}), empty for a B-tree; H2 and
 * MariaDB make every index a B-tree.
 */
public record Index(String name, List<IndexColumn> columns, boolean unique, String where, String method) {
    /**
     * A column of an index; {@code operator} is its PostgreSQL operator class and {@code collate} its collation,
     * each empty for the column's default.
     */
    public record IndexColumn(String name, boolean descending, String operator, String collate) {
        public IndexColumn {
            operator = operator == null ? "" : operator;
            collate = collate == null ? "" : collate;
        }

        public IndexColumn(String name, boolean descending) {
            this(name, descending, "", "");
        }

        /** This column under another name. */
        public IndexColumn renamed(String to) {
            return new IndexColumn(to, descending, operator, collate);
        }

        /** With no operator class and no collation: a column as H2 and MariaDB index it. */
        public IndexColumn plain() {
            return new IndexColumn(name, descending);
        }
    }

    public Index {
        columns = List.copyOf(columns);
        where = where == null ? "" : where;
        method = method == null ? "" : method;
    }

    public Index(String name, List<IndexColumn> columns, boolean unique, String where) {
        this(name, columns, unique, where, "");
    }

    /** This index under another name, or on renamed columns; method, operator classes and collations kept. */
    public Index with(String name, List<IndexColumn> columns) {
        return new Index(name, columns, unique, where, method);
    }

    /**
     * The index as H2 and MariaDB build it, which have no partial indexes, index methods, operator classes or
     * collations: a B-tree over the same columns, unique only when it is unique and not partial.
     */
    public Index asPlainBTree() {
        if (where.isEmpty() && !postgresOnly()) return this;
        return new Index(name, columns.stream().map(IndexColumn::plain).toList(), unique && where.isEmpty(), "");
    }

    /** Whether it says more than a B-tree over its columns: a method, an operator class or a collation. */
    public boolean postgresOnly() {
        return !method.isEmpty() || columns.stream().anyMatch(c -> !c.operator().isEmpty() || !c.collate().isEmpty());
    }
}
