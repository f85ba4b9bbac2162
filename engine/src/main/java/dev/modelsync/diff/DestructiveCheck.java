package dev.modelsync.diff;

import dev.modelsync.diff.SchemaChange.AddColumn;
import dev.modelsync.diff.SchemaChange.AddEnumValues;
import dev.modelsync.diff.SchemaChange.AddForeignKey;
import dev.modelsync.diff.SchemaChange.AddIndex;
import dev.modelsync.diff.SchemaChange.AddPrimaryKey;
import dev.modelsync.diff.SchemaChange.AddUnique;
import dev.modelsync.diff.SchemaChange.AlterAutoIncrement;
import dev.modelsync.diff.SchemaChange.AlterColumnType;
import dev.modelsync.diff.SchemaChange.AlterColumnComment;
import dev.modelsync.diff.SchemaChange.AlterDefault;
import dev.modelsync.diff.SchemaChange.AlterNullability;
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
import dev.modelsync.diff.SchemaChange.RenameColumn;
import dev.modelsync.diff.SchemaChange.RenameIndex;
import dev.modelsync.diff.SchemaChange.RenameTable;
import dev.modelsync.diff.SchemaChange.ReplaceEnumValues;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Classifies changes as safe or destructive (docs/migrations.md): dropping a table (a junction table is named
 * as such), dropping a column, narrowing a type or changing it across families, NOT NULL without a
 * default on a table that may hold rows, and removing enum values. Everything else is safe.
 *
 * <p>Each change is judged against the schema as it is just before it runs (the changes are
 * replayed in memory from {@code recorded}), so a column dropped after its table was renamed is
 * still found, and its rows are counted under the recorded table name.
 */
public final class DestructiveCheck {
    private DestructiveCheck() {
    }

    public static final String HOW_TO_ALLOW =
            "To apply them anyway, allow destructive changes " + dev.modelsync.problem.Words.option("allowDestructive", "true") + ".";

    /** The hazards of {@code changes}, in change order; empty when every change is safe. */
    public static List<DataLoss> findings(List<SchemaChange> changes, Schema recorded) {
        List<DataLoss> out = new ArrayList<>();
        Classifier classifier = new Classifier(recorded);
        for (SchemaChange c : changes) {
            out.addAll(c.accept(classifier));
            classifier.state.apply(c);
        }
        return List.copyOf(out);
    }

    /** Whether one change, run against {@code before}, may lose data. */
    public static boolean isDestructive(SchemaChange change, Schema before) {
        return !findings(List.of(change), before).isEmpty();
    }

    /**
     * The hazards that block a run: those that hold whatever the data, plus the row-dependent
     * ones whose table has rows according to {@code rowCount} (table name as in the recorded schema).
     */
    public static List<DataLoss> blocking(List<DataLoss> hazards, ToLongFunction<String> rowCount) {
        return hazards.stream()
                .filter(h -> !h.onlyWhenRows() || h.table().isEmpty() || rowCount.applyAsLong(h.countKey()) > 0)
                .toList();
    }

    /**
     * The refusal message: one line per hazard, with "(N rows at stake)" when {@code rowCount} is
     * given, ending with how to allow them.
     */
    public static String refusal(List<DataLoss> hazards, Optional<ToLongFunction<String>> rowCount) {
        StringBuilder b = new StringBuilder("Refusing ").append(hazards.size())
                .append(hazards.size() == 1 ? " destructive change" : " destructive changes")
                .append(" (allowDestructive is off):\n");
        for (String line : describe(hazards, rowCount)) b.append("  - ").append(line).append('\n');
        return b.append(HOW_TO_ALLOW).toString();
    }

    /**
     * One line per hazard: the change, what it loses and, when {@code rowCount} is given, the rows at
     * stake ({@code drop column Users.bio TEXT (its values are lost) (2 rows at stake)}).
     */
    public static List<String> describe(List<DataLoss> hazards, Optional<ToLongFunction<String>> rowCount) {
        List<String> out = new ArrayList<>();
        Map<String, Long> counted = new HashMap<>();
        for (DataLoss h : hazards) {
            OptionalLong n = rowCount.isPresent() && !h.table().isEmpty()
                    ? OptionalLong.of(counted.computeIfAbsent(h.countKey(), rowCount.get()::applyAsLong)) : OptionalLong.empty();
            StringBuilder b = new StringBuilder(h.fill().map(f -> fillMessage(f, n)).orElse(h.message()));
            if (h.onlyWhenRows() && rowCount.isEmpty()) b.append(" [destructive when ").append(h.table()).append(" has rows]");
            n.ifPresent(rows -> b.append(" (").append(rows).append(rows == 1 ? " row" : " rows").append(" at stake)"));
            out.add(b.toString());
        }
        return out;
    }

