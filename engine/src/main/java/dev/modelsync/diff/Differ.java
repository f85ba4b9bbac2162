package dev.modelsync.diff;

import dev.modelsync.diff.SchemaChange.AddColumn;
import dev.modelsync.diff.SchemaChange.AddEnumValues;
import dev.modelsync.diff.SchemaChange.AddForeignKey;
import dev.modelsync.diff.SchemaChange.AddIndex;
import dev.modelsync.diff.SchemaChange.AddPrimaryKey;
import dev.modelsync.diff.SchemaChange.AddUnique;
import dev.modelsync.diff.SchemaChange.AlterAutoIncrement;
import dev.modelsync.diff.SchemaChange.AlterColumnType;
import dev.modelsync.diff.SchemaChange.AlterDefault;
import dev.modelsync.diff.SchemaChange.AlterNullability;
import dev.modelsync.diff.SchemaChange.AlterColumnComment;
import dev.modelsync.diff.SchemaChange.AlterTableComment;
import dev.modelsync.diff.SchemaChange.ColumnRef;
import dev.modelsync.diff.SchemaChange.CreateEnum;
import dev.modelsync.diff.SchemaChange.CreateTable;
import dev.modelsync.diff.SchemaChange.DropColumn;
import dev.modelsync.diff.SchemaChange.DropEnum;
import dev.modelsync.diff.SchemaChange.DropForeignKey;
import dev.modelsync.diff.SchemaChange.DropIndex;
import dev.modelsync.diff.SchemaChange.DropPrimaryKey;
import dev.modelsync.diff.SchemaChange.DropTable;
import dev.modelsync.diff.SchemaChange.DropUnique;
import dev.modelsync.diff.SchemaChange.RenameIndex;
import dev.modelsync.diff.SchemaChange.ReplaceEnumValues;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Compares the recorded schema (what the changelog has built) with the desired one (what the
 * model asks for) and returns the changes that turn the first into the second, in an order the
 * database accepts. A pure function: no database, no files.
 *
 * <p>Order (docs/migrations.md), each phase sorted by table then name:
 * <ol>
 * <li>enum types created, values added, values replaced;</li>
 * <li>foreign keys dropped (named as recorded, before any rename);</li>
 * <li>tables renamed (or moved to another schema, their enum types following), then columns renamed;</li>
 * <li>indexes, unique constraints and primary keys dropped;</li>
 * <li>columns dropped, then tables dropped (every foreign key pointing at them is gone by now);</li>
 * <li>constraints and indexes renamed that followed a renamed table or column;</li>
 * <li>tables created (columns, primary key, uniques);</li>
 * <li>columns added (in model order);</li>
 * <li>column type, default, nullability, auto-increment changed; table and column comments; MariaDB table options
 *     (engine, character set, collation: only those the model gives, each compared with the recorded one);</li>
 * <li>primary keys, unique constraints, indexes added;</li>
 * <li>foreign keys added;</li>
 * <li>enum types dropped.</li>
 * </ol>
 * Drops come before creations because PostgreSQL index and constraint names share one namespace
 * per schema: a name freed by a dropped table or key can then be taken by a new one.
 * Constraints and indexes are matched by name. Comments of existing columns are not compared
 * (the change vocabulary has no step for them).
 */
public final class Differ {
    private final Schema recorded;
    private final Schema desired;
    private final RenamePlan renames;
    /** The recorded schema after the renames: compared name by name with {@link #desired}. */
    private final Schema view;

    private final List<SchemaChange> enumsEarly = new ArrayList<>();
    private final Map<String, ForeignKey> fkDrops = new TreeMap<>(); // key: view table + \0 + name
    private final Map<String, ForeignKey> fkAdds = new TreeMap<>();
    private final List<SchemaChange> keyDrops = new ArrayList<>();
    private final List<SchemaChange> keyRenames = new ArrayList<>();
    private final List<SchemaChange> tableCreates = new ArrayList<>();
    private final List<SchemaChange> columnAdds = new ArrayList<>();
    private final List<SchemaChange> columnAlters = new ArrayList<>();
    private final List<SchemaChange> keyAdds = new ArrayList<>();
    private final List<SchemaChange> columnDrops = new ArrayList<>();
    private final List<SchemaChange> tableDrops = new ArrayList<>();
    private final List<SchemaChange> enumDrops = new ArrayList<>();
    /** Keys (table + columns) that are dropped or rebuilt: foreign keys pointing at them must be rebuilt. */
    private final Set<String> rebuiltKeys = new HashSet<>();
    /** Columns (table + column) whose type changes: foreign keys touching them are rebuilt. */
    private final Set<String> retypedColumns = new HashSet<>();
    private final RenameGuard guard = new RenameGuard();

