package dev.modelsync.diff;

import dev.modelsync.db.Dialect;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a database holds in a form of its own, where it cannot hold the model's: on MariaDB and
 * MySQL every primary key is called {@code PRIMARY}, a unique index is a unique key, read back
 * as a unique constraint, and a geometry column keeps no SRID; a {@code timestamp(n) with time zone} is a
 * {@code datetime(n)} there, and on H2 {@code timestamp(6) with time zone} is {@code timestamp with time zone}
 * ({@link #heldAs}). Baseline records, and import compares, the live schema with such objects as the desired
 * schema has them, so that the next generate does not change what the database cannot tell apart.
 */
public final class DialectForms {
    static final String MARIADB_PRIMARY_KEY = "PRIMARY";

    private DialectForms() {
    }

    /**
     * {@code live} with each primary key the database must call PRIMARY named as {@code desired}'s key
     * on the same columns, and each unique constraint that is a unique index of {@code desired} (same
     * name and columns) as that index.
     */
    public static Schema asDesired(Schema live, Schema desired, Dialect dialect) {
        List<Table> tables = new ArrayList<>();
        for (Table live0 : live.tables()) {
            Optional<Table> d = desired.table(live0.name());
            Table t = d.map(x -> withTypesAsDesired(live0, x, dialect)).orElse(live0);
            if (dialect != Dialect.MARIADB) {
                tables.add(t);
                continue;
            }
            if (d.isEmpty()) {
                tables.add(t.options().none() ? t : new Table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys(),
                        t.uniques(), t.indexes(), t.comment(), t.renamedFrom()));
                continue;
            }
            Optional<PrimaryKey> pk = t.primaryKey().map(p -> p.name().equals(MARIADB_PRIMARY_KEY) ? d.get().primaryKey()
                    .filter(x -> x.columns().equals(p.columns())).orElse(p) : p);
            List<UniqueConstraint> uniques = new ArrayList<>();
            List<Index> indexes = new ArrayList<>(t.indexes());
            for (UniqueConstraint u : t.uniques()) {
                Optional<Index> asIndex = d.get().indexes().stream().filter(i -> i.unique() && i.where().isEmpty()
                        && i.name().equals(u.name()) && i.columns().stream().map(Index.IndexColumn::name).toList()
                        .equals(u.columns())).findFirst();
                if (asIndex.isPresent()) indexes.add(asIndex.get());
                else uniques.add(u);
            }
            tables.add(new Table(t.name(), t.columns(), pk, t.foreignKeys(), uniques, indexes, t.comment(), t.renamedFrom(),
                    d.get().options().satisfiedBy(t.options()) ? d.get().options() : t.options()));
        }
        return new Schema(tables, live.enums());
    }

    /**
     * A column type as the database tells it apart: PostgreSQL and H2 have no MariaDB forms (UNSIGNED, TEXT sizes,
     * ...; {@link ColumnType#portable}); MariaDB/MySQL keep no geometry SRID (as
     * Sequelize's mariadb dialect drops it), and there a TIMESTAMPTZ's fractional seconds are its {@code datetime(n)}
     * form's alone; H2 shows no declared precision, so 6, its default, is none given.
     */
    public static ColumnType heldAs(ColumnType t, Dialect dialect) {
        ColumnType p = dialect == Dialect.MARIADB ? t.withoutSrid() : t.portable();
        if (p.kind() != ColumnType.Kind.TIMESTAMPTZ || p.precision() == 0) return p;
        if (dialect == Dialect.MARIADB || (dialect == Dialect.H2 && p.precision() == 6)) {
            return new ColumnType(p.kind(), 0, 0, 0, "", p.mariadb());
        }
        return p;
    }

    /**
     * {@code live} with each TIMESTAMPTZ or GEOMETRY column typed as in {@code desired} where the database cannot tell
     * them apart ({@link #heldAs}).
     */
    private static Table withTypesAsDesired(Table live, Table desired, Dialect dialect) {
        List<Column> columns = new ArrayList<>();
        boolean changed = false;
        for (Column c : live.columns()) {
            Optional<ColumnType> want = desired.column(c.name()).map(Column::type)
                    .filter(w -> (w.kind() == ColumnType.Kind.TIMESTAMPTZ || w.kind() == ColumnType.Kind.GEOMETRY)
                            && !w.equals(c.type())
                            && heldAs(w, dialect).equals(heldAs(c.type(), dialect)));
            columns.add(want.map(w -> new Column(c.name(), w, c.nullable(), c.defaultValue(), c.autoIncrement(), c.comment(),
                    c.renamedFrom())).orElse(c));
            changed |= want.isPresent();
        }
        return changed ? new Table(live.name(), columns, live.primaryKey(), live.foreignKeys(), live.uniques(), live.indexes(),
                live.comment(), live.renamedFrom(), live.options()) : live;
    }
}
