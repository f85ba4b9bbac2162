package dev.modelsync.diff;

import dev.modelsync.problem.ModelSyncException;
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
import dev.modelsync.diff.SchemaChange.CreateEnum;
import dev.modelsync.diff.SchemaChange.CreateTable;
import dev.modelsync.diff.SchemaChange.DropColumn;
import dev.modelsync.diff.SchemaChange.DropEnum;
import dev.modelsync.diff.SchemaChange.DropForeignKey;
import dev.modelsync.diff.SchemaChange.DropIndex;
import dev.modelsync.diff.SchemaChange.DropPrimaryKey;
import dev.modelsync.diff.SchemaChange.DropTable;
import dev.modelsync.diff.SchemaChange.DropUnique;
import dev.modelsync.diff.SchemaChange.RenameColumn;
import dev.modelsync.diff.SchemaChange.RenameIndex;
import dev.modelsync.diff.SchemaChange.RenameTable;
import dev.modelsync.diff.SchemaChange.ReplaceEnumValues;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Applies changes to a schema in memory, the way the database would: the differ's own check
 * (applying a diff to the recorded schema yields the desired one) and the changelog replay use it.
 *
 * <p>What follows the database rather than the change itself:
 * <ul>
 * <li>{@link RenameTable} and {@link RenameColumn} update the foreign keys of every table that
 *     reference the renamed table or column (PostgreSQL and H2 follow renames), and the renamed
 *     table's own primary key, unique, index and foreign key column lists. Constraint names do not change.</li>
 * <li>{@link DropTable} also removes the foreign keys of other tables that pointed at it
 *     (as {@code DROP TABLE ... CASCADE}; the differ drops them explicitly first).</li>
 * <li>{@link DropColumn} removes the primary key, uniques, indexes and foreign keys that use the
 *     column, and foreign keys of other tables that reference it (PostgreSQL's behaviour).</li>
 * <li>{@link AddPrimaryKey} makes its columns NOT NULL.</li>
 * <li>{@link RenameIndex} renames whatever the table holds under that name: primary key,
 *     unique constraint, foreign key or index.</li>
 * </ul>
 * Tables and columns added by {@link CreateTable} and {@link AddColumn} enter without rename hints
 * ({@code renamedFrom}); columns are appended, as the database does. A change that does not fit the
 * schema (a missing table or column, a name already taken) throws a {@link ModelSyncException}
 * naming the change.
 */
public final class SchemaChanges {
    private SchemaChanges() {
    }

    /**
     * The schema after the changes. Copies the whole schema: to apply many changes one by one,
     * keep one {@link State} instead of calling this per change.
     */
    public static Schema apply(Schema schema, List<SchemaChange> changes) {
        State state = new State(schema);
        state.apply(changes);
        return state.toSchema();
    }

    public static Schema apply(Schema s, SchemaChange change) {
        return apply(s, List.of(change));
    }

    /** Removes every rename hint from tables and columns: the form a recorded schema has. */
    public static Schema withoutHints(Schema s) {
        return new Schema(s.tables().stream().map(SchemaChanges::withoutHints).toList(), s.enums());
    }

    static Table withoutHints(Table t) {
        return new Table(t.name(), t.columns().stream().map(SchemaChanges::withoutHints).toList(), t.primaryKey(),
                t.foreignKeys(), t.uniques(), t.indexes(), t.comment(), List.of(), t.options());
    }

    static Column withoutHints(Column c) {
        return c.renamedFrom().isEmpty() ? c
                : new Column(c.name(), c.type(), c.nullable(), c.defaultValue(), c.autoIncrement(), c.comment(),
                List.of());
    }

    /**
     * A working schema, changed in place step by step: one is kept for a whole replay or plan, so
     * applying thousands of changes over thousands of tables costs time in proportion to the
     * changes (tables are looked up by name in a map; nothing is copied or re-sorted per change).
     * {@link #toSchema()} gives the sorted {@link Schema} at the end.
     *
     * <p>Every {@link #apply} is atomic: a change that does not fit throws a
     * {@link ModelSyncException} and leaves the state as it was, so a replay can record the change
     * as not interpreted and go on. Not thread-safe.
     */
    public static final class State {
        private final Map<String, Table> tables = new TreeMap<>();
        private final Map<String, EnumType> enums = new TreeMap<>();
        private final Applier applier = new Applier(this);
        /** Undo log of the open {@link #begin()}s: each entry restores one key's earlier value. */
        private final List<Runnable> undo = new ArrayList<>();
        private int open;

        public State(Schema schema) {
            schema.tables().forEach(t -> tables.put(t.name(), t));
            schema.enums().forEach(e -> enums.put(e.name(), e));
        }

        public Optional<Table> table(String name) {
            return Optional.ofNullable(tables.get(name));
        }

        public Optional<EnumType> enumType(String name) {
            return Optional.ofNullable(enums.get(name));
        }

        /** The tables, sorted by name; a live view, not to be held across changes. */
        public Collection<Table> tables() {
            return java.util.Collections.unmodifiableCollection(tables.values());
        }

        /** The first table (by name) with an index of that name; a scan, for the rare changes that name no table. */
        public Optional<Table> tableWithIndex(String index) {
            return tables.values().stream().filter(t -> t.indexes().stream().anyMatch(i -> i.name().equals(index))).findFirst();
        }

        /** The first table (by name) with a constraint or index of that name. */
        public Optional<Table> tableWithObject(String name) {
            return tables.values().stream().filter(t -> objectKind(t, name).isPresent()).findFirst();
        }

        public Schema toSchema() {
            return new Schema(List.copyOf(tables.values()), List.copyOf(enums.values()));
        }

        /** Applies one change; when it throws, the state is unchanged. */
        public void apply(SchemaChange change) {
            apply(List.of(change));
        }

        /** Applies the changes in order, all or none: when one throws, the state is as before the first. */
        public void apply(List<SchemaChange> changes) {
            int mark = begin();
            try {
                for (SchemaChange c : changes) {
                    try {
                        c.accept(applier);
                    } catch (IllegalStateException e) {
                        throw new ModelSyncException("Cannot apply \"" + ChangeDescriber.describe(c) + "\": "
                                + e.getMessage());
                    }
                }
            } catch (RuntimeException e) {
                rollback(mark);
                throw e;
            }
            commit(mark);
        }

        /**
         * Runs {@code work} against this state and then undoes whatever it applied: lets a reader
         * look ahead (statements that depend on earlier ones) without changing the state.
         */
        public <T> T tentatively(java.util.function.Function<State, T> work) {
            int mark = begin();
            try {
                return work.apply(this);
            } finally {
                rollback(mark);
            }
        }

        private int begin() {
            open++;
            return undo.size();
        }

        private void commit(int mark) {
            open--;
            if (open == 0) undo.clear();
        }

        private void rollback(int mark) {
            for (int i = undo.size() - 1; i >= mark; i--) undo.remove(i).run();
            open--;
        }

        private Collection<Table> all() {
            return List.copyOf(tables.values());
        }

        private void put(Table t) {
            remember(tables, t.name());
            tables.put(t.name(), t);
        }

        private void removeTable(String name) {
            remember(tables, name);
            tables.remove(name);
        }

        private void putEnum(EnumType e) {
            remember(enums, e.name());
            enums.put(e.name(), e);
        }

        private void removeEnum(String name) {
            remember(enums, name);
            enums.remove(name);
        }

        private <V> void remember(Map<String, V> map, String key) {
            if (open == 0) return;
            V before = map.get(key);
            undo.add(before == null ? () -> map.remove(key) : () -> map.put(key, before));
        }
    }

    /** Applies one change to the state, as the database would; a change that does not fit throws ({@link #fail}). */
    private static final class Applier implements SchemaChange.Visitor<Void> {
        private final State s;

        Applier(State s) {
            this.s = s;
        }

        @Override
        public Void visit(CreateEnum c) {
            if (s.enumType(c.type().name()).isPresent()) throw fail("enum type " + c.type().name() + " already exists");
            s.putEnum(c.type());
            return null;
        }

        @Override
        public Void visit(AddEnumValues c) {
            replaceEnum(s, c.before().name(), c.after());
            return null;
        }

        @Override
        public Void visit(ReplaceEnumValues c) {
            replaceEnum(s, c.before().name(), c.after());
            return null;
        }

        @Override
        public Void visit(DropEnum c) {
            requireEnum(s, c.type().name());
            s.removeEnum(c.type().name());
            return null;
        }

        @Override
        public Void visit(SchemaChange.MoveEnum c) {
            String from = c.type().name();
            requireEnum(s, from);
            EnumType moved = new EnumType(c.to(), s.enumType(from).orElseThrow().values());
            if (s.enumType(c.to()).isPresent()) throw fail("enum type " + c.to() + " already exists");
            s.removeEnum(from);
            s.putEnum(moved);
            for (Table t : s.all()) {
                if (t.columns().stream().noneMatch(col -> col.type().kind() == dev.modelsync.schema.ColumnType.Kind.ENUM
                        && col.type().enumName().equals(from))) continue;
                s.put(withColumns(t, t.columns().stream().map(col -> col.type().kind() == dev.modelsync.schema.ColumnType.Kind.ENUM
                        && col.type().enumName().equals(from) ? new Column(col.name(),
                        dev.modelsync.schema.ColumnType.enumOf(c.to()),
                        col.nullable(), col.defaultValue(), col.autoIncrement(), col.comment(), col.renamedFrom()) : col)
                        .toList()));
            }
            return null;
        }

        @Override
        public Void visit(CreateTable c) {
            if (s.table(c.table().name()).isPresent()) throw fail("table " + c.table().name() + " already exists");
            s.put(withoutHints(c.table()));
            return null;
        }

        @Override
        public Void visit(DropTable c) {
            requireTable(s, c.table().name());
            String name = c.table().name();
            s.removeTable(name);
            for (Table t : s.all()) {
                if (t.foreignKeys().stream().anyMatch(fk -> fk.refTable().equals(name))) {
                    s.put(withForeignKeys(t, t.foreignKeys().stream().filter(fk -> !fk.refTable().equals(name)).toList()));
                }
            }
            return null;
        }

        @Override
        public Void visit(RenameTable c) {
            renameTable(s, c.from(), c.to());
            return null;
        }

        @Override
        public Void visit(AddColumn c) {
            updateTable(s, c.table(), t -> {
                if (t.column(c.column().name()).isPresent()) throw fail("column " + c.table() + "." + c.column().name() + " already exists");
                return withColumns(t, plus(t.columns(), withoutHints(c.column())));
            });
            return null;
        }

        @Override
        public Void visit(DropColumn c) {
            dropColumn(s, c.table(), c.column().name());
            return null;
        }

        @Override
        public Void visit(RenameColumn c) {
            renameColumn(s, c.table(), c.from(), c.to());
            return null;
        }

        @Override
        public Void visit(AlterColumnType c) {
            updateColumn(s, c.table(), c.column(), col -> new Column(col.name(), c.to(), col.nullable(),
                    col.defaultValue(), col.autoIncrement(), col.comment(), col.renamedFrom()));
            return null;
        }

        @Override
        public Void visit(AlterNullability c) {
            updateColumn(s, c.table(), c.column().name(), col -> new Column(col.name(), col.type(), c.nullable(),
                    col.defaultValue(), col.autoIncrement(), col.comment(), col.renamedFrom()));
            return null;
        }

        @Override
        public Void visit(AlterDefault c) {
            updateColumn(s, c.table(), c.column().name(), col -> new Column(col.name(), col.type(), col.nullable(),
                    c.to(), col.autoIncrement(), col.comment(), col.renamedFrom()));
            return null;
        }

        @Override
        public Void visit(AlterAutoIncrement c) {
            updateColumn(s, c.table(), c.column().name(), col -> new Column(col.name(), col.type(), col.nullable(),
                    col.defaultValue(), c.autoIncrement(), col.comment(), col.renamedFrom()));
            return null;
        }

        @Override
        public Void visit(AddPrimaryKey c) {
            updateTable(s, c.table(), t -> {
                if (t.primaryKey().isPresent()) throw fail("table " + t.name() + " already has primary key " + t.primaryKey().get().name());
                requireUnusedName(t, c.primaryKey().name());
                requireColumns(t, c.primaryKey().columns());
                List<Column> cols = t.columns().stream().map(col -> c.primaryKey().columns().contains(col.name()) && col.nullable()
                        ? new Column(col.name(), col.type(), false, col.defaultValue(), col.autoIncrement(), col.comment(), col.renamedFrom())
                        : col).toList();
                return new Table(t.name(), cols, Optional.of(c.primaryKey()), t.foreignKeys(), t.uniques(), t.indexes(),
                        t.comment(), t.renamedFrom(), t.options());
            });
            return null;
        }

        @Override
        public Void visit(DropPrimaryKey c) {
            updateTable(s, c.table(), t -> {
                if (t.primaryKey().isEmpty()) throw fail("table " + t.name() + " has no primary key");
                return withPrimaryKey(t, Optional.empty());
            });
            return null;
        }

        @Override
        public Void visit(AddForeignKey c) {
            updateTable(s, c.table(), t -> {
                requireUnusedName(t, c.foreignKey().name());
                requireColumns(t, c.foreignKey().columns());
                return withForeignKeys(t, plus(t.foreignKeys(), c.foreignKey()));
            });
            return null;
        }

        @Override
        public Void visit(DropForeignKey c) {
            updateTable(s, c.table(), t -> {
                String n = c.foreignKey().name();
                if (t.foreignKeys().stream().noneMatch(fk -> fk.name().equals(n))) throw fail("table " + t.name() + " has no foreign key " + n);
                return withForeignKeys(t, t.foreignKeys().stream().filter(fk -> !fk.name().equals(n)).toList());
            });
            return null;
        }

        @Override
        public Void visit(AddUnique c) {
            updateTable(s, c.table(), t -> {
                requireUnusedName(t, c.unique().name());
                requireColumns(t, c.unique().columns());
                return withUniques(t, plus(t.uniques(), c.unique()));
            });
            return null;
        }

        @Override
        public Void visit(DropUnique c) {
            updateTable(s, c.table(), t -> {
                String n = c.unique().name();
                if (t.uniques().stream().noneMatch(u -> u.name().equals(n))) throw fail("table " + t.name() + " has no unique constraint " + n);
                return withUniques(t, t.uniques().stream().filter(u -> !u.name().equals(n)).toList());
            });
            return null;
        }

        @Override
        public Void visit(AddIndex c) {
            updateTable(s, c.table(), t -> {
                requireUnusedName(t, c.index().name());
                requireColumns(t, c.index().columns().stream().map(Index.IndexColumn::name).toList());
                return withIndexes(t, plus(t.indexes(), c.index()));
            });
            return null;
        }

        @Override
        public Void visit(DropIndex c) {
            updateTable(s, c.table(), t -> {
                String n = c.index().name();
                if (t.indexes().stream().noneMatch(i -> i.name().equals(n))) throw fail("table " + t.name() + " has no index " + n);
                return withIndexes(t, t.indexes().stream().filter(i -> !i.name().equals(n)).toList());
            });
            return null;
        }

        @Override
        public Void visit(RenameIndex c) {
            updateTable(s, c.table(), t -> renameObject(t, c.from(), c.to()));
            return null;
        }

        @Override
        public Void visit(AlterTableComment c) {
            updateTable(s, c.table(), t -> new Table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys(),
                    t.uniques(), t.indexes(), c.comment(), t.renamedFrom(), t.options()));
            return null;
        }

        @Override
        public Void visit(SchemaChange.AlterTableOptions c) {
            updateTable(s, c.table(), t -> t.withOptions(c.to()));
            return null;
        }

        @Override
        public Void visit(AlterColumnComment c) {
            updateTable(s, c.table(), t -> {
                Column col = t.column(c.column()).orElseThrow(() -> fail("table " + t.name() + " has no column " + c.column()));
                Column after = new Column(col.name(), col.type(), col.nullable(), col.defaultValue(), col.autoIncrement(),
                        c.comment(), col.renamedFrom());
                return new Table(t.name(), t.columns().stream().map(x -> x == col ? after : x).toList(), t.primaryKey(),
                        t.foreignKeys(), t.uniques(), t.indexes(), t.comment(), t.renamedFrom(), t.options());
            });
            return null;
        }
    }

    // ---- renames ----------------------------------------------------------------------------

    private static void renameTable(State s, String from, String to) {
        Table old = requireTable(s, from);
        if (s.table(to).isPresent()) throw fail("table " + to + " already exists");
        s.removeTable(from);
        s.put(new Table(to, old.columns(), old.primaryKey(), old.foreignKeys(), old.uniques(), old.indexes(), old.comment(),
                old.renamedFrom(), old.options()));
        for (Table t : s.all()) {
            if (t.foreignKeys().stream().noneMatch(fk -> fk.refTable().equals(from))) continue;
            s.put(withForeignKeys(t, t.foreignKeys().stream().map(fk -> fk.refTable().equals(from)
                    ? fk.with(fk.name(), fk.columns(), to, fk.refColumns())
                    : fk).toList()));
        }
    }

    private static void renameColumn(State s, String table, String from, String to) {
        Table t0 = requireTable(s, table);
        if (t0.column(from).isEmpty()) throw fail("table " + table + " has no column " + from);
        if (t0.column(to).isPresent()) throw fail("column " + table + "." + to + " already exists");
        UnaryOperator<String> ren = n -> n.equals(from) ? to : n;
        for (Table t : s.all()) {
            boolean self = t.name().equals(table);
            if (!self && t.foreignKeys().stream().noneMatch(fk -> fk.refTable().equals(table))) continue;
            List<ForeignKey> fks = t.foreignKeys().stream().map(fk -> fk.with(fk.name(),
                    self ? map(fk.columns(), ren) : fk.columns(), fk.refTable(),
                    fk.refTable().equals(table) ? map(fk.refColumns(), ren) : fk.refColumns())).toList();
            if (!self) {
                s.put(withForeignKeys(t, fks));
                continue;
            }
            List<Column> cols = t.columns().stream().map(c -> c.name().equals(from)
                    ? new Column(to, c.type(), c.nullable(), c.defaultValue(), c.autoIncrement(), c.comment(), c.renamedFrom())
                    : c).toList();
            Optional<PrimaryKey> pk = t.primaryKey().map(p -> new PrimaryKey(p.name(), map(p.columns(), ren)));
            List<UniqueConstraint> uqs = t.uniques().stream()
                    .map(u -> new UniqueConstraint(u.name(), map(u.columns(), ren))).toList();
            List<Index> idx = t.indexes().stream().map(i -> i.with(i.name(), i.columns().stream()
                    .map(ic -> ic.renamed(ren.apply(ic.name()))).toList()))
                    .toList();
            s.put(new Table(t.name(), cols, pk, fks, uqs, idx, t.comment(), t.renamedFrom(), t.options()));
        }
    }

    private static Table renameObject(Table t, String from, String to) {
        if (from.equals(to)) return t;
        requireUnusedName(t, to);
        if (t.primaryKey().filter(p -> p.name().equals(from)).isPresent()) {
            return withPrimaryKey(t, Optional.of(new PrimaryKey(to, t.primaryKey().get().columns())));
        }
        if (t.uniques().stream().anyMatch(u -> u.name().equals(from))) {
            return withUniques(t, t.uniques().stream()
                    .map(u -> u.name().equals(from) ? new UniqueConstraint(to, u.columns()) : u).toList());
        }
        if (t.foreignKeys().stream().anyMatch(fk -> fk.name().equals(from))) {
            return withForeignKeys(t, t.foreignKeys().stream().map(fk -> fk.name().equals(from)
                    ? fk.with(to, fk.columns(), fk.refTable(), fk.refColumns())
                    : fk).toList());
        }
        if (t.indexes().stream().anyMatch(i -> i.name().equals(from))) {
            return withIndexes(t, t.indexes().stream()
                    .map(i -> i.name().equals(from) ? i.with(to, i.columns()) : i).toList());
        }
        throw fail("table " + t.name() + " has no constraint or index named " + from);
    }

    /** What a name denotes in a table: lets a writer choose between renaming a constraint and an index. */
    public enum ObjectKind { PRIMARY_KEY, UNIQUE, FOREIGN_KEY, INDEX }

    /** The kind of the constraint or index {@code name} of {@code table}, if there is one. */
    public static Optional<ObjectKind> objectKind(Table table, String name) {
        if (table.primaryKey().filter(p -> p.name().equals(name)).isPresent()) return Optional.of(ObjectKind.PRIMARY_KEY);
        if (table.uniques().stream().anyMatch(u -> u.name().equals(name))) return Optional.of(ObjectKind.UNIQUE);
        if (table.foreignKeys().stream().anyMatch(f -> f.name().equals(name))) return Optional.of(ObjectKind.FOREIGN_KEY);
        if (table.indexes().stream().anyMatch(i -> i.name().equals(name))) return Optional.of(ObjectKind.INDEX);
        return Optional.empty();
    }

    // ---- drops ------------------------------------------------------------------------------

    private static void dropColumn(State s, String table, String column) {
        Table t0 = requireTable(s, table);
        if (t0.column(column).isEmpty()) throw fail("table " + table + " has no column " + column);
        for (Table t : s.all()) {
            List<ForeignKey> fks = t.foreignKeys().stream()
                    .filter(fk -> !(fk.refTable().equals(table) && fk.refColumns().contains(column)))
                    .filter(fk -> !(t.name().equals(table) && fk.columns().contains(column)))
                    .toList();
            if (!t.name().equals(table)) {
                if (fks.size() != t.foreignKeys().size()) s.put(withForeignKeys(t, fks));
                continue;
            }
            s.put(new Table(t.name(),
                    t.columns().stream().filter(c -> !c.name().equals(column)).toList(),
                    t.primaryKey().filter(p -> !p.columns().contains(column)),
                    fks,
                    t.uniques().stream().filter(u -> !u.columns().contains(column)).toList(),
                    t.indexes().stream().filter(i -> i.columns().stream().noneMatch(ic -> ic.name().equals(column))).toList(),
                    t.comment(), t.renamedFrom(), t.options()));
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static void replaceEnum(State s, String name, EnumType after) {
        requireEnum(s, name);
        if (!after.name().equals(name)) throw fail("enum type " + name + " cannot become " + after.name());
        s.putEnum(after);
    }

    private static void updateTable(State s, String name, UnaryOperator<Table> f) {
        Table t = requireTable(s, name);
        Table changed = f.apply(t);
        if (!changed.name().equals(name)) throw new IllegalArgumentException("table renamed by update");
        s.put(changed);
    }

    private static void updateColumn(State s, String table, String column, UnaryOperator<Column> f) {
        updateTable(s, table, t -> {
            if (t.column(column).isEmpty()) throw fail("table " + table + " has no column " + column);
            return withColumns(t, t.columns().stream().map(c -> c.name().equals(column) ? f.apply(c) : c).toList());
        });
    }

    private static Table requireTable(State s, String name) {
        return s.table(name).orElseThrow(() -> fail("there is no table " + name));
    }

    private static void requireEnum(State s, String name) {
        if (s.enumType(name).isEmpty()) throw fail("there is no enum type " + name);
    }

    private static void requireColumns(Table t, List<String> columns) {
        for (String c : columns) {
            if (t.column(c).isEmpty()) throw fail("table " + t.name() + " has no column " + c);
        }
    }

    private static void requireUnusedName(Table t, String name) {
        objectKind(t, name).ifPresent(k -> {
            throw fail("table " + t.name() + " already has a constraint or index named " + name);
        });
    }

    private static IllegalStateException fail(String message) {
        return new IllegalStateException(message);
    }

    private static List<String> map(List<String> names, UnaryOperator<String> f) {
        return names.stream().map(f).toList();
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    static Table withColumns(Table t, List<Column> columns) {
        return new Table(t.name(), columns, t.primaryKey(), t.foreignKeys(), t.uniques(), t.indexes(), t.comment(),
                t.renamedFrom(), t.options());
    }

    static Table withPrimaryKey(Table t, Optional<PrimaryKey> pk) {
        return new Table(t.name(), t.columns(), pk, t.foreignKeys(), t.uniques(), t.indexes(), t.comment(), t.renamedFrom(),
                t.options());
    }

    static Table withForeignKeys(Table t, List<ForeignKey> fks) {
        return new Table(t.name(), t.columns(), t.primaryKey(), fks, t.uniques(), t.indexes(), t.comment(),
                t.renamedFrom(), t.options());
    }

    static Table withUniques(Table t, List<UniqueConstraint> uniques) {
        return new Table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys(), uniques, t.indexes(), t.comment(),
                t.renamedFrom(), t.options());
    }

    static Table withIndexes(Table t, List<Index> indexes) {
        return new Table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys(), t.uniques(), indexes, t.comment(),
                t.renamedFrom(), t.options());
    }
}