    private Differ(Schema recorded, Schema desired) {
        this.recorded = SchemaChanges.withoutHints(recorded);
        this.desired = desired;
        this.renames = RenamePlan.of(this.recorded, desired);
        this.view = SchemaChanges.apply(this.recorded, renames.changes());
    }

    /** The changes from {@code recorded} to {@code desired}; refuses unannounced renames. */
    public static List<SchemaChange> diff(Schema recorded, Schema desired) {
        return diff(recorded, desired, DiffOptions.DEFAULT);
    }

    /**
     * The changes from {@code recorded} to {@code desired}. Throws {@link dev.modelsync.problem.ModelSyncException}
     * when a drop and an add look like a rename without {@code renamedFrom}, unless
     * {@code options.allowDestructive()}; and when rename hints are ambiguous.
     */
    public static List<SchemaChange> diff(Schema recorded, Schema desired, DiffOptions options) {
        Differ d = new Differ(recorded, desired);
        d.run();
        if (!options.allowDestructive()) d.guard.throwIfAny();
        return d.ordered();
    }

    private void run() {
        diffEnums();
        List<Table> dropped = new ArrayList<>();
        List<Table> created = new ArrayList<>();
        for (Table v : view.tables()) {
            if (desired.table(v.name()).isEmpty()) dropped.add(v);
        }
        for (Table d : desired.tables()) {
            Optional<Table> v = view.table(d.name());
            if (v.isEmpty()) {
                created.add(d);
                createTable(d);
            } else {
                diffTable(v.get(), d);
            }
        }
        guard.tables(dropped, created);
        Set<String> droppedNames = new HashSet<>();
        dropped.forEach(t -> droppedNames.add(t.name()));
        for (Table v : view.tables()) {
            for (ForeignKey fk : v.foreignKeys()) {
                if (droppedNames.contains(fk.refTable())) fkDrops.put(key(v.name(), fk.name()), fk);
            }
        }
        for (Table t : dropped) tableDrops.add(new DropTable(recordedTable(t.name())));
        rebuildDependentForeignKeys();
    }

    // ---- enums ------------------------------------------------------------------------------

    private void diffEnums() {
        for (EnumType d : desired.enums()) {
            Optional<EnumType> v = view.enumType(d.name());
            if (v.isEmpty()) {
                enumsEarly.add(new CreateEnum(d));
            } else if (!v.get().values().equals(d.values())) {
                if (isSubsequence(v.get().values(), d.values())) {
                    enumsEarly.add(new AddEnumValues(v.get(), d));
                } else {
                    enumsEarly.add(new ReplaceEnumValues(v.get(), d, enumColumns(d.name())));
                }
            }
        }
        for (EnumType v : view.enums()) {
            if (desired.enumType(v.name()).isEmpty()) enumDrops.add(new DropEnum(v));
        }
    }

    /** Columns of the recorded schema (recorded names: the change runs before renames) using the enum. */
    private List<ColumnRef> enumColumns(String enumName) {
        List<ColumnRef> refs = new ArrayList<>();
        for (Table t : recorded.tables()) {
            for (Column c : t.columns()) {
                if (c.type().kind() == dev.modelsync.schema.ColumnType.Kind.ENUM && c.type().enumName().equals(enumName)) {
                    refs.add(new ColumnRef(t.name(), c.name()));
                }
            }
        }
        return refs;
    }

    private static boolean isSubsequence(List<String> sub, List<String> all) {
        int i = 0;
        for (String v : all) {
            if (i < sub.size() && sub.get(i).equals(v)) i++;
        }
        return i == sub.size();
    }

