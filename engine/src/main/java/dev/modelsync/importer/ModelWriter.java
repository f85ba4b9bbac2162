package dev.modelsync.importer;

import dev.modelsync.inspect.LiveSchema;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.resolve.ConstraintNames;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.Schema;
import dev.modelsync.resolve.SequelizeNames;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns inspected tables into model definitions in Sequelize's conventions (sequelize6), writing
 * only what differs from the defaults: the implicit {@code id}, default timestamps, default table,
 * key and constraint names are left out. A table whose primary key is exactly two NOT NULL foreign
 * keys with Sequelize's junction actions, and that holds nothing but them (and timestamps), becomes
 * {@code belongsToMany} on both sides {@code through} it ({@link #plainTables} lists the ones to
 * write as models instead). Other foreign keys become {@code belongsTo} on the table that holds
 * them. What the model language cannot say is collected in {@link #notes()}.
 */
public final class ModelWriter {
    private final Schema live;
    private final Set<String> plainTables;
    private final boolean inverses;
    private final Map<String, String> modelNames = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, List<Map<String, Object>>> inverse = new HashMap<>();

    /** {@code inverses}: also write hasMany/hasOne on the referenced model for each plain belongsTo. */
    public ModelWriter(Schema live, Set<String> plainTables, boolean inverses) {
        this.live = live;
        this.plainTables = plainTables;
        this.inverses = inverses;
        for (Table t : live.tables()) modelNames.put(t.name(), modelName(t.name()));
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** One model map per model table, by model name, in table order, with the belongsToMany entries of the junctions. */
    public Map<String, Map<String, Object>> models() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> manyToMany = new HashMap<>();
        for (Table t : live.tables()) {
            if (junction(t).isPresent()) manyToMany(t, junction(t).get(), manyToMany);
        }
        Map<String, List<Map<String, Object>>> own = new LinkedHashMap<>();
        for (Table t : live.tables()) {
            if (junction(t).isEmpty()) own.put(t.name(), associations(t));
        }
        for (Table t : live.tables()) {
            if (junction(t).isPresent()) continue;
            Map<String, Object> model = model(t);
            List<Map<String, Object>> assocs = new ArrayList<>(own.get(t.name()));
            assocs.addAll(inverse.getOrDefault(t.name(), List.of()));
            assocs.addAll(manyToMany.getOrDefault(t.name(), List.of()));
            if (!assocs.isEmpty()) model.put("associations", assocs);
            out.put(modelNames.get(t.name()), model);
        }
        return out;
    }

    /** The table of each model name (for file names). */
    public String table(String modelName) {
        return modelNames.entrySet().stream().filter(e -> e.getValue().equals(modelName)).map(Map.Entry::getKey)
                .findFirst().orElse(modelName);
    }

    static String modelName(String table) {
        String singular = SequelizeNames.singularize(table);
        String camel = SequelizeNames.camelize(singular);
        return camel.isEmpty() ? table : camel.substring(0, 1).toUpperCase(Locale.ROOT) + camel.substring(1);
    }

    private static boolean underscored(Table t) {
        return t.column("created_at").isPresent() || t.column("updated_at").isPresent() || t.column("deleted_at").isPresent();
    }

    private static String ts(Table t, String camel) {
        return underscored(t) ? SequelizeNames.underscore(camel) : camel;
    }

    private static boolean isTimestamp(Column c) {
        return c.type().kind() == ColumnType.Kind.TIMESTAMPTZ;
    }

    private static boolean timestamps(Table t) {
        return t.column(ts(t, "createdAt")).filter(ModelWriter::isTimestamp).filter(c -> !c.nullable()).isPresent()
                && t.column(ts(t, "updatedAt")).filter(ModelWriter::isTimestamp).filter(c -> !c.nullable()).isPresent();
    }

    private static boolean paranoid(Table t) {
        return timestamps(t) && t.column(ts(t, "deletedAt")).filter(ModelWriter::isTimestamp).filter(Column::nullable)
                .filter(c -> c.defaultValue().isEmpty()).isPresent();
    }

    /** A timestamp column Sequelize's options make as modelsync makes it (NOT NULL, default NOW), so nothing is written. */
    private boolean implicitTimestamp(Table t, Column c) {
        boolean name = c.name().equals(ts(t, "createdAt")) || c.name().equals(ts(t, "updatedAt"));
        if (timestamps(t) && name) return c.defaultValue().equals(Optional.of(DefaultValue.NOW)) && c.comment().isEmpty();
        return paranoid(t) && c.name().equals(ts(t, "deletedAt")) && c.comment().isEmpty();
    }

    private static boolean implicitId(Table t, Column c) {
        return c.name().equals("id") && t.primaryKey().map(pk -> pk.columns().equals(List.of("id"))
                && pk.name().equals(ConstraintNames.primaryKey(t.name()))).orElse(false)
                && c.type().kind() == ColumnType.Kind.INTEGER && c.autoIncrement() && !c.nullable()
                && c.defaultValue().isEmpty() && c.comment().isEmpty();
    }

    private Map<String, Object> model(Table t) {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean underscored = underscored(t);
        String name = modelNames.get(t.name());
        if (!SequelizeNames.table(name, underscored).equals(t.name())) m.put("tableName", t.name());
        if (underscored) m.put("underscored", true);
        if (!timestamps(t)) m.put("timestamps", false);
        if (paranoid(t)) m.put("paranoid", true);
        if (!t.comment().isEmpty()) m.put("comment", t.comment());
        Set<String> keys = t.foreignKeys().stream().filter(fk -> fk.columns().size() == 1 && modelNames.containsKey(fk.refTable()))
                .map(fk -> fk.columns().get(0)).collect(Collectors.toSet());
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Column c : t.columns()) {
            if (implicitId(t, c) || implicitTimestamp(t, c)) continue;
            Map<String, Object> a = attribute(t, c, underscored);
            boolean onlyKey = keys.contains(c.name()) && a.keySet().stream().allMatch(k -> k.equals("type") || k.equals("allowNull"));
            if (onlyKey) continue; // the belongsTo makes it
            attributes.put(attributeName(c.name(), underscored), a.size() == 1 ? a.get("type") : a);
        }
        if (!attributes.isEmpty()) m.put("attributes", attributes);
        List<Object> indexes = new ArrayList<>();
        for (Index i : t.indexes()) indexes.add(index(i, col -> keys.contains(col) && !attributes.containsKey(attributeName(col, underscored))
                ? col : attributeName(col, underscored)));
        if (!indexes.isEmpty()) m.put("indexes", indexes);
        if (t.primaryKey().isPresent() && !t.primaryKey().get().name().equals(ConstraintNames.primaryKey(t.name()))
                && !t.primaryKey().get().name().endsWith("_unique")) {
            notes.add(t.name() + ": primary key " + t.primaryKey().get().name() + " has a name of its own (models name it "
                    + ConstraintNames.primaryKey(t.name()) + ")");
        }
        return m;
    }

    private Map<String, Object> attribute(Table t, Column c, boolean underscored) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", type(t, c));
        if (!c.nullable()) a.put("allowNull", false);
        c.defaultValue().ifPresent(d -> a.put("defaultValue", defaultValue(d, c.type())));
        if (t.primaryKey().map(pk -> pk.columns().contains(c.name())).orElse(false)
                && !(t.primaryKey().get().columns().equals(List.of("id")) && implicitId(t, c))) {
            a.put("primaryKey", true);
            // Sequelize 7 names the key of a `unique: true` primary key column <table>_<column>_unique
            String v7 = (t.name() + "_" + c.name() + "_unique").toLowerCase(Locale.ROOT);
            if (t.primaryKey().get().columns().size() == 1 && t.primaryKey().get().name().equals(v7)) a.put("unique", true);
        }
        if (c.autoIncrement()) a.put("autoIncrement", true);
        for (UniqueConstraint u : t.uniques()) {
            if (!u.columns().contains(c.name())) continue;
            boolean single = u.columns().equals(List.of(c.name()));
            a.put("unique", single && u.name().equals(ConstraintNames.unique(t.name(), u.columns())) ? (Object) true : u.name());
        }
        if (!SequelizeNames.column(attributeName(c.name(), underscored), underscored).equals(c.name())) a.put("field", c.name());
        if (!c.comment().isEmpty()) a.put("comment", c.comment());
        return a;
    }

    private String type(Table t, Column c) {
        ColumnType type = c.type();
        return switch (type.kind()) {
            case VARCHAR -> type.length() == 255 ? "STRING" : "STRING(" + type.length() + ")";
            case CHAR -> "CHAR(" + type.length() + ")";
            case TEXT -> "TEXT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case SMALLINT -> "SMALLINT";
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE";
            case DECIMAL -> type.precision() == 0 ? "DECIMAL" : "DECIMAL(" + type.precision() + "," + type.scale() + ")";
            case BOOLEAN -> "BOOLEAN";
            case TIMESTAMPTZ -> "DATE";
            case DATE -> "DATEONLY";
            case TIME -> "TIME";
            case UUID -> "UUID";
            case JSON -> "JSON";
            case JSONB -> "JSONB";
            case BLOB -> "BLOB";
            case NATIVE -> {
                String n = type.nativeName();
                if (n.matches("[a-z]+")) yield n.toUpperCase(Locale.ROOT); // citext, inet, cidr, macaddr, tsvector, hstore
                notes.add(t.name() + "." + c.name() + ": type " + n + " is written as TEXT (no model type reads it back yet)");
                yield "TEXT";
            }
            case ENUM -> {
                List<String> values = live.enumType(type.enumName()).map(EnumType::values).orElse(List.of());
                if (!type.enumName().equals("enum_" + t.name() + "_" + c.name())) {
                    notes.add(t.name() + "." + c.name() + ": enum type " + type.enumName() + " has a name of its own (models name it enum_"
                            + t.name() + "_" + c.name() + ")");
                }
                yield "ENUM(" + values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", ")) + ")";
            }
        };
    }

    private static Object defaultValue(DefaultValue d, ColumnType type) {
        return switch (d.kind()) {
            case NOW -> "NOW";
            case UUIDV4 -> "UUIDV4";
            case SQL -> Map.of("sql", d.value());
            case LITERAL -> switch (type.kind()) {
                case BOOLEAN -> Boolean.parseBoolean(d.value());
                case INTEGER, BIGINT, SMALLINT, REAL, DOUBLE, DECIMAL -> number(d.value());
                default -> d.value();
            };
        };
    }

    private static Object number(String text) {
        try {
            BigDecimal n = new BigDecimal(text);
            return n.scale() <= 0 ? (Object) n.longValueExact() : n.doubleValue();
        } catch (ArithmeticException | NumberFormatException e) {
            return text;
        }
    }

    /**
     * The attribute name for a column: under underscored, the camelCase name whose snake_case is the
     * column ({@code created_at} → {@code createdAt}), as Sequelize users write them; else the column.
     */
    static String attributeName(String column, boolean underscored) {
        if (!underscored || !column.contains("_")) return column;
        String camel = SequelizeNames.camelize(column);
        return SequelizeNames.underscore(camel).equals(column) ? camel : column;
    }

    private static Object index(Index i, java.util.function.UnaryOperator<String> field) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", i.name());
        List<Object> fields = new ArrayList<>();
        for (Index.IndexColumn c : i.columns()) {
            String name = field.apply(c.name());
            fields.add(c.descending() ? new LinkedHashMap<>(Map.of("name", name, "order", "DESC")) : name);
        }
        m.put("fields", fields);
        if (i.unique()) m.put("unique", true);
        if (!i.where().isEmpty()) m.put("where", i.where());
        return m;
    }

    /** belongsTo for every single-column foreign key to an imported table. */
    private List<Map<String, Object>> associations(Table t) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, Long> perTarget = t.foreignKeys().stream().collect(Collectors.groupingBy(ForeignKey::refTable, Collectors.counting()));
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.columns().size() != 1 || !modelNames.containsKey(fk.refTable())) {
                notes.add(t.name() + ": foreign key " + fk.name() + " (" + String.join(", ", fk.columns()) + ") → " + fk.refTable()
                        + " is not imported (" + (fk.columns().size() != 1 ? "several columns" : fk.refTable() + " is not imported") + ")");
                continue;
            }
            String column = fk.columns().get(0);
            Column col = t.column(column).orElseThrow();
            Table target = live.table(fk.refTable()).orElseThrow();
            String targetModel = modelNames.get(target.name());
            boolean aliased = perTarget.get(fk.refTable()) > 1 || target.name().equals(t.name());
            String as = aliased ? alias(column) : null;
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("belongsTo", targetModel);
            if (as != null) a.put("as", as);
            String targetPk = target.primaryKey().map(pk -> pk.columns().size() == 1 ? pk.columns().get(0) : "").orElse("");
            String defaultKey = SequelizeNames.column(SequelizeNames.camelize((as != null ? as
                    : SequelizeNames.singularize(targetModel)) + "_" + (targetPk.isEmpty() ? "id" : targetPk)), underscored(t));
            if (!col.nullable()) {
                a.put("foreignKey", new LinkedHashMap<>(Map.of("name", column, "allowNull", false)));
            } else if (!column.equals(defaultKey)) {
                a.put("foreignKey", column);
            }
            if (!fk.refColumns().get(0).equals(targetPk)) a.put("targetKey", fk.refColumns().get(0));
            ForeignKey.Action onDelete = col.nullable() ? ForeignKey.Action.SET_NULL : ForeignKey.Action.CASCADE;
            if (fk.onDelete() != onDelete) a.put("onDelete", fk.onDelete().sql());
            if (fk.onUpdate() != ForeignKey.Action.CASCADE) a.put("onUpdate", fk.onUpdate().sql());
            out.add(a);
            if (inverses && as == null) inverse.computeIfAbsent(target.name(), k -> new ArrayList<>()).add(inverseOf(t, fk, col, a));
        }
        return out;
    }

    /**
     * The hasMany (hasOne where the key is unique) the referenced model declares for a plain
     * belongsTo: the same key, named, and the same actions.
     */
    private Map<String, Object> inverseOf(Table t, ForeignKey fk, Column col, Map<String, Object> belongsTo) {
        boolean one = t.uniques().stream().anyMatch(u -> u.columns().equals(fk.columns()))
                || t.primaryKey().map(pk -> pk.columns().equals(fk.columns())).orElse(false);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(one ? "hasOne" : "hasMany", modelNames.get(t.name()));
        m.put("foreignKey", col.nullable() ? (Object) fk.columns().get(0)
                : new LinkedHashMap<>(Map.of("name", fk.columns().get(0), "allowNull", false)));
        if (belongsTo.containsKey("targetKey")) m.put("sourceKey", belongsTo.get("targetKey"));
        if (belongsTo.containsKey("onDelete")) m.put("onDelete", belongsTo.get("onDelete"));
        if (belongsTo.containsKey("onUpdate")) m.put("onUpdate", belongsTo.get("onUpdate"));
        return m;
    }

    private static String alias(String column) {
        String s = column.replaceFirst("(_id|Id|_ID|ID)$", "");
        return s.isEmpty() || s.equals(column) ? column + "Ref" : SequelizeNames.camelize(s);
    }

    /** The two keys of a junction table (in primary key order), when the table is one. */
    public Optional<List<ForeignKey>> junction(Table t) {
        if (plainTables.contains(t.name()) || t.foreignKeys().size() != 2 || t.primaryKey().isEmpty()) return Optional.empty();
        List<String> pk = t.primaryKey().get().columns();
        if (pk.size() != 2 || !t.uniques().isEmpty() || !t.indexes().isEmpty()) return Optional.empty();
        List<ForeignKey> keys = new ArrayList<>();
        for (String column : pk) {
            Optional<ForeignKey> fk = t.foreignKeys().stream().filter(f -> f.columns().equals(List.of(column))).findFirst();
            if (fk.isEmpty() || !modelNames.containsKey(fk.get().refTable()) || junctionFk(t, fk.get()).isEmpty()) return Optional.empty();
            keys.add(fk.get());
        }
        boolean onlyKeys = t.columns().stream().allMatch(c -> pk.contains(c.name()) || implicitTimestamp(t, c));
        boolean timestampsOrNone = timestamps(t) || t.columns().size() == 2;
        return onlyKeys && timestampsOrNone ? Optional.of(keys) : Optional.empty();
    }

    private Optional<ForeignKey> junctionFk(Table t, ForeignKey fk) {
        boolean notNull = t.column(fk.columns().get(0)).map(c -> !c.nullable()).orElse(false);
        boolean actions = fk.onDelete() == ForeignKey.Action.CASCADE && fk.onUpdate() == ForeignKey.Action.CASCADE;
        Optional<Table> target = live.table(fk.refTable());
        boolean toPk = target.flatMap(Table::primaryKey).map(p -> p.columns().equals(fk.refColumns())).orElse(false);
        return notNull && actions && toPk ? Optional.of(fk) : Optional.empty();
    }

    private void manyToMany(Table t, List<ForeignKey> keys, Map<String, List<Map<String, Object>>> out) {
        ForeignKey a = keys.get(0);
        ForeignKey b = keys.get(1);
        Object through = timestamps(t) ? t.name() : new LinkedHashMap<>(Map.of("model", t.name(), "timestamps", false));
        boolean self = a.refTable().equals(b.refTable());
        out.computeIfAbsent(a.refTable(), k -> new ArrayList<>()).add(side(b, through, a, b, self));
        if (!self) out.computeIfAbsent(b.refTable(), k -> new ArrayList<>()).add(side(a, through, b, a, false));
    }

    private Map<String, Object> side(ForeignKey target, Object through, ForeignKey own, ForeignKey other, boolean self) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("belongsToMany", modelNames.get(target.refTable()));
        m.put("through", through);
        if (self) m.put("as", SequelizeNames.pluralize(alias(other.columns().get(0))));
        m.put("foreignKey", own.columns().get(0));
        m.put("otherKey", other.columns().get(0));
        return m;
    }

    /** The unmapped column types of the live schema, as notes. */
    public static List<String> unmapped(LiveSchema live) {
        return live.unmappedTypes().entrySet().stream()
                .map(e -> e.getKey() + ": type " + e.getValue() + " has no model type; written as TEXT").sorted().toList();
    }
}
