package dev.modelsync.diff;

import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses a drop paired with an add that looks like a rename nobody announced (docs/migrations.md): a column
 * dropped and a column added in the same table with the same type, or a table dropped and a table
 * created with the same columns. The message names both and the fix.
 */
final class RenameGuard {
    private final List<String> findings = new ArrayList<>();

    void columns(String table, List<Column> dropped, List<Column> added) {
        for (Column a : added) {
            for (Column d : dropped) {
                if (!sameType(d.type(), a.type())) continue;
                findings.add(table + "." + d.name() + " would be dropped and " + table + "." + a.name()
                        + " added (both " + d.type() + "). If this is a rename, add `renamedFrom: " + d.name()
                        + "` to attribute " + a.name() + "; if not, allow destructive changes "
                        + dev.modelsync.problem.Words.option("allowDestructive", "true") + ".");
            }
        }
    }

    void tables(List<Table> dropped, List<Table> created) {
        for (Table c : created) {
            for (Table d : dropped) {
                if (!signature(d).equals(signature(c))) continue;
                findings.add("Table " + d.name() + " would be dropped and table " + c.name() + " created (same columns: "
                        + c.columns().stream().map(col -> col.name() + " " + col.type()).collect(Collectors.joining(", "))
                        + "). If this is a rename, add `renamedFrom: " + d.name() + "` to the model of table " + c.name()
                        + "; if not, allow destructive changes " + dev.modelsync.problem.Words.option("allowDestructive", "true") + ".");
            }
        }
    }

    void throwIfAny() {
        if (findings.isEmpty()) return;
        throw new ModelSyncException(findings.size() == 1 ? findings.get(0)
                : "Drops paired with adds that look like renames:\n  " + String.join("\n  ", findings));
    }

    private static Set<String> signature(Table t) {
        return t.columns().stream().map(c -> c.name() + " " + typeKey(c.type())).collect(Collectors.toSet());
    }

    /** Enum types are named after their table and column, so a renamed table has a differently named one. */
    private static boolean sameType(ColumnType a, ColumnType b) {
        return typeKey(a).equals(typeKey(b));
    }

    private static String typeKey(ColumnType t) {
        return t.kind() == ColumnType.Kind.ENUM ? "ENUM" : t.toString();
    }
}
