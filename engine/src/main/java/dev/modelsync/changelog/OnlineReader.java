package dev.modelsync.changelog;

import dev.modelsync.diff.SchemaChange;
import dev.modelsync.diff.SchemaChange.AddUnique;
import dev.modelsync.diff.SchemaChange.DropForeignKey;
import dev.modelsync.diff.SchemaChange.DropIndex;
import dev.modelsync.diff.SchemaChange.DropPrimaryKey;
import dev.modelsync.diff.SchemaChange.DropUnique;
import dev.modelsync.diff.SchemaChanges.State;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads back the PostgreSQL statements of the online-safe forms ({@link OnlineSql}): lock timeouts,
 * the drop of an INVALID index, CHECK constraints (not part of modelsync's schema), VALIDATE, DROP
 * CONSTRAINT and ADD CONSTRAINT ... UNIQUE USING INDEX.
 */
final class OnlineReader {
    private OnlineReader() {
    }

    /** The schema changes of {@code st}; null when it is none of these statements. */
    static List<SchemaChange> statement(String st, State s) {
        if (OnlineSql.SET_LOCK_TIMEOUT.matcher(st).matches() || OnlineSql.RESET_TIMEOUT.matcher(st).matches()
                || OnlineSql.isDropInvalidIndex(st)) {
            return List.of();
        }
        Matcher m;
        if ((m = OnlineSql.ADD_CHECK.matcher(st)).matches()) {
            table(s, OnlineSql.id(m, 1));
            return List.of(); // CHECK constraints are not modelled
        }
        if ((m = OnlineSql.VALIDATE.matcher(st)).matches()) {
            table(s, OnlineSql.id(m, 1));
            return List.of();
        }
        if ((m = OnlineSql.DROP_CONSTRAINT.matcher(st)).matches()) {
            Table t = table(s, OnlineSql.id(m, 1));
            String name = OnlineSql.id(m, 2);
            var fk = t.foreignKeys().stream().filter(f -> f.name().equals(name)).findFirst();
            if (fk.isPresent()) return List.of(new DropForeignKey(t.name(), fk.get()));
            var u = t.uniques().stream().filter(x -> x.name().equals(name)).findFirst();
            if (u.isPresent()) return List.of(new DropUnique(t.name(), u.get()));
            if (t.primaryKey().isPresent() && t.primaryKey().get().name().equals(name)) {
                return List.of(new DropPrimaryKey(t.name(), t.primaryKey().get()));
            }
            return List.of(); // a CHECK constraint
        }
        if ((m = OnlineSql.ADD_UNIQUE_USING_INDEX.matcher(st)).matches()) {
            Table t = table(s, OnlineSql.id(m, 1));
            String index = OnlineSql.id(m, 3);
            Index ix = t.indexes().stream().filter(i -> i.name().equals(index) && i.unique() && i.where().isEmpty()).findFirst()
                    .orElseThrow(() -> new ChangeReader.Unsupported("table " + t.name() + " has no unique index " + index));
            return List.of(new DropIndex(t.name(), ix), new AddUnique(t.name(), new UniqueConstraint(OnlineSql.id(m, 2),
                    ix.columns().stream().map(Index.IndexColumn::name).toList())));
        }
        return null;
    }

    private static Table table(State s, String name) {
        return s.table(name).orElseThrow(() -> new ChangeReader.Unsupported("there is no table " + name + " at this point"));
    }
}
