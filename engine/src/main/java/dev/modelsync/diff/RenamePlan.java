package dev.modelsync.diff;

import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The renames a desired schema asks for through {@code renamedFrom} hints, checked against the
 * recorded schema. A hint counts only when its old name exists in the recorded schema and the new
 * name does not yet (so a hint left in the model after the rename has run is ignored).
 */
final class RenamePlan {
    /** recorded table name → desired table name. */
    private final Map<String, String> tables = new TreeMap<>();
    /** desired table name → (recorded column name → desired column name). */
    private final Map<String, Map<String, String>> columns = new TreeMap<>();
    private final List<SchemaChange> changes = new ArrayList<>();

    private RenamePlan() {
    }

    static RenamePlan of(Schema recorded, Schema desired) {
        RenamePlan plan = new RenamePlan();
        Map<String, String> claimedBy = new HashMap<>();
        for (Table d : desired.tables()) {
            if (recorded.table(d.name()).isPresent()) continue;
            List<String> olds = d.renamedFrom().stream().distinct()
                    .filter(o -> !o.equals(d.name()) && recorded.table(o).isPresent()).toList();
            if (olds.isEmpty()) continue;
            if (olds.size() > 1) {
                throw new ModelSyncException("Table " + d.name() + " is renamedFrom " + String.join(" and ", olds)
                        + ", and the recorded schema has all of them, so it is unclear which one to rename. "
                        + "Keep only the name the table has now in renamedFrom.");
            }
            String old = olds.get(0);
            String other = claimedBy.putIfAbsent(old, d.name());
            if (other != null) {
                throw new ModelSyncException("Tables " + other + " and " + d.name() + " are both renamedFrom " + old
                        + "; a table can be renamed only once. Remove renamedFrom: " + old + " from one of the models.");
            }
            plan.tables.put(old, d.name());
        }
        plan.moves(recorded, desired);
        plan.tables.forEach((from, to) -> plan.changes.add(new SchemaChange.RenameTable(from, to)));
        plan.enumMoves(recorded, desired);

        for (Table d : desired.tables()) {
            Optional<Table> source = plan.recordedTableName(d.name()).flatMap(recorded::table);
            if (source.isEmpty()) continue;
            Table src = source.get();
            Map<String, String> renames = new TreeMap<>();
            Map<String, String> colClaims = new HashMap<>();
            for (Column c : d.columns()) {
                if (src.column(c.name()).isPresent()) continue;
                List<String> olds = c.renamedFrom().stream().distinct()
                        .filter(o -> !o.equals(c.name()) && src.column(o).isPresent()).toList();
                if (olds.isEmpty()) continue;
                if (olds.size() > 1) {
                    throw new ModelSyncException("Column " + d.name() + "." + c.name() + " is renamedFrom "
                            + String.join(" and ", olds) + ", and the recorded table has all of them, so it is unclear "
                            + "which one to rename. Keep only the name the column has now in renamedFrom.");
                }
                String old = olds.get(0);
                String other = colClaims.putIfAbsent(old, c.name());
                if (other != null) {
                    throw new ModelSyncException("Columns " + d.name() + "." + other + " and " + d.name() + "." + c.name()
                            + " are both renamedFrom " + old + "; remove renamedFrom: " + old + " from one of the attributes.");
                }
                renames.put(old, c.name());
            }
            if (renames.isEmpty()) continue;
            plan.columns.put(d.name(), renames);
            renames.forEach((from, to) -> plan.changes.add(new SchemaChange.RenameColumn(d.name(), from, to,
                    src.column(from).orElseThrow().type())));
        }
        return plan;
    }

    /**
     * Tables moved to another schema (a model's {@code schema} changed): a desired table that is not recorded, whose
     * name within its schema is that of exactly one recorded table of another schema that is no longer desired, and no
     * other new table of that name competes for it. A move is a rename across schemas.
     */
    private void moves(Schema recorded, Schema desired) {
        Map<String, List<String>> newByBase = new HashMap<>();
        for (Table d : desired.tables()) {
            if (recorded.table(d.name()).isEmpty() && !tables.containsValue(d.name())) {
                newByBase.computeIfAbsent(d.baseName(), k -> new ArrayList<>()).add(d.name());
            }
        }
        Map<String, List<String>> goneByBase = new HashMap<>();
        for (Table r : recorded.tables()) {
            if (desired.table(r.name()).isEmpty() && !tables.containsKey(r.name())) {
                goneByBase.computeIfAbsent(r.baseName(), k -> new ArrayList<>()).add(r.name());
            }
        }
        newByBase.forEach((base, news) -> {
            List<String> gone = goneByBase.getOrDefault(base, List.of());
            if (news.size() == 1 && gone.size() == 1) tables.put(gone.get(0), news.get(0));
        });
    }

    /**
     * Enum types that follow a moved table: a desired type that is not recorded, whose name within its schema is that of
     * exactly one recorded type of another schema that is no longer desired, with the same values (a type whose values
     * change too is made anew instead). Their columns keep them.
     */
    private void enumMoves(Schema recorded, Schema desired) {
        if (tables.keySet().stream().allMatch(from -> Table.schemaOf(from).equals(Table.schemaOf(tables.get(from))))) return;
        for (dev.modelsync.schema.EnumType d : desired.enums()) {
            if (recorded.enumType(d.name()).isPresent()) continue;
            List<dev.modelsync.schema.EnumType> gone = recorded.enums().stream()
                    .filter(r -> desired.enumType(r.name()).isEmpty()
                            && Table.baseNameOf(r.name()).equals(Table.baseNameOf(d.name())))
                    .toList();
            long rivals = desired.enums().stream().filter(o -> recorded.enumType(o.name()).isEmpty()
                    && Table.baseNameOf(o.name()).equals(Table.baseNameOf(d.name()))).count();
            if (gone.size() == 1 && rivals == 1 && gone.get(0).values().equals(d.values())) {
                changes.add(new SchemaChange.MoveEnum(gone.get(0), d.name()));
            }
        }
    }

    /** RenameTable steps (by old name), MoveEnum steps of moved tables, then RenameColumn steps (by table, old name); tables named as after the table renames. */
    List<SchemaChange> changes() {
        return List.copyOf(changes);
    }

    /** The recorded name of the table called {@code name} after the renames. */
    Optional<String> recordedTableName(String name) {
        for (Map.Entry<String, String> e : tables.entrySet()) {
            if (e.getValue().equals(name)) return Optional.of(e.getKey());
        }
        return tables.containsKey(name) ? Optional.empty() : Optional.of(name);
    }

    boolean tableRenamed(String name) {
        return tables.containsValue(name);
    }

    boolean columnRenamed(String table, String column) {
        return columns.getOrDefault(table, Map.of()).containsValue(column);
    }

    boolean anyColumnRenamed(String table, List<String> cols) {
        return cols.stream().anyMatch(c -> columnRenamed(table, c));
    }
}