    /**
     * The warning logged when a NOT NULL column without a default is allowed and existing rows get the
     * type's zero value, e.g. {@code Users.age: 3 existing rows get 0 (allowDestructive); give the
     * attribute a defaultValue to choose the value}. {@code rows}: the rows at stake when known (the table's rows;
     * for an existing column made NOT NULL, those holding NULL);
     * empty (nothing to say) when it is known to be 0 or the hazard fills nothing.
     */
    public static Optional<String> fillWarning(DataLoss h, OptionalLong rows) {
        if (h.fill().isEmpty() || (rows.isPresent() && rows.getAsLong() == 0)) return Optional.empty();
        DataLoss.Fill f = h.fill().get();
        String who;
        if (f.nullsOnly()) {
            who = rows.isPresent() ? (rows.getAsLong() == 1 ? "the 1 row holding NULL gets"
                    : "the " + rows.getAsLong() + " rows holding NULL get") : "rows holding NULL get";
        } else if (rows.isPresent()) {
            who = rows.getAsLong() + " existing " + (rows.getAsLong() == 1 ? "row gets" : "rows get");
        } else {
            who = "existing rows get";
        }
        return Optional.of(f.qualified() + ": " + who + " " + f.value().shown()
                + " (allowDestructive); give the attribute a defaultValue to choose the value");
    }

    /**
     * Why the zero value cannot do for a new NOT NULL column on a table with {@code rows} rows, so
     * that allowDestructive must not let it through either (the changeset would fail): the column is
     * part of a foreign key in {@code desired} (no referenced row holds the zero value), or alone
     * forms a primary key, unique constraint or unique index and two or more rows would share it.
     * Empty when the fill works, or when the hazard is not a fill of a new column. {@code rows}
     * unknown (no database): the reason it would fail on a filled table.
     */
    public static Optional<String> unfillable(DataLoss h, Schema desired, OptionalLong rows) {
        if (h.fill().isEmpty() || h.fill().get().nullsOnly() || rows.orElse(2) == 0) return Optional.empty();
        DataLoss.Fill f = h.fill().get();
        Optional<Table> t = desired.table(f.table());
        if (t.isEmpty()) return Optional.empty();
        String who = rows.isPresent() ? "the " + rowsText(rows.getAsLong()).replace(" row", " existing row") : "existing rows";
        String stake = f.qualified() + ": " + who + " cannot get " + f.value().shown() + ": ";
        String way = ". Give the attribute a defaultValue that fits, or add it with allowNull: true, fill it, and make it"
                + " NOT NULL in a later generation.";
        for (ForeignKey fk : t.get().foreignKeys()) {
            if (fk.columns().contains(f.column())) {
                return Optional.of(stake + "it references " + fk.refTable() + "(" + String.join(", ", fk.refColumns())
                        + ") (foreign key " + fk.name() + ")" + way);
            }
        }
        if (rows.orElse(2) < 2) return Optional.empty();
        return uniqueAlone(t.get(), f.column()).map(k -> stake + "it must be unique (" + k + ")" + way);
    }

    /** The primary key, unique constraint or unique index (without a where) that {@code column} alone forms in {@code t}. */
    private static Optional<String> uniqueAlone(Table t, String column) {
        List<String> alone = List.of(column);
        Optional<String> key = t.primaryKey().filter(p -> p.columns().equals(alone)).map(p -> "primary key " + p.name());
        if (key.isEmpty()) {
            key = t.uniques().stream().filter(u -> u.columns().equals(alone)).findFirst()
                    .map(u -> "unique constraint " + u.name());
        }
        if (key.isEmpty()) {
            key = t.indexes().stream().filter(i -> i.unique() && i.where().isEmpty()
                            && i.columns().stream().map(c -> c.name()).toList().equals(alone)).findFirst()
                    .map(i -> "unique index " + i.name());
        }
        return key;
    }