    // ---- tables -----------------------------------------------------------------------------

    private void createTable(Table d) {
        Table plain = SchemaChanges.withoutHints(d);
        tableCreates.add(new CreateTable(new Table(plain.name(), plain.columns(), plain.primaryKey(), List.of(),
                plain.uniques(), List.of(), plain.comment(), List.of(), plain.options())));
        sortedByName(d.indexes(), Index::name).forEach(i -> keyAdds.add(new AddIndex(d.name(), i)));
        d.foreignKeys().forEach(fk -> fkAdds.put(key(d.name(), fk.name()), fk));
    }

    private void diffTable(Table v, Table d) {
        String table = d.name();
        List<Column> added = new ArrayList<>();
        List<Column> dropped = new ArrayList<>();
        for (Column dc : d.columns()) {
            Optional<Column> vc = v.column(dc.name());
            if (vc.isEmpty()) {
                added.add(dc);
                columnAdds.add(new AddColumn(table, SchemaChanges.withoutHints(dc)));
            } else {
                diffColumn(table, vc.get(), dc);
            }
        }
        for (Column vc : v.columns()) {
            if (d.column(vc.name()).isEmpty()) {
                dropped.add(vc);
                columnDrops.add(new DropColumn(table, vc));
            }
        }
        guard.columns(table, dropped, added);
        if (!v.comment().equals(d.comment())) columnAlters.add(new AlterTableComment(table, d.comment()));
        v.options().changedTo(d.options()).ifPresent(to -> columnAlters.add(new SchemaChange.AlterTableOptions(table, v.options(), to)));

        diffPrimaryKey(v, d);
        diffNamed(table, v.uniques(), d.uniques(), UniqueConstraint::name,
                (a, b) -> a.columns().equals(b.columns()),
                u -> renames.anyColumnRenamed(table, u.columns()),
                u -> {
                    keyDrops.add(new DropUnique(table, u));
                    rebuiltKeys.add(keyOf(table, u.columns()));
                },
                u -> keyAdds.add(new AddUnique(table, u)));
        diffNamed(table, v.indexes(), d.indexes(), Index::name,
                (a, b) -> a.columns().equals(b.columns()) && a.unique() == b.unique() && a.where().equals(b.where())
                        && a.method().equals(b.method()) && a.type().equals(b.type()),
                i -> renames.anyColumnRenamed(table, i.columns().stream().map(Index.IndexColumn::name).toList()),
                i -> {
                    keyDrops.add(new DropIndex(table, i));
                    if (i.unique() && i.where().isEmpty()) {
                        rebuiltKeys.add(keyOf(table, i.columns().stream().map(Index.IndexColumn::name).toList()));
                    }
                },
                i -> keyAdds.add(new AddIndex(table, i)));
        diffNamed(table, v.foreignKeys(), d.foreignKeys(), ForeignKey::name,
                Differ::sameForeignKey,
                fk -> renames.anyColumnRenamed(table, fk.columns()) || renames.tableRenamed(fk.refTable())
                        || renames.anyColumnRenamed(fk.refTable(), fk.refColumns()),
                fk -> fkDrops.put(key(table, fk.name()), fk),
                fk -> fkAdds.put(key(table, fk.name()), fk));
    }

    private void diffColumn(String table, Column v, Column d) {
        if (!v.type().equals(d.type())) {
            columnAlters.add(new AlterColumnType(table, d.name(), v.type(), d.type()));
            retypedColumns.add(table + "\0" + d.name());
        }
        if (!v.defaultValue().equals(d.defaultValue()) && !sameJsonDefault(v, d)) {
            columnAlters.add(new AlterDefault(table, SchemaChanges.withoutHints(d), v.defaultValue(), d.defaultValue()));
        }
        if (v.nullable() != d.nullable()) {
            columnAlters.add(new AlterNullability(table, SchemaChanges.withoutHints(d), d.nullable()));
        }
        if (v.autoIncrement() != d.autoIncrement()) {
            columnAlters.add(new AlterAutoIncrement(table, SchemaChanges.withoutHints(d), d.autoIncrement()));
        }
        if (!v.comment().equals(d.comment())) columnAlters.add(new AlterColumnComment(table, d.name(), d.comment()));
    }

