package dev.modelsync.roundtrip;

import dev.modelsync.db.Dialect;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exact schema a database holds after the migration engine built the desired one: on
 * PostgreSQL the desired schema itself; on H2, with H2's known differences (documented in
 * docs/resolution.md and SchemaComparator): JSONB is JSON, a partial index is a plain
 * non-unique index, an index method, operator class or collation is left out, no key is deferrable,
 * NO ACTION reads back as RESTRICT, and a default made of constants only
 * is stored by its value (evaluated here on the same database).
 */
final class AsBuilt {
    private AsBuilt() {
    }

    static Schema of(Schema desired, LiveDb db) throws SQLException {
        Schema s = Canonical.of(desired);
        if (db.dialect() == Dialect.MARIADB) return mariadb(s);
        if (db.dialect() == Dialect.POSTGRESQL) return portable(s);
        List<Table> tables = new ArrayList<>();
        for (Table t : s.tables()) {
            List<Column> cols = new ArrayList<>();
            for (Column c : t.columns()) cols.add(h2(c, db));
            List<ForeignKey> fks = t.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), fk.columns(), fk.refTable(),
                    fk.refColumns(), restrict(fk.onDelete()), restrict(fk.onUpdate()))).toList();
            List<Index> idx = t.indexes().stream().map(Index::onH2).toList();
            tables.add(new Table(t.name(), cols, t.primaryKey(), fks, t.uniques(), idx, t.comment(), t.renamedFrom()));
        }
        return Canonical.of(new Schema(tables, s.enums()));
    }

    /**
     * PostgreSQL and H2 have no MariaDB forms of types (UNSIGNED, MEDIUMTEXT, ...): the plain type; nor prefix lengths
     * or FULLTEXT indexes: a plain index over the whole columns.
     */
    private static Schema portable(Schema s) {
        return new Schema(s.tables().stream().map(t -> new Table(t.name(), t.columns().stream().map(c -> new Column(c.name(),
                c.type().portable(), c.nullable(), c.defaultValue(), c.autoIncrement(), c.comment(), c.renamedFrom()))
                .toList(), t.primaryKey(), t.foreignKeys(), t.uniques(), t.indexes().stream().map(Index::onPostgres).toList(),
                t.comment(), t.renamedFrom(),
                t.options())).toList(), s.enums());
    }

    /**
     * MariaDB/MySQL: every primary key is named PRIMARY, JSONB is JSON, a partial index is a plain
     * non-unique index, an index method, operator class or collation is left out, a unique index is a unique
     * constraint (but one with a prefix length), no key is deferrable, and a DECIMAL default is rounded to the scale.
     */
    private static Schema mariadb(Schema s) {
        List<Table> tables = new ArrayList<>();
        for (Table t : s.tables()) {
            List<Column> cols = t.columns().stream().map(c -> new Column(c.name(), mariadbType(c.type()), c.nullable(),
                    mariadbDefault(c), c.autoIncrement(), c.comment(), c.renamedFrom())).toList();
            List<dev.modelsync.schema.UniqueConstraint> uniques = new ArrayList<>(t.uniques());
            List<Index> idx = new ArrayList<>();
            for (Index i : t.indexes()) {
                Index plain = i.onMariaDb();
                if (plain.unique() && !plain.mariaDbOnly()) uniques.add(new dev.modelsync.schema.UniqueConstraint(i.name(),
                        i.columns().stream().map(Index.IndexColumn::name).toList()));
                else idx.add(plain);
            }
            List<ForeignKey> fks = t.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), fk.columns(), fk.refTable(),
                    fk.refColumns(), fk.onDelete(), fk.onUpdate())).toList(); // no deferrable keys
            tables.add(new Table(t.name(), cols, t.primaryKey().map(p -> new dev.modelsync.schema.PrimaryKey("PRIMARY",
                    p.columns())), fks, uniques, idx, t.comment(), t.renamedFrom()));
        }
        return Canonical.of(new Schema(tables, s.enums()));
    }

    /** A DECIMAL default is stored at the column's scale, rounded half up (1.5 in DECIMAL(8) is 2). */
    private static Optional<DefaultValue> mariadbDefault(Column c) {
        if (c.type().kind() != ColumnType.Kind.DECIMAL || c.defaultValue().isEmpty()
                || c.defaultValue().get().kind() != DefaultValue.Kind.LITERAL) return c.defaultValue();
        int scale = c.type().precision() == 0 ? 0 : c.type().scale();
        return Optional.of(DefaultValue.literal(new java.math.BigDecimal(c.defaultValue().get().value())
                .setScale(scale, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()));
    }

    /** REAL is DOUBLE there, JSONB is JSON, DECIMAL without precision is DECIMAL(10,0). */
    private static ColumnType mariadbType(ColumnType t) {
        return switch (t.kind()) {
            case REAL -> new ColumnType(ColumnType.Kind.DOUBLE, 0, 0, 0, "", t.mariadb());
            case JSONB -> ColumnType.of(ColumnType.Kind.JSON);
            case DECIMAL -> t.precision() == 0 ? ColumnType.decimal(10, 0) : t;
            case GEOMETRY -> t.withoutSrid(); // MariaDB keeps none
            default -> t;
        };
    }

    private static ForeignKey.Action restrict(ForeignKey.Action a) {
        return a == ForeignKey.Action.NO_ACTION ? ForeignKey.Action.RESTRICT : a;
    }

    private static Column h2(Column c, LiveDb db) throws SQLException {
        ColumnType type = c.type().kind() == ColumnType.Kind.JSONB ? ColumnType.of(ColumnType.Kind.JSON) : c.type().portable();
        // H2 reports no declared precision: TIMESTAMP(6) WITH TIME ZONE, its default, reads back as the plain type
        if (type.kind() == ColumnType.Kind.TIMESTAMPTZ && type.precision() == 6) type = ColumnType.of(ColumnType.Kind.TIMESTAMPTZ);
        Optional<DefaultValue> def = c.defaultValue();
        if (def.isPresent() && def.get().kind() == DefaultValue.Kind.SQL
                && !def.get().value().replaceAll("'(?:[^']|'')*'", "").matches("(?s).*[A-Za-z_].*")) {
            def = Optional.of(DefaultValue.literal(db.rows("SELECT " + def.get().value()).get(0)));
        }
        return new Column(c.name(), type, c.nullable(), def, c.autoIncrement(), c.comment(), c.renamedFrom());
    }
}