    /**
     * A new column of an existing table whose default every existing row gets alike (a literal, or
     * {@code NOW}: one value per statement), although the column alone must be unique: on a table of
     * two rows or more the changeset fails. {@code table} as recorded (its rows are the ones at stake).
     */
    public record SharedDefault(String table, String message) {
    }

    /** The {@link SharedDefault}s of {@code changes}; a table renamed in the same changes is not looked at. */
    public static List<SharedDefault> sharedDefaults(List<SchemaChange> changes, Schema recorded, Schema desired) {
        List<SharedDefault> out = new ArrayList<>();
        for (SchemaChange c : changes) {
            if (!(c instanceof AddColumn a) || recorded.table(a.table()).isEmpty() || a.column().autoIncrement()) continue;
            Optional<DefaultValue> def = a.column().defaultValue()
                    .filter(d -> d.kind() == DefaultValue.Kind.LITERAL || d.kind() == DefaultValue.Kind.NOW);
            if (def.isEmpty()) continue;
            desired.table(a.table()).flatMap(t -> uniqueAlone(t, a.column().name())).ifPresent(key -> out.add(new SharedDefault(
                    a.table(), a.table() + "." + a.column().name() + ": every existing row would get the default " + def.get()
                    + ", but the column must be unique (" + key + "). Add it without a defaultValue (existing rows get"
                    + " NULL), fill it, and give it the default in a later generation.")));
        }
        return out;
    }

    private static String rowsText(long n) {
        return n + (n == 1 ? " row" : " rows");
    }

    /** "add column …: allowDestructive fills the 3 existing rows with 0" (the count when known). */
    private static String fillMessage(DataLoss.Fill f, OptionalLong rows) {
        String what;
        if (f.nullsOnly()) {
            what = "the rows holding NULL";
        } else if (rows.isPresent()) {
            long n = rows.getAsLong();
            what = n == 1 ? "the 1 existing row" : "the " + n + " existing rows";
        } else {
            what = "the existing rows";
        }
        return f.change() + ": allowDestructive fills " + what + " with " + f.value().shown();
    }

    /**
     * The hazards of one change, judged against the schema just before it runs ({@link #state}, which
     * the caller moves on after each change).
     */
    private static final class Classifier implements SchemaChange.Visitor<List<DataLoss>> {
        private final Schema recorded;
        private final SchemaChanges.State state;
        /** Current table name → its name in the recorded schema ("" when created by these changes). */
        private final Map<String, String> recordedName = new HashMap<>();

        Classifier(Schema recorded) {
            this.recorded = recorded;
            this.state = new SchemaChanges.State(recorded);
            recorded.tables().forEach(t -> recordedName.put(t.name(), t.name()));
        }

        private String recordedName(String table) {
            return recordedName.getOrDefault(table, "");
        }

        @Override
        public List<DataLoss> visit(DropTable c) {
            Table t = state.table(c.table().name()).orElse(c.table());
            String rec = recordedName(t.name());
            Optional<List<String>> linked = junctionOf(t);
            if (linked.isPresent()) {
                return List.of(new DataLoss(DataLoss.Kind.DROP_JUNCTION_TABLE, c, rec, "drop junction table " + t.name()
                        + " (links " + String.join(" and ", linked.get()) + "; every link between them is lost)", false));
            }
            return List.of(new DataLoss(DataLoss.Kind.DROP_TABLE, c, rec,
                    "drop table " + t.name() + " (all its rows are lost)", false));
        }

        @Override
        public List<DataLoss> visit(DropColumn c) {
            return List.of(new DataLoss(DataLoss.Kind.DROP_COLUMN, c, recordedName(c.table()),
                    "drop column " + c.table() + "." + c.column().name() + " " + c.column().type()
                            + " (its values are lost)", false));
        }