    /** JSON defaults compare by value: the database keeps a jsonb default in its own spacing and key order. */
    private static boolean sameJsonDefault(Column v, Column d) {
        boolean json = d.type().kind() == ColumnType.Kind.JSON || d.type().kind() == ColumnType.Kind.JSONB;
        return json && v.type().equals(d.type()) && v.defaultValue().isPresent() && d.defaultValue().isPresent()
                && v.defaultValue().get().kind() == DefaultValue.Kind.LITERAL && d.defaultValue().get().kind() == DefaultValue.Kind.LITERAL
                && DefaultValue.sameJson(v.defaultValue().get().value(), d.defaultValue().get().value());
    }

    private void diffPrimaryKey(Table v, Table d) {
        String table = d.name();
        Optional<PrimaryKey> vp = v.primaryKey();
        Optional<PrimaryKey> dp = d.primaryKey();
        if (vp.equals(dp)) return;
        if (vp.isPresent() && dp.isPresent() && vp.get().columns().equals(dp.get().columns())
                && (renames.tableRenamed(table) || renames.anyColumnRenamed(table, vp.get().columns()))) {
            keyRenames.add(new RenameIndex(table, vp.get().name(), dp.get().name()));
            return;
        }
        vp.ifPresent(p -> {
            keyDrops.add(new DropPrimaryKey(table, p));
            rebuiltKeys.add(keyOf(table, p.columns()));
        });
        dp.ifPresent(p -> keyAdds.add(new AddPrimaryKey(table, p)));
    }

    /**
     * Matches constraints by name. Unmatched ones with the same definition whose name changed
     * because their table or a column was renamed become {@link RenameIndex}; others are dropped
     * and added.
     */
    private <T> void diffNamed(String table, List<T> viewItems, List<T> desiredItems, Function<T, String> name,
                               BiPredicate<T, T> sameDefinition, java.util.function.Predicate<T> involvesRename,
                               java.util.function.Consumer<T> drop, java.util.function.Consumer<T> add) {
        Map<String, T> vs = byName(viewItems, name);
        Map<String, T> ds = byName(desiredItems, name);
        List<T> unmatchedView = new ArrayList<>();
        List<T> unmatchedDesired = new ArrayList<>();
        for (T vi : vs.values()) {
            T di = ds.get(name.apply(vi));
            if (di == null) {
                unmatchedView.add(vi);
            } else if (!sameDefinition.test(vi, di)) {
                drop.accept(vi);
                add.accept(di);
            }
        }
        for (T di : ds.values()) {
            if (!vs.containsKey(name.apply(di))) unmatchedDesired.add(di);
        }
        boolean tableRenamed = renames.tableRenamed(table);
        for (T vi : unmatchedView) {
            Optional<T> partner = unmatchedDesired.stream()
                    .filter(di -> sameDefinition.test(vi, di) && (tableRenamed || involvesRename.test(di)))
                    .findFirst();
            if (partner.isPresent()) {
                unmatchedDesired.remove(partner.get());
                keyRenames.add(new RenameIndex(table, name.apply(vi), name.apply(partner.get())));
            } else {
                drop.accept(vi);
            }
        }
        unmatchedDesired.forEach(add);
    }

    /**
     * Foreign keys that stay must still be dropped and added again when the key they reference is
     * dropped or rebuilt (the database refuses to drop it otherwise), or when a column they use
     * changes type.
     */
    private void rebuildDependentForeignKeys() {
        for (Table v : view.tables()) {
            Optional<Table> d = desired.table(v.name());
            for (ForeignKey fk : v.foreignKeys()) {
                if (fkDrops.containsKey(key(v.name(), fk.name()))) continue;
                boolean rebuild = rebuiltKeys.contains(keyOf(fk.refTable(), fk.refColumns()))
                        || fk.columns().stream().anyMatch(c -> retypedColumns.contains(v.name() + "\0" + c))
                        || fk.refColumns().stream().anyMatch(c -> retypedColumns.contains(fk.refTable() + "\0" + c));
                if (!rebuild) continue;
                fkDrops.put(key(v.name(), fk.name()), fk);
                keyRenames.removeIf(c -> c instanceof RenameIndex r && r.table().equals(v.name())
                        && r.from().equals(fk.name()));
                d.flatMap(t -> t.foreignKeys().stream().filter(f -> sameForeignKey(f, fk)).findFirst())
                        .ifPresent(kept -> fkAdds.put(key(v.name(), kept.name()), kept));
            }
        }
    }

