package dev.modelsync.importer;
import dev.modelsync.resolve.ConstraintNames;
import dev.modelsync.db.Identifiers;

import dev.modelsync.importer.Junction.Form;
import dev.modelsync.inspect.LiveSchema;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns inspected tables into model definitions in Sequelize's conventions, writing only what
 * differs from the defaults: the implicit {@code id}, default timestamps, default table, key and
 * constraint names are left out. A {@link Junction} becomes {@code belongsToMany} on both sides, in
 * the {@link Form} it is given: through the table's name, through a model that carries its other
 * columns, or (plain) as a model of its own with two belongsTo. Other foreign keys become
 * {@code belongsTo} on the table that holds them (and, with {@code inverses}, hasMany or hasOne on
 * the table they reference). What the model language cannot say is collected in {@link #notes()}.
 */
public final class ModelWriter {
    /** One model file: its name, the table, the model's name and its definition. */
    public record ModelFile(String file, String table, String model, Map<String, Object> definition) {
    }

    /** Something the files do not say as the database has it: the table it is about ("" for none) and the line to report. */
    public record Note(String table, String line) {
    }

    private final Schema live;
    private final Map<String, Junction> junctions;
    private final Map<String, Form> forms;
    private final boolean inverses;
    private final boolean v7;
    private final Map<String, String> modelNames = new HashMap<>();
    private final Map<String, String> fileNames = new HashMap<>();
    /** The tables in the order generate reads their files. */
    private final List<Table> order;
    private final List<Note> notes = new ArrayList<>();
    /** Associations a table's model gets from other tables: hasMany/hasOne inverses and belongsToMany sides. */
    private final Map<String, List<Map<String, Object>>> received = new HashMap<>();
    /** Association and attribute names in use per table, so that a belongsToMany gets an as where its default name is taken. */
    private final Map<String, Set<String>> names = new HashMap<>();

    /**
     * @param junctions the junction tables of {@code live} ({@link #junctions(Schema)})
     * @param forms     how to write each junction; a junction not listed is written {@link Form#PLAIN}
     * @param inverses  also write hasMany/hasOne on the referenced model for each plain belongsTo
     * @param v7        sequelize7 conventions (default names of junction keys, the key pair's column order)
     */
    public ModelWriter(Schema live, Map<String, Junction> junctions, Map<String, Form> forms, boolean inverses, boolean v7) {
        this.live = live;
        this.junctions = junctions;
        this.forms = forms;
        this.inverses = inverses;
        this.v7 = v7;
        Set<String> usedModels = new HashSet<>();
        Set<String> usedFiles = new HashSet<>();
        for (Table t : live.tables()) {
            String model = modelName(t.baseName());
            for (int n = 2; !usedModels.add(model.toLowerCase(Locale.ROOT)); n++) model = modelName(t.baseName()) + n;
            modelNames.put(t.name(), model);
            String base = t.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]", "_");
            String file = base + ".yaml";
            for (int n = 2; !usedFiles.add(file); n++) file = base + "-" + n + ".yaml";
            fileNames.put(t.name(), file);
        }
        this.order = live.tables().stream().sorted(Comparator.comparing((Table t) -> fileNames.get(t.name()))).toList();
    }

    /** The junction-shaped tables of {@code live}, by table name. */
    public static Map<String, Junction> junctions(Schema live) {
        Set<String> tables = live.tables().stream().map(Table::name).collect(Collectors.toSet());
        Map<String, Junction> out = new LinkedHashMap<>();
        for (Table t : live.tables()) Junction.of(t, live, tables).ifPresent(j -> out.put(t.name(), j));
        return out;
    }

    public List<Note> notes() {
        return List.copyOf(notes);
    }

    private Form form(String table) {
        return junctions.containsKey(table) ? forms.getOrDefault(table, Form.PLAIN) : Form.PLAIN;
    }

    /** The model files in the order generate reads them, with the belongsToMany sides of the junctions. */
    public List<ModelFile> models() {
        Map<String, List<Map<String, Object>>> own = new HashMap<>();
        Map<String, Map<String, Object>> definitions = new HashMap<>();
        for (Table t : order) {
            if (form(t.name()) == Form.STRING) continue;
            Map<String, Object> m = model(t);
            definitions.put(t.name(), m);
            @SuppressWarnings("unchecked")
            Map<String, Object> attributes = (Map<String, Object>) m.getOrDefault("attributes", Map.of());
            names.computeIfAbsent(t.name(), k -> new HashSet<>()).addAll(attributes.keySet());
            own.put(t.name(), associations(t));
        }
        for (Table t : order) {
            Form f = form(t.name());
            if (f != Form.PLAIN) manyToMany(junctions.get(t.name()), f);
        }
        List<ModelFile> out = new ArrayList<>();
        for (Table t : order) {
            Map<String, Object> m = definitions.get(t.name());
            if (m == null) continue;
            List<Map<String, Object>> assocs = new ArrayList<>(own.get(t.name()));
            assocs.addAll(received.getOrDefault(t.name(), List.of()));
            if (!assocs.isEmpty()) m.put("associations", assocs);
            out.add(new ModelFile(fileNames.get(t.name()), t.name(), modelNames.get(t.name()), m));
        }
        return out;
    }

    static String modelName(String table) {
        String singular = SequelizeNames.singularize(table);
        String camel = SequelizeNames.camelize(singular);
        return camel.isEmpty() ? table : camel.substring(0, 1).toUpperCase(Locale.ROOT) + camel.substring(1);
    }

    static boolean underscored(Table t) {
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
    private static boolean implicitTimestamp(Table t, Column c) {
        boolean name = c.name().equals(ts(t, "createdAt")) || c.name().equals(ts(t, "updatedAt"));
        if (timestamps(t) && name) return c.defaultValue().equals(Optional.of(DefaultValue.NOW)) && c.comment().isEmpty();
        return paranoid(t) && c.name().equals(ts(t, "deletedAt")) && c.comment().isEmpty();
    }

    private static boolean implicitId(Table t, Column c) {
        return c.name().equals("id") && t.primaryKey().map(pk -> pk.columns().equals(List.of("id"))
                && (pk.name().equals(ConstraintNames.primaryKey(t.baseName())) || pk.name().equals("PRIMARY"))).orElse(false)
                && c.type().equals(ColumnType.of(ColumnType.Kind.INTEGER)) && c.autoIncrement() && !c.nullable()
                && c.defaultValue().isEmpty() && c.comment().isEmpty()
                && t.uniques().stream().noneMatch(u -> u.columns().contains(c.name()));
    }

    /** A junction written with belongsToMany through a model: its keys come from the belongsToMany. */
    private Optional<Junction> throughModel(Table t) {
        return form(t.name()) == Form.MODEL ? Optional.of(junctions.get(t.name())) : Optional.empty();
    }

    private Map<String, Object> model(Table t) {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean underscored = underscored(t);
        Optional<Junction> junction = throughModel(t);
        String name = modelNames.get(t.name());
        if (!SequelizeNames.table(name, underscored).equals(t.baseName())) m.put("tableName", t.baseName());
        if (!t.schema().isEmpty()) m.put("schema", t.schema());
        if (underscored) m.put("underscored", true);
        if (!timestamps(t)) m.put("timestamps", false);
        if (paranoid(t)) m.put("paranoid", true);
        if (t.primaryKey().isEmpty()) m.put("noPrimaryKey", true);
        if (!t.comment().isEmpty()) m.put("comment", t.comment());
        // MariaDB/MySQL: an engine or collation other than the database's default (as inspected)
        if (!t.options().engine().isEmpty()) m.put("engine", t.options().engine());
        if (!t.options().charset().isEmpty()) m.put("charset", t.options().charset());
        if (!t.options().collate().isEmpty()) m.put("collate", t.options().collate());
        Set<String> keys = t.foreignKeys().stream().filter(fk -> fk.columns().size() == 1 && modelNames.containsKey(fk.refTable()))
                .map(fk -> fk.columns().get(0)).collect(Collectors.toSet());
        List<String> pair = junction.map(Junction::pair).orElse(List.of());
        List<UniqueConstraint> asIndexes = uniquesAsIndexes(t, junction);
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Column c : t.columns()) {
            // a through model drops the implicit id: one of its own is declared
            if (implicitId(t, c) && junction.isEmpty() || implicitTimestamp(t, c)) continue;
            Map<String, Object> a = attribute(t, c, underscored, junction, asIndexes);
            boolean onlyKey = keys.contains(c.name()) && a.keySet().stream().allMatch(k -> k.equals("type") || k.equals("allowNull")
                    || pair.contains(c.name()) && k.equals("primaryKey"));
            if (onlyKey) continue; // the belongsTo or belongsToMany makes it
            attributes.put(attributeName(c.name(), underscored), a.size() == 1 ? a.get("type") : a);
        }
        if (!attributes.isEmpty()) m.put("attributes", attributes);
        List<Object> indexes = new ArrayList<>();
        java.util.function.UnaryOperator<String> field = col -> keys.contains(col) && !attributes.containsKey(attributeName(col, underscored))
                ? col : attributeName(col, underscored);
        for (UniqueConstraint u : asIndexes) {
            indexes.add(index(new Index(u.name(), u.columns().stream().map(col -> new Index.IndexColumn(col, false)).toList(), true, ""),
                    field));
        }
        for (Index i : t.indexes()) indexes.add(index(i, field));
        if (!indexes.isEmpty()) m.put("indexes", indexes);
        // MariaDB and MySQL call every primary key PRIMARY
        if (t.primaryKey().isPresent() && !t.primaryKey().get().name().equals(ConstraintNames.primaryKey(t.baseName()))
                && !t.primaryKey().get().name().endsWith("_unique") && !t.primaryKey().get().name().equals("PRIMARY")) {
            notes.add(new Note(t.name(), t.name() + ": primary key " + t.primaryKey().get().name() + " has a name of its own"
                    + " (models name it " + ConstraintNames.primaryKey(t.baseName()) + ")"));
        }
        return m;
    }

    /**
     * The unique constraints {@code unique:} on attributes cannot say, because a column of theirs is
     * in an earlier one too (an attribute names one unique constraint): they are written as unique
     * indexes, which MariaDB holds as unique keys (elsewhere the round trip reports the difference).
     */
    private static List<UniqueConstraint> uniquesAsIndexes(Table t, Optional<Junction> junction) {
        Set<String> taken = new HashSet<>();
        List<UniqueConstraint> out = new ArrayList<>();
        for (UniqueConstraint u : t.uniques()) {
            if (junction.isPresent() && !junction.get().pairIndex() && u.name().equals(junction.get().pairName())) continue;
            if (u.columns().stream().anyMatch(taken::contains)) out.add(u);
            else taken.addAll(u.columns());
        }
        return out;
    }

    private Map<String, Object> attribute(Table t, Column c, boolean underscored, Optional<Junction> junction,
                                          List<UniqueConstraint> asIndexes) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", type(t, c));
        if (!c.nullable()) a.put("allowNull", false);
        c.defaultValue().ifPresent(d -> a.put("defaultValue", defaultValue(d, c.type())));
        if (t.primaryKey().map(pk -> pk.columns().contains(c.name())).orElse(false)
                && !(t.primaryKey().get().columns().equals(List.of("id")) && implicitId(t, c) && junction.isEmpty())) {
            a.put("primaryKey", true);
            // Sequelize 7 names the key of a `unique: true` primary key column <table>_<column>_unique
            String v7Name = (t.baseName() + "_" + c.name() + "_unique").toLowerCase(Locale.ROOT);
            if (t.primaryKey().get().columns().size() == 1 && t.primaryKey().get().name().equals(v7Name)) a.put("unique", true);
        }
        if (c.autoIncrement()) a.put("autoIncrement", true);
        for (UniqueConstraint u : t.uniques()) {
            if (!u.columns().contains(c.name())) continue;
            if (junction.isPresent() && !junction.get().pairIndex() && u.name().equals(junction.get().pairName())) continue;
            if (asIndexes.contains(u)) continue;
            boolean single = u.columns().equals(List.of(c.name()));
            a.put("unique", single && u.name().equals(ConstraintNames.unique(t.baseName(), u.columns())) ? (Object) true : u.name());
        }
        if (!SequelizeNames.column(attributeName(c.name(), underscored), underscored).equals(c.name())) a.put("field", c.name());
        if (!c.comment().isEmpty()) a.put("comment", c.comment());
        deferrableReference(t, c).ifPresent(r -> a.put("references", r));
        return a;
    }

    /**
     * A deferrable key's {@code references: { model, key, deferrable }}: associations cannot say deferrable (nor can
     * Sequelize's), so the attribute does, next to the belongsTo or belongsToMany that makes the key.
     */
    private Optional<Map<String, Object>> deferrableReference(Table t, Column c) {
        return t.foreignKeys().stream().filter(fk -> fk.deferrable() && fk.columns().equals(List.of(c.name()))
                && modelNames.containsKey(fk.refTable())).findFirst().map(fk -> {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("model", modelNames.get(fk.refTable()));
                    r.put("key", fk.refColumns().get(0));
                    r.put("deferrable", fk.initiallyDeferred() ? "INITIALLY_DEFERRED" : "INITIALLY_IMMEDIATE");
                    return r;
                });
    }

    private static final java.util.regex.Pattern MARIADB_NUMBER = java.util.regex.Pattern.compile(
            "(tinyint|smallint|mediumint|int|bigint|decimal|double|float)(\\(\\d+(?:,\\d+)?\\))?( unsigned)?( zerofill)?");

    /** A type's MariaDB form as Sequelize writes it: {@code INTEGER(5).UNSIGNED.ZEROFILL}, {@code TEXT('medium')}, ... */
    static Optional<String> mariaDbType(ColumnType type) {
        String m = type.mariadb();
        if (m.isEmpty()) return Optional.empty();
        java.util.regex.Matcher x = MARIADB_NUMBER.matcher(m);
        if (x.matches()) {
            String name = x.group(1).equals("int") ? "INTEGER" : x.group(1).toUpperCase(Locale.ROOT);
            return Optional.of(name + (x.group(2) == null ? "" : x.group(2)) + (x.group(3) == null ? "" : ".UNSIGNED")
                    + (x.group(4) == null ? "" : ".ZEROFILL"));
        }
        if (m.matches("(tiny|medium|long)(text|blob)")) {
            String kind = m.endsWith("text") ? "TEXT" : "BLOB";
            return Optional.of(kind + "('" + m.substring(0, m.length() - 4) + "')");
        }
        if (m.matches("datetime\\(\\d\\)")) return Optional.of("DATE" + m.substring(8));
        return Optional.empty();
    }

    private String type(Table t, Column c) {
        ColumnType type = c.type();
        Optional<String> mariadb = mariaDbType(type);
        if (mariadb.isPresent()) return mariadb.get();
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
            case TIMESTAMPTZ -> type.precision() == 0 ? "DATE" : "DATE(" + type.precision() + ")";
            case DATE -> "DATEONLY";
            case TIME -> "TIME";
            case UUID -> "UUID";
            case JSON -> "JSON";
            case JSONB -> "JSONB";
            case BLOB -> "BLOB";
            case GEOMETRY -> type.geometryType().isEmpty() ? "GEOMETRY" : "GEOMETRY('" + type.geometryType() + "'"
                    + (type.length() == 0 ? "" : ", " + type.length()) + ")";
            case NATIVE -> {
                String n = type.nativeName();
                if (n.matches("[a-z]+")) yield n.toUpperCase(Locale.ROOT); // citext, inet, cidr, macaddr, tsvector, hstore
                notes.add(new Note(t.name(), t.name() + "." + c.name() + ": type " + n + " is written as TEXT (no model type reads it back yet)"));
                yield "TEXT";
            }
            case ENUM -> {
                List<String> values = live.enumType(type.enumName()).map(EnumType::values).orElse(List.of());
                String modelled = EnumType.nameFor(t.name(), c.name());
                if (!type.enumName().equals(modelled)) {
                    notes.add(new Note(t.name(), t.name() + "." + c.name() + ": enum type " + type.enumName()
                            + " has a name of its own (models name it " + modelled + ")"));
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
                case JSON, JSONB -> json(d.value());
                case INTEGER, BIGINT, SMALLINT, REAL, DOUBLE, DECIMAL -> number(d.value());
                default -> d.value();
            };
        };
    }

    /** A JSON default as the YAML value the model language writes it with (a map, list, number or boolean). */
    private static Object json(String text) {
        try {
            Object v = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                    new org.yaml.snakeyaml.LoaderOptions())).load(text);
            return v instanceof Map || v instanceof List || v instanceof Number || v instanceof Boolean ? v : text;
        } catch (RuntimeException e) {
            return text;
        }
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
            if (!c.descending() && c.operator().isEmpty() && c.collate().isEmpty() && c.length() == 0) {
                fields.add(name);
                continue;
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", name);
            if (c.length() > 0) f.put("length", c.length());
            if (c.descending()) f.put("order", "DESC");
            if (!c.operator().isEmpty()) f.put("operator", c.operator());
            if (!c.collate().isEmpty()) f.put("collate", c.collate());
            fields.add(f);
        }
        m.put("fields", fields);
        if (i.unique()) m.put("unique", true);
        if (!i.type().isEmpty()) m.put("type", i.type()); // FULLTEXT, SPATIAL
        if (!i.method().isEmpty()) m.put("using", i.method().toUpperCase(Locale.ROOT));
        if (!i.where().isEmpty()) m.put("where", i.where());
        return m;
    }

    /** belongsTo for every single-column foreign key to an imported table (but the keys of a belongsToMany). */
    private List<Map<String, Object>> associations(Table t) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<String> pair = throughModel(t).map(Junction::pair).orElse(List.of());
        Map<String, Long> perTarget = t.foreignKeys().stream().collect(Collectors.groupingBy(ForeignKey::refTable, Collectors.counting()));
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.columns().size() == 1 && pair.contains(fk.columns().get(0))) continue;
            if (fk.columns().size() != 1 || !modelNames.containsKey(fk.refTable())) {
                notes.add(new Note(t.name(), t.name() + ": foreign key " + fk.name() + " (" + String.join(", ", fk.columns()) + ") → "
                        + fk.refTable() + " is not imported (" + (fk.columns().size() != 1 ? "several columns"
                        : fk.refTable() + " is not imported") + ")"));
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
            names.computeIfAbsent(t.name(), k -> new HashSet<>()).add(as != null ? as : targetModel);
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
            if (inverses && as == null) {
                Map<String, Object> inverse = inverseOf(t, fk, col, a);
                received.computeIfAbsent(target.name(), k -> new ArrayList<>()).add(inverse);
                names.computeIfAbsent(target.name(), k -> new HashSet<>()).add(inverse.containsKey("hasOne")
                        ? modelNames.get(t.name()) : SequelizeNames.pluralize(modelNames.get(t.name())));
            }
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

    /**
     * The belongsToMany sides of a junction. The resolver orders the key pair by the first
     * declaration it reads (sequelize6: its key first; sequelize7: the other side's key first), and
     * it reads the files in name order: when the model that comes first must not declare first,
     * only the other one declares, naming the first one's side with {@code inverse}.
     */
    private void manyToMany(Junction j, Form form) {
        Map<String, Object> sharedOptions = throughOptions(j, form);
        String declarer = v7 ? j.second().refTable() : j.first().refTable();
        // a through model's keys follow its own underscored; a string junction's that of the first declaring model (sequelize6)
        boolean underscoredKeys = form == Form.MODEL ? underscored(j.table()) : !v7 && underscored(live.table(declarer).orElseThrow());
        if (j.self()) {
            ForeignKey own = v7 ? j.second() : j.first();
            ForeignKey other = v7 ? j.first() : j.second();
            String table = own.refTable();
            String as = claim(table, SequelizeNames.pluralize(alias(other.columns().get(0))));
            String inverseAs = v7 ? claim(table, SequelizeNames.pluralize(alias(own.columns().get(0)))) : null;
            add(table, side(j, own, other, sharedOptions, as, inverseAs, false, underscoredKeys));
            return;
        }
        ForeignKey own = declarer.equals(j.first().refTable()) ? j.first() : j.second();
        ForeignKey other = own == j.first() ? j.second() : j.first();
        boolean declarerFirst = fileNames.get(declarer).compareTo(fileNames.get(other.refTable())) <= 0;
        boolean differentActions = own.onDelete() != other.onDelete() || own.onUpdate() != other.onUpdate();
        String targetModel = modelNames.get(other.refTable());
        String ownModel = modelNames.get(declarer);
        String as = nameFor(declarer, targetModel, j);
        if (declarerFirst) {
            add(declarer, side(j, own, other, sharedOptions, as, null, differentActions, underscoredKeys));
            add(other.refTable(), side(j, other, own, sharedOptions, nameFor(other.refTable(), ownModel, j), null,
                    differentActions, underscoredKeys));
        } else {
            String inverseAs = claim(other.refTable(), SequelizeNames.pluralize(ownModel));
            add(declarer, side(j, own, other, sharedOptions, as, inverseAs, differentActions, underscoredKeys));
        }
    }

    /** The as of a belongsToMany: none when the default name (the target's plural) is free on the model, else a name of its own. */
    private String nameFor(String table, String targetModel, Junction j) {
        String plural = SequelizeNames.pluralize(targetModel);
        Set<String> used = names.computeIfAbsent(table, k -> new HashSet<>());
        if (used.add(plural)) return null;
        String as = SequelizeNames.camelize(SequelizeNames.underscore(plural) + "_via_" + SequelizeNames.underscore(
                modelNames.get(j.table().name())));
        return claim(table, Character.toLowerCase(as.charAt(0)) + as.substring(1));
    }

    private String claim(String table, String name) {
        Set<String> used = names.computeIfAbsent(table, k -> new HashSet<>());
        String n = name;
        for (int i = 2; !used.add(n); i++) n = name + i;
        return n;
    }

    private void add(String table, Map<String, Object> side) {
        received.computeIfAbsent(table, k -> new ArrayList<>()).add(side);
    }

    /** through, and uniqueKey where the pair's unique constraint has a name of its own. */
    private Map<String, Object> throughOptions(Junction j, Form form) {
        Map<String, Object> m = new LinkedHashMap<>();
        Table t = j.table();
        if (form == Form.STRING) {
            m.put("through", timestamps(t) ? t.baseName() : new LinkedHashMap<>(Map.of("model", t.baseName(), "timestamps", false)));
            return m;
        }
        String model = modelNames.get(t.name());
        m.put("through", j.pairIndex() ? new LinkedHashMap<>(Map.of("model", model, "unique", false)) : model);
        if (j.kind() != Junction.Kind.PAIR_KEY && !j.pairIndex()
                && !j.pairName().equals(ConstraintNames.unique(t.baseName(), j.pair()))) {
            m.put("uniqueKey", j.pairName());
        }
        return m;
    }

    private Map<String, Object> side(Junction j, ForeignKey own, ForeignKey other, Map<String, Object> shared,
                                     String as, String inverseAs, boolean writeCascade, boolean underscoredKeys) {
        Map<String, Object> m = new LinkedHashMap<>();
        String ownTable = own.refTable();
        String targetTable = other.refTable();
        m.put("belongsToMany", modelNames.get(targetTable));
        m.put("through", shared.get("through"));
        if (as != null) m.put("as", as);
        String ownPrefix = j.self() && v7 ? SequelizeNames.singularize(inverseAs) : SequelizeNames.singularize(modelNames.get(ownTable));
        String otherPrefix = j.self() ? SequelizeNames.singularize(as) : SequelizeNames.singularize(modelNames.get(targetTable));
        if (!own.columns().get(0).equals(defaultKey(ownPrefix, ownTable, underscoredKeys))) {
            m.put("foreignKey", own.columns().get(0));
        }
        if (!other.columns().get(0).equals(defaultKey(otherPrefix, targetTable, underscoredKeys))) {
            m.put("otherKey", other.columns().get(0));
        }
        if (shared.containsKey("uniqueKey")) m.put("uniqueKey", shared.get("uniqueKey"));
        if (writeCascade || own.onDelete() != ForeignKey.Action.CASCADE) m.put("onDelete", own.onDelete().sql());
        if (writeCascade || own.onUpdate() != ForeignKey.Action.CASCADE) m.put("onUpdate", own.onUpdate().sql());
        if (inverseAs != null) m.put("inverse", new LinkedHashMap<>(Map.of("as", inverseAs)));
        return m;
    }

    /** The column of a junction key Sequelize names by default: prefix and the referenced table's key attribute. */
    private String defaultKey(String prefix, String referenced, boolean underscoredKeys) {
        Table t = live.table(referenced).orElseThrow();
        String pk = t.primaryKey().orElseThrow().columns().get(0);
        String attribute = SequelizeNames.key(v7, prefix, attributeName(pk, underscored(t)));
        return SequelizeNames.column(attribute, underscoredKeys);
    }

    /**
     * The form a junction is first tried in: through its name when it holds nothing but the two
     * keys (and timestamps as modelsync makes them), else through a model (also when a key is deferrable,
     * which only the model's attribute can say).
     */
    public static Form preferred(Junction j) {
        Table t = j.table();
        boolean plainKeys = j.pair().stream().map(c -> t.column(c).orElseThrow())
                .allMatch(c -> c.comment().isEmpty() && c.defaultValue().isEmpty() && !c.autoIncrement());
        boolean onlyKeys = t.columns().stream().allMatch(c -> j.pair().contains(c.name()) || implicitTimestamp(t, c));
        boolean string = j.kind() == Junction.Kind.PAIR_KEY && t.primaryKey().orElseThrow().name().equals(ConstraintNames.primaryKey(t.baseName()))
                && t.uniques().isEmpty() && t.indexes().isEmpty() && t.comment().isEmpty() && t.foreignKeys().size() == 2
                && plainKeys && onlyKeys && (timestamps(t) || t.columns().size() == 2)
                && t.foreignKeys().stream().noneMatch(ForeignKey::deferrable);
        return string ? Form.STRING : Form.MODEL;
    }

    /** The unmapped column types of the imported tables, as notes. */
    public static List<Note> unmapped(LiveSchema live, Schema chosen) {
        List<Note> out = new ArrayList<>();
        for (Table t : chosen.tables()) {
            for (Column c : t.columns()) {
                String type = live.unmappedTypes().get(LiveSchema.key(t.name(), c.name()));
                if (type != null) out.add(new Note(t.name(), LiveSchema.key(t.name(), c.name()) + ": type " + type
                        + " has no model type; written as TEXT"));
            }
        }
        return out;
    }
}