        @Override
        public List<DataLoss> visit(AlterColumnType c) {
            List<String> fromValues = enumValues(state, c.from());
            List<String> toValues = c.to().kind() == ColumnType.Kind.ENUM ? enumValues(state, c.to()) : List.of();
            if (TypeWidening.isSafe(c.from(), c.to(), fromValues, toValues)) return List.of();
            boolean sameFamily = family(c.from()) == family(c.to());
            return List.of(new DataLoss(DataLoss.Kind.NARROW_TYPE, c, recordedName(c.table()),
                    (sameFamily ? "narrow " : "change type of ") + c.table() + "." + c.column() + " " + c.from() + " → "
                            + c.to() + (sameFamily ? " (values that do not fit are cut or the change fails)"
                            : " (values that do not convert are lost or the change fails)"), false));
        }

        @Override
        public List<DataLoss> visit(AddColumn c) {
            Column col = c.column();
            String rec = recordedName(c.table());
            if (!col.nullable() && col.defaultValue().isEmpty() && !col.autoIncrement() && !rec.isEmpty()) {
                DataLoss.Fill fill = new DataLoss.Fill(c.table(), col.name(),
                        ZeroValue.of(col.type(), enumValues(state, col.type())), false,
                        "add column " + c.table() + "." + col.name() + " " + col.type() + " NOT NULL without a default");
                return List.of(new DataLoss(DataLoss.Kind.NOT_NULL_WITHOUT_DEFAULT, c, rec,
                        fillMessage(fill, OptionalLong.empty()), true, Optional.of(fill)));
            }
            return List.of();
        }

        @Override
        public List<DataLoss> visit(AlterNullability c) {
            String rec = recordedName(c.table());
            Optional<Column> current = state.table(c.table()).flatMap(t -> t.column(c.column().name()));
            boolean hasDefault = c.column().defaultValue().isPresent()
                    || current.flatMap(Column::defaultValue).isPresent();
            if (!c.nullable() && !hasDefault && !rec.isEmpty()) {
                DataLoss.Fill fill = new DataLoss.Fill(c.table(), c.column().name(),
                        ZeroValue.of(c.column().type(), enumValues(state, c.column().type())), true,
                        "set NOT NULL on " + c.table() + "." + c.column().name() + " without a default");
                return List.of(new DataLoss(DataLoss.Kind.NOT_NULL_WITHOUT_DEFAULT, c, rec,
                        fillMessage(fill, OptionalLong.empty()), true, Optional.of(fill)));
            }
            return List.of();
        }

        @Override
        public List<DataLoss> visit(ReplaceEnumValues c) {
            List<DataLoss> out = new ArrayList<>();
            if (c.removed().isEmpty()) return out;
            for (ColumnRef ref : c.columns()) {
                out.add(new DataLoss(DataLoss.Kind.REMOVE_ENUM_VALUES, c, recordedName(ref.table()),
                        "remove " + (c.removed().size() == 1 ? "value " : "values ") + String.join(", ", c.removed())
                                + " from enum type " + c.after().name() + " used by " + ref.table() + "." + ref.column()
                                + " (rows holding them cannot be converted)", true));
            }
            return out;
        }

        /**
         * A foreign key of a table that exists in the recorded schema, re-added so that deletes now
         * cascade where the recorded key did not: deleting a referenced row would delete the rows that
         * point at it. At stake only when the table has rows.
         */
        @Override
        public List<DataLoss> visit(AddForeignKey c) {
            ForeignKey wanted = c.foreignKey();
            String rec = recordedName(c.table());
            if (wanted.onDelete() != ForeignKey.Action.CASCADE || rec.isEmpty()) return List.of();
            return recorded.table(rec).flatMap(t -> t.foreignKeys().stream()
                    .filter(fk -> fk.columns().equals(wanted.columns()) && fk.refTable().equals(wanted.refTable())
                            && fk.onDelete() != ForeignKey.Action.CASCADE)
                    .findFirst()
                    .map(fk -> new DataLoss(DataLoss.Kind.CASCADE_DELETES, c, rec, "foreign key " + wanted.name() + " "
                            + c.table() + "(" + String.join(", ", wanted.columns()) + ") → " + wanted.refTable() + ": ON DELETE "
                            + fk.onDelete().sql() + " becomes CASCADE (deleting a " + wanted.refTable() + " row would then delete"
                            + " its " + c.table() + " rows)", true))).map(List::of).orElse(List.of());
        }

        @Override
        public List<DataLoss> visit(RenameTable c) {
            recordedName.put(c.to(), recordedName(c.from()));
            recordedName.remove(c.from());
            return List.of();
        }

