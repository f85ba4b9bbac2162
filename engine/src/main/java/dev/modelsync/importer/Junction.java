package dev.modelsync.importer;

import dev.modelsync.schema.Column;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A junction table: two NOT NULL single-column foreign keys, each to the single-column primary key
 * of an imported table, whose pair is the primary key (Sequelize's shape), is unique beside a
 * primary key of its own (Django's: an {@code id} and a unique pair), or is unique in a table
 * without primary key (Rails' {@code has_and_belongs_to_many} join table under a unique index).
 * {@code first} and {@code second} are the keys in the pair's column order.
 *
 * @param pairName   the unique constraint or index on the pair; empty when the pair is the primary key
 * @param pairIndex  the pair is unique through an index, not a constraint
 */
public record Junction(Table table, ForeignKey first, ForeignKey second, Kind kind, String pairName, boolean pairIndex) {
    enum Kind {
        /** the pair is the primary key */
        PAIR_KEY,
        /** a primary key of its own, the pair unique */
        OWN_KEY,
        /** no primary key, the pair unique */
        NO_KEY
    }

    /** How a junction is written. */
    public enum Form {
        /** {@code through: 'table'}: a string through, no model of its own */
        STRING,
        /** {@code through: Model}: a through model that carries the other columns */
        MODEL,
        /** a model of its own with two belongsTo (what the model language says when the others do not fit) */
        PLAIN
    }

    List<String> pair() {
        return List.of(first.columns().get(0), second.columns().get(0));
    }

    boolean self() {
        return first.refTable().equals(second.refTable());
    }

    /** The junction shape of {@code t}, when it has one; {@code imported}: the tables that become models. */
    static Optional<Junction> of(Table t, Schema live, Set<String> imported) {
        Optional<PrimaryKey> pk = t.primaryKey();
        if (pk.isPresent() && pk.get().columns().size() == 2) {
            return keys(t, live, imported, pk.get().columns(), Kind.PAIR_KEY, "", false);
        }
        if (pk.isPresent() && pk.get().columns().size() != 1) return Optional.empty();
        Kind kind = pk.isPresent() ? Kind.OWN_KEY : Kind.NO_KEY;
        List<String> own = pk.map(PrimaryKey::columns).orElse(List.of());
        for (UniqueConstraint u : t.uniques()) {
            if (u.columns().size() != 2 || u.columns().stream().anyMatch(own::contains)) continue;
            Optional<Junction> j = keys(t, live, imported, u.columns(), kind, u.name(), false);
            if (j.isPresent()) return j;
        }
        for (Index i : t.indexes()) {
            List<String> columns = i.columns().stream().map(Index.IndexColumn::name).toList();
            if (!i.unique() || !i.where().isEmpty() || columns.size() != 2 || columns.stream().anyMatch(own::contains)
                    || i.columns().stream().anyMatch(Index.IndexColumn::descending)) continue;
            Optional<Junction> j = keys(t, live, imported, columns, kind, i.name(), true);
            if (j.isPresent()) return j;
        }
        return Optional.empty();
    }

    private static Optional<Junction> keys(Table t, Schema live, Set<String> imported, List<String> pair, Kind kind,
                                           String pairName, boolean pairIndex) {
        List<ForeignKey> keys = new ArrayList<>();
        for (String column : pair) {
            Optional<ForeignKey> fk = t.foreignKeys().stream().filter(f -> f.columns().equals(List.of(column))).findFirst();
            if (fk.isEmpty() || !imported.contains(fk.get().refTable())) return Optional.empty();
            boolean notNull = t.column(column).map(c -> !c.nullable()).orElse(false);
            boolean toPk = live.table(fk.get().refTable()).flatMap(Table::primaryKey)
                    .map(p -> p.columns().size() == 1 && p.columns().equals(fk.get().refColumns())).orElse(false);
            if (!notNull || !toPk) return Optional.empty();
            keys.add(fk.get());
        }
        if (pair.get(0).equals(pair.get(1))) return Optional.empty();
        return Optional.of(new Junction(t, keys.get(0), keys.get(1), kind, pairName, pairIndex));
    }

    /** The key column of one side. */
    Column column(ForeignKey key) {
        return table.column(key.columns().get(0)).orElseThrow();
    }
}
