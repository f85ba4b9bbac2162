package dev.modelsync.diff;

import dev.modelsync.db.Dialect;
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
 * as a unique constraint, and a geometry column keeps no SRID. Baseline records, and import compares, the live schema with such objects
 * as the desired schema has them, so that the next generate does not change what the database
 * cannot tell apart.
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
        if (dialect != Dialect.MARIADB) return live;
        List<Table> tables = new ArrayList<>();
        for (Table t : live.tables()) {
            Optional<Table> d = desired.table(t.name());
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
            List<dev.modelsync.schema.Column> columns = t.columns().stream().map(c -> d.get().column(c.name())
                    .filter(x -> x.type().kind() == dev.modelsync.schema.ColumnType.Kind.GEOMETRY && x.type().withoutSrid().equals(c.type()))
                    .map(x -> new dev.modelsync.schema.Column(c.name(), x.type(), c.nullable(), c.defaultValue(),
                            c.autoIncrement(), c.comment(), c.renamedFrom()))
                    .orElse(c)).toList();
            tables.add(new Table(t.name(), columns, pk, t.foreignKeys(), uniques, indexes, t.comment(), t.renamedFrom(),
                    d.get().options().satisfiedBy(t.options()) ? d.get().options() : t.options()));
        }
        return new Schema(tables, live.enums());
    }
}