        @Override
        public List<DataLoss> visit(CreateTable c) {
            recordedName.put(c.table().name(), "");
            return List.of();
        }

        // safe whatever the data

        @Override
        public List<DataLoss> visit(CreateEnum c) {
            return List.of();
        }

        @Override
        public List<DataLoss> visit(AddEnumValues c) {
            return List.of();
        }

        @Override
        public List<DataLoss> visit(DropEnum c) {
            return List.of();
        }

        @Override
        public List<DataLoss> visit(SchemaChange.MoveEnum c) {
            return List.of();
        }

        @Override
        public List<DataLoss> visit(RenameColumn c) {
            return List.of();
        }

        @Override
        public List<DataLoss> visit(AlterDefault c) {
            return List.of();
        }

        @Override
        public List<DataLoss> visit(AlterAutoIncrement c) {
            return List.of();
        }

        @Override
        public List<DataLoss> visit(AddPrimaryKey c) {
            return List.of();
        }

        @Override
        public List<DataLoss> visit(DropPrimaryKey c) {
            return List.of();
        }

        @Override
        public List<DataLoss> visit(DropForeignKey c) {
            return List.of();
        }

        @Override
        public List<DataLoss> visit(AddUnique c) {
            return List.of();
        }

        @Override
        public List<DataLoss> visit(DropUnique c) {
            return List.of();
        }

        @Override
        public List<DataLoss> visit(AddIndex c) {
            return List.of();
        }

        @Override
        public List<DataLoss> visit(DropIndex c) {
            return List.of();
        }

        @Override
        public List<DataLoss> visit(RenameIndex c) {
            return List.of();
        }

        @Override
        public List<DataLoss> visit(AlterTableComment c) {
            return List.of();
        }

        @Override
        public List<DataLoss> visit(AlterColumnComment c) {
            return List.of();
        }

        /**
         * No loss: a value the new character set cannot hold stops the ALTER (strict mode, MariaDB's and MySQL's
         * default), which leaves the table as it was.
         */
        @Override
        public List<DataLoss> visit(SchemaChange.AlterTableOptions c) {
            return List.of();
        }
    }

    /** The tables a junction table links: it has two foreign keys whose columns together form its primary key or a unique. */
    static Optional<List<String>> junctionOf(Table t) {
        List<Set<String>> keys = new ArrayList<>();
        t.primaryKey().ifPresent(p -> keys.add(new HashSet<>(p.columns())));
        t.uniques().forEach(u -> keys.add(new HashSet<>(u.columns())));
        t.indexes().stream().filter(i -> i.unique())
                .forEach(i -> keys.add(new HashSet<>(i.columns().stream().map(ic -> ic.name()).toList())));
        List<ForeignKey> fks = t.foreignKeys();
        for (int i = 0; i < fks.size(); i++) {
            for (int j = i + 1; j < fks.size(); j++) {
                Set<String> pair = new HashSet<>(fks.get(i).columns());
                pair.addAll(fks.get(j).columns());
                if (keys.contains(pair)) return Optional.of(List.of(fks.get(i).refTable(), fks.get(j).refTable()));
            }
        }
        return Optional.empty();
    }

    private static List<String> enumValues(SchemaChanges.State state, ColumnType t) {
        if (t.kind() != ColumnType.Kind.ENUM) return List.of();
        return state.enumType(t.enumName()).map(EnumType::values).orElse(List.of());
    }

    private enum Family { STRING, NUMBER, TIME, BOOLEAN, UUID, JSON, BLOB, NATIVE, GEOMETRY }

    private static Family family(ColumnType t) {
        return switch (t.kind()) {
            case VARCHAR, CHAR, TEXT, ENUM -> Family.STRING;
            case INTEGER, BIGINT, SMALLINT, REAL, DOUBLE, DECIMAL -> Family.NUMBER;
            case TIMESTAMPTZ, DATE, TIME -> Family.TIME;
            case BOOLEAN -> Family.BOOLEAN;
            case UUID -> Family.UUID;
            case JSON, JSONB -> Family.JSON;
            case BLOB -> Family.BLOB;
            case NATIVE -> Family.NATIVE;
            case GEOMETRY -> Family.GEOMETRY;
        };
    }
}
