package dev.modelsync.diff;

import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A terse table builder for tests. */
final class Tb {
    static final ColumnType INT = ColumnType.of(ColumnType.Kind.INTEGER);
    static final ColumnType BIGINT = ColumnType.of(ColumnType.Kind.BIGINT);
    static final ColumnType TEXT = ColumnType.of(ColumnType.Kind.TEXT);
    static final ColumnType STRING = ColumnType.varchar(255);
    static final ColumnType DATE = ColumnType.of(ColumnType.Kind.TIMESTAMPTZ);

    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private Optional<PrimaryKey> pk = Optional.empty();
    private final List<ForeignKey> fks = new ArrayList<>();
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private String comment = "";
    private List<String> renamedFrom = List.of();
    private dev.modelsync.schema.TableOptions options = dev.modelsync.schema.TableOptions.NONE;

    private Tb(String name) {
        this.name = name;
    }

    static Tb table(String name) {
        return new Tb(name);
    }

    /** id INTEGER NOT NULL auto-increment primary key named {@code <table>_pkey} (the table's name within its schema). */
    Tb id() {
        columns.add(new Column("id", INT, false, Optional.empty(), true, "", List.of()));
        pk = Optional.of(new PrimaryKey(dev.modelsync.schema.Table.baseNameOf(name) + "_pkey", List.of("id")));
        return this;
    }

    Tb col(String n, ColumnType t) {
        return col(n, t, true);
    }

    Tb col(String n, ColumnType t, boolean nullable) {
        columns.add(Column.of(n, t, nullable));
        return this;
    }

    Tb col(Column c) {
        columns.add(c);
        return this;
    }

    Tb renamedCol(String n, ColumnType t, String... from) {
        columns.add(new Column(n, t, true, Optional.empty(), false, "", List.of(from)));
        return this;
    }

    Tb pk(String pkName, String... cols) {
        pk = Optional.of(new PrimaryKey(pkName, List.of(cols)));
        return this;
    }

    Tb fk(String fkName, String col, String refTable, String refCol) {
        fks.add(new ForeignKey(fkName, List.of(col), refTable, List.of(refCol), ForeignKey.Action.CASCADE,
                ForeignKey.Action.CASCADE));
        return this;
    }

    Tb fk(ForeignKey fk) {
        fks.add(fk);
        return this;
    }

    Tb unique(String uName, String... cols) {
        uniques.add(new UniqueConstraint(uName, List.of(cols)));
        return this;
    }

    Tb index(String iName, boolean unique, String... cols) {
        indexes.add(new Index(iName, Arrays.stream(cols).map(c -> new Index.IndexColumn(c, false)).toList(), unique, ""));
        return this;
    }

    Tb comment(String c) {
        comment = c;
        return this;
    }

    Tb renamedFrom(String... from) {
        renamedFrom = List.of(from);
        return this;
    }

    Tb options(String engine, String charset, String collate, long initialAutoIncrement) {
        options = new dev.modelsync.schema.TableOptions(engine, charset, collate, initialAutoIncrement);
        return this;
    }

    Table build() {
        return new Table(name, columns, pk, fks, uniques, indexes, comment, renamedFrom, options);
    }

    static Schema schema(Tb... tables) {
        return new Schema(Arrays.stream(tables).map(Tb::build).toList(), List.of());
    }

    static Schema schema(List<EnumType> enums, Tb... tables) {
        return new Schema(Arrays.stream(tables).map(Tb::build).toList(), enums);
    }

    static Column notNull(String n, ColumnType t, DefaultValue d) {
        return new Column(n, t, false, Optional.ofNullable(d), false, "", List.of());
    }

    /**
     * The comparable form of a schema: no rename hints, columns and constraints sorted by name
     * (the database appends added columns, so column order is not part of equality).
     */
    static Schema normal(Schema s) {
        List<Table> tables = new ArrayList<>();
        for (Table t : SchemaChanges.withoutHints(s).tables()) {
            tables.add(new Table(t.name(),
                    t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(), t.primaryKey(),
                    t.foreignKeys().stream().sorted(Comparator.comparing(ForeignKey::name)).toList(),
                    t.uniques().stream().sorted(Comparator.comparing(UniqueConstraint::name)).toList(),
                    t.indexes().stream().sorted(Comparator.comparing(Index::name)).toList(), t.comment(), List.of()));
        }
        return new Schema(tables, s.enums());
    }
}
