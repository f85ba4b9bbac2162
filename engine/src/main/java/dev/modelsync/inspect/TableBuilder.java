package dev.modelsync.inspect;

import dev.modelsync.schema.Column;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Collects the rows of the bulk catalog queries that belong to one table. */
final class TableBuilder {
    private final String name;
    private String comment = "";
    private final List<Column> columns = new ArrayList<>();
    private String pkName;
    private final List<String> pkColumns = new ArrayList<>();
    private final Map<String, Fk> foreignKeys = new TreeMap<>();
    private final Map<String, List<String>> uniques = new TreeMap<>();
    private final Map<String, Idx> indexes = new TreeMap<>();

    TableBuilder(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    private dev.modelsync.schema.TableOptions options = dev.modelsync.schema.TableOptions.NONE;

    /** MariaDB/MySQL: the table's engine and collation as the database has them. */
    void options(dev.modelsync.schema.TableOptions options) {
        this.options = options;
    }

    void comment(String comment) {
        this.comment = comment == null ? "" : comment;
    }

    void column(Column column) {
        columns.add(column);
    }

    void primaryKeyColumn(String constraint, String column) {
        pkName = constraint;
        pkColumns.add(column);
    }

    void uniqueColumn(String constraint, String column) {
        uniques.computeIfAbsent(constraint, k -> new ArrayList<>()).add(column);
    }

    void foreignKeyColumn(String constraint, String column, String refTable, String refColumn,
                          ForeignKey.Action onDelete, ForeignKey.Action onUpdate) {
        foreignKeyColumn(constraint, column, refTable, refColumn, onDelete, onUpdate, false, false);
    }

    void foreignKeyColumn(String constraint, String column, String refTable, String refColumn,
                          ForeignKey.Action onDelete, ForeignKey.Action onUpdate, boolean deferrable,
                          boolean initiallyDeferred) {
        Fk fk = foreignKeys.computeIfAbsent(constraint, k -> new Fk(refTable, onDelete, onUpdate, deferrable,
                initiallyDeferred));
        fk.columns.add(column);
        fk.refColumns.add(refColumn);
    }

    void indexColumn(String index, boolean unique, String where, String column, boolean descending) {
        indexColumn(index, unique, where, column, descending, "", "", "");
    }

    /** MariaDB/MySQL: with the column's prefix length (0: the whole column) and the index's type (FULLTEXT, SPATIAL or ""). */
    void indexColumn(String index, boolean unique, String column, boolean descending, int length, String type) {
        Idx idx = indexes.computeIfAbsent(index, k -> new Idx(unique, "", ""));
        idx.type = type;
        idx.columns.add(new Index.IndexColumn(column, descending, "", "", length));
    }

    /** The type of an index read before (H2's SPATIAL). */
    void indexType(String index, String type) {
        Idx idx = indexes.get(index);
        if (idx != null) idx.type = type;
    }

    /** PostgreSQL: with the index's method (empty for a B-tree) and the column's operator class and collation. */
    void indexColumn(String index, boolean unique, String where, String column, boolean descending, String method,
                     String operator, String collate) {
        Idx idx = indexes.computeIfAbsent(index, k -> new Idx(unique, where, method));
        idx.columns.add(new Index.IndexColumn(column, descending, operator, collate));
    }

    Table build() {
        Optional<PrimaryKey> pk = pkName == null ? Optional.empty() : Optional.of(new PrimaryKey(pkName, pkColumns));
        List<ForeignKey> fks = foreignKeys.entrySet().stream()
                .map(e -> new ForeignKey(e.getKey(), e.getValue().columns, e.getValue().refTable,
                        e.getValue().refColumns, e.getValue().onDelete, e.getValue().onUpdate, e.getValue().deferrable,
                        e.getValue().initiallyDeferred))
                .toList();
        List<UniqueConstraint> uqs = uniques.entrySet().stream()
                .map(e -> new UniqueConstraint(e.getKey(), e.getValue())).toList();
        List<Index> idxs = indexes.entrySet().stream()
                .map(e -> new Index(e.getKey(), e.getValue().columns, e.getValue().unique, e.getValue().where,
                        e.getValue().method, e.getValue().type))
                .toList();
        return new Table(name, columns, pk, fks, uqs, idxs, comment, List.of(), options);
    }

    /** Builders by table name, in the order the catalog returned them. */
    static Map<String, TableBuilder> newMap() {
        return new LinkedHashMap<>();
    }

    /** Liquibase's tracking tables, and modelsync's record of a changeset in progress on MariaDB/MySQL. */
    static boolean isLiquibaseTable(String table) {
        return table.equalsIgnoreCase("DATABASECHANGELOG") || table.equalsIgnoreCase("DATABASECHANGELOGLOCK")
                || table.equalsIgnoreCase("DATABASECHANGELOGPROGRESS");
    }

    private static final class Fk {
        final String refTable;
        final ForeignKey.Action onDelete;
        final ForeignKey.Action onUpdate;
        final boolean deferrable;
        final boolean initiallyDeferred;
        final List<String> columns = new ArrayList<>();
        final List<String> refColumns = new ArrayList<>();

        Fk(String refTable, ForeignKey.Action onDelete, ForeignKey.Action onUpdate, boolean deferrable,
           boolean initiallyDeferred) {
            this.refTable = refTable;
            this.onDelete = onDelete;
            this.onUpdate = onUpdate;
            this.deferrable = deferrable;
            this.initiallyDeferred = initiallyDeferred;
        }
    }

    private static final class Idx {
        final boolean unique;
        final String where;
        final String method;
        String type = "";
        final List<Index.IndexColumn> columns = new ArrayList<>();

        Idx(boolean unique, String where, String method) {
            this.unique = unique;
            this.where = where == null ? "" : where;
            this.method = method;
        }
    }
}
