package dev.modelsync.schema;

import java.util.List;

/**
 * An index; {@code where} is a partial-index predicate, empty when none. {@code method} is PostgreSQL's access
 * method ({@code hash}, {@code gin}, {@code gist}, {@code spgist}, {@code brin}), empty for a B-tree; H2 and
 * MariaDB make every index a B-tree. {@code type}: {@link #FULLTEXT}, MariaDB/MySQL's full-text index (a plain index
 * on PostgreSQL and H2, as Sequelize makes it there), {@link #SPATIAL}, a spatial index on a GEOMETRY column
 * (MariaDB/MySQL and H2; a plain index on PostgreSQL, as Sequelize), or "" for any other index.
 */
public record Index(String name, List<IndexColumn> columns, boolean unique, String where, String method,
                    String type) {
    public static final String FULLTEXT = "FULLTEXT";
    public static final String SPATIAL = "SPATIAL";

    /**
     * A column of an index; {@code operator} is its PostgreSQL operator class and {@code collate} its collation,
     * each empty for the column's default; {@code length} is MariaDB's prefix length ({@code `title`(10)}), 0 for
     * the whole column.
     */
    public record IndexColumn(String name, boolean descending, String operator, String collate, int length) {
        public IndexColumn {
            operator = operator == null ? "" : operator;
            collate = collate == null ? "" : collate;
            if (length < 0) throw new IllegalArgumentException("prefix length " + length);
        }

        public IndexColumn(String name, boolean descending, String operator, String collate) {
            this(name, descending, operator, collate, 0);
        }

        public IndexColumn(String name, boolean descending) {
            this(name, descending, "", "");
        }

        /** This column under another name. */
        public IndexColumn renamed(String to) {
            return new IndexColumn(to, descending, operator, collate, length);
        }

        /** This column with another prefix length (0: the whole column). */
        public IndexColumn withLength(int prefix) {
            return new IndexColumn(name, descending, operator, collate, prefix);
        }

        /** With no operator class, collation or prefix length: a column as H2 indexes it. */
        public IndexColumn plain() {
            return new IndexColumn(name, descending);
        }
    }

    public Index {
        columns = List.copyOf(columns);
        where = where == null ? "" : where;
        method = method == null ? "" : method;
        type = type == null ? "" : type;
    }

    public Index(String name, List<IndexColumn> columns, boolean unique, String where, String method) {
        this(name, columns, unique, where, method, "");
    }

    /** Whether it is a FULLTEXT index. */
    public boolean fulltext() {
        return type.equals(FULLTEXT);
    }

    /** Whether it is a SPATIAL index. */
    public boolean spatial() {
        return type.equals(SPATIAL);
    }

    public Index(String name, List<IndexColumn> columns, boolean unique, String where) {
        this(name, columns, unique, where, "");
    }

    /** This index under another name, or on renamed columns; method, operator classes and collations kept. */
    public Index with(String name, List<IndexColumn> columns) {
        return new Index(name, columns, unique, where, method, type);
    }

    /** This index with another type (FULLTEXT, SPATIAL or ""). */
    public Index withType(String to) {
        return new Index(name, columns, unique, where, method, to);
    }

    /**
     * The index as H2 builds it, which has no partial indexes, index methods, operator classes, collations or
     * prefix lengths: a B-tree over the same columns, unique only when it is unique and not partial.
     */
    public Index asPlainBTree() {
        return onMariaDb().onPostgres();
    }

    /** The index as H2 builds it: {@link #asPlainBTree}, but SPATIAL when it is (H2 has spatial indexes). */
    public Index onH2() {
        Index plain = asPlainBTree();
        return spatial() ? plain.withType(SPATIAL) : plain;
    }

    /** The index as MariaDB/MySQL build it: {@link #asPlainBTree}, but with its prefix lengths, FULLTEXT and SPATIAL. */
    public Index onMariaDb() {
        if (where.isEmpty() && !postgresOnly()) return this;
        return new Index(name, columns.stream().map(c -> c.plain().withLength(c.length())).toList(),
                unique && where.isEmpty(), "", "", type);
    }

    /**
     * The index as PostgreSQL builds it, which has no prefix lengths and no FULLTEXT indexes (nor H2), nor SPATIAL
     * ones without PostGIS: a plain index over the whole columns.
     */
    public Index onPostgres() {
        if (!mariaDbOnly()) return this;
        return new Index(name, columns.stream().map(c -> c.withLength(0)).toList(), unique, where, method, "");
    }

    /** Whether it says more than PostgreSQL can: a prefix length, FULLTEXT or SPATIAL (MariaDB/MySQL, and H2's SPATIAL). */
    public boolean mariaDbOnly() {
        return !type.isEmpty() || columns.stream().anyMatch(c -> c.length() > 0);
    }

    /** Whether it says more than a B-tree over its columns: a method, an operator class or a collation. */
    public boolean postgresOnly() {
        return !method.isEmpty() || columns.stream().anyMatch(c -> !c.operator().isEmpty() || !c.collate().isEmpty());
    }
}