    // ---- assembling -------------------------------------------------------------------------

    private List<SchemaChange> ordered() {
        List<SchemaChange> out = new ArrayList<>(enumsEarly);
        List<DropForeignKey> drops = new ArrayList<>();
        fkDrops.forEach((k, fk) -> {
            String viewTable = k.substring(0, k.indexOf('\0'));
            String table = renames.recordedTableName(viewTable).orElse(viewTable);
            ForeignKey original = recorded.table(table).flatMap(t -> t.foreignKeys().stream()
                    .filter(f -> f.name().equals(fk.name())).findFirst()).orElse(fk);
            drops.add(new DropForeignKey(table, original));
        });
        drops.sort(Comparator.comparing(DropForeignKey::table).thenComparing(d -> d.foreignKey().name()));
        out.addAll(drops);
        out.addAll(renames.changes());
        out.addAll(sortedByTable(keyDrops));
        out.addAll(columnDrops);
        out.addAll(tableDrops);
        out.addAll(sortedByTable(keyRenames));
        out.addAll(tableCreates);
        out.addAll(columnAdds);
        out.addAll(columnAlters);
        out.addAll(sortedByTable(keyAdds));
        fkAdds.forEach((k, fk) -> out.add(new AddForeignKey(k.substring(0, k.indexOf('\0')), fk)));
        out.addAll(enumDrops);
        return List.copyOf(out);
    }

    /** Stable sort by table; within a table the insertion order (primary key, uniques, indexes by name) stays. */
    private static List<SchemaChange> sortedByTable(List<SchemaChange> changes) {
        return changes.stream().sorted(Comparator.comparing(SchemaChange::subject)
                .thenComparing(Differ::kindRank).thenComparing(Differ::objectName)).toList();
    }

    private static int kindRank(SchemaChange c) {
        if (c instanceof DropForeignKey || c instanceof AddPrimaryKey) return 0;
        if (c instanceof DropIndex || c instanceof AddUnique) return 1;
        if (c instanceof DropUnique || c instanceof AddIndex) return 2;
        if (c instanceof DropPrimaryKey) return 3;
        return 4;
    }

    private static String objectName(SchemaChange c) {
        if (c instanceof AddUnique u) return u.unique().name();
        if (c instanceof AddIndex i) return i.index().name();
        if (c instanceof DropUnique u) return u.unique().name();
        if (c instanceof DropIndex i) return i.index().name();
        if (c instanceof RenameIndex r) return r.from();
        if (c instanceof AddPrimaryKey p) return p.primaryKey().name();
        if (c instanceof DropPrimaryKey p) return p.primaryKey().name();
        return "";
    }

    private Table recordedTable(String viewName) {
        String name = renames.recordedTableName(viewName).orElse(viewName);
        return recorded.table(name).orElseThrow();
    }

    private static boolean sameForeignKey(ForeignKey a, ForeignKey b) {
        return a.columns().equals(b.columns()) && a.refTable().equals(b.refTable())
                && a.refColumns().equals(b.refColumns()) && a.onDelete() == b.onDelete() && a.onUpdate() == b.onUpdate()
                && a.deferrable() == b.deferrable() && a.initiallyDeferred() == b.initiallyDeferred();
    }

    private static String key(String table, String name) {
        return table + "\0" + name;
    }

    private static String keyOf(String table, List<String> columns) {
        return table + "\0" + columns.stream().sorted().toList();
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> m = new LinkedHashMap<>();
        sortedByName(items, name).forEach(i -> m.put(name.apply(i), i));
        return m;
    }

    private static <T> List<T> sortedByName(List<T> items, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }
}
