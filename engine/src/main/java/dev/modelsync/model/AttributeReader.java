package dev.modelsync.model;

import dev.modelsync.problem.Suggest;
import dev.modelsync.yaml.YNode;

import dev.modelsync.model.AttributeDef.Reference;
import dev.modelsync.model.TypeSpec.Logical;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.ForeignKey.Action;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one attribute: the shorthand {@code name: TYPE} or the full map of docs/models.md, Attributes. */
final class AttributeReader {
    static final List<String> OPTIONS = List.of("type", "allowNull", "defaultValue", "unique", "primaryKey",
            "autoIncrement", "field", "comment", "validate", "references", "onDelete", "onUpdate", "renamedFrom", "values",
            "autoIncrementIdentity", "get", "set", "columnName", "index");
    /** Keys of Sequelize 7's {@code index: { ... }} on an attribute. */
    static final List<String> INDEX_KEYS = List.of("name", "unique", "attribute");
    static final List<String> VALIDATORS = List.copyOf(Validators.ALL.keySet());
    static final Set<Logical> INTEGERS = EnumSet.of(Logical.INTEGER, Logical.BIGINT, Logical.SMALLINT);
    static final List<String> REFERENCE_KEYS = List.of("model", "key", "deferrable", "table");
    /** Keys of a table object ({@code TableNameWithSchema}) under {@code references.table} or {@code references.model}. */
    static final List<String> TABLE_KEYS = List.of("tableName", "schema");
    /** Sequelize's Deferrable kinds for a column, as written after {@code Deferrable.} (accepted; see docs/models.md). */
    static final List<String> DEFERRABLE = List.of("INITIALLY_IMMEDIATE", "INITIALLY_DEFERRED", "NOT");
    /** Sequelize's Deferrable kinds for transactions ({@code SET CONSTRAINTS}), which a column cannot take. */
    static final List<String> DEFERRABLE_SET = List.of("SET_DEFERRED", "SET_IMMEDIATE");

    private final Values values;
    private final DefaultValues defaults;

    AttributeReader(Values values) {
        this.values = values;
        this.defaults = new DefaultValues(values);
    }

    Optional<AttributeDef> read(YNode.Scalar name, YNode value) {
        Optional<String> attrName = values.name(name, "attribute name");
        if (value instanceof YNode.Scalar s) {
            if (s.isNull()) {
                values.problems().add(name.pos(), "attribute '" + name.text() + "' needs a type, e.g. "
                        + name.text() + ": STRING or " + name.text() + ": { type: STRING }");
                return Optional.empty();
            }
            Optional<TypeSpec> type = TypeParser.parse(s.text(), s.pos(), values.problems());
            if (type.isPresent() && type.get().kind() == Logical.ENUM && type.get().enumValues().isEmpty()) {
                values.problems().add(s.pos(), "ENUM needs its values: write ENUM(a, b) or { type: ENUM, values: [a, b] }");
                return Optional.empty();
            }
            if (attrName.isEmpty() || type.isEmpty()) return Optional.empty();
            return Optional.of(new AttributeDef(attrName.get(), name.pos(), type.get(), true, Optional.empty(),
                    Optional.empty(), false, false, Optional.empty(), "", Map.of(), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of()));
        }
        Optional<YNode.Map> map = values.map(value, "attribute '" + name.text() + "'");
        if (map.isEmpty()) return Optional.empty();
        return full(name, attrName, map.get());
    }

    private Optional<AttributeDef> full(YNode.Scalar name, Optional<String> attrName, YNode.Map map) {
        int before = values.problems().size();
        Optional<TypeSpec> type = type(name, map);
        boolean allowNull = true;
        Optional<DefaultValue> defaultValue = Optional.empty();
        Optional<String> unique = Optional.empty();
        Optional<String> uniqueMsg = Optional.empty();
        Optional<String> columnName = Optional.empty();
        Optional<AttributeDef.AttributeIndex> index = Optional.empty();
        boolean primaryKey = false;
        boolean autoIncrement = false;
        Optional<String> field = Optional.empty();
        String comment = "";
        Map<String, Object> validate = Map.of();
        Optional<Reference> references = Optional.empty();
        Optional<Action> onDelete = Optional.empty();
        Optional<Action> onUpdate = Optional.empty();
        List<String> renamedFrom = List.of();
        for (YNode.Entry e : map.entries()) {
            YNode v = e.value();
            switch (e.key().text()) {
                case "type", "values" -> { /* read by type() */ }
                case "allowNull" -> allowNull = values.bool(v, "allowNull").orElse(true);
                case "defaultValue" -> defaultValue = defaults.read(v, type);
                case "unique" -> {
                    unique = unique(v);
                    uniqueMsg = v instanceof YNode.Map m ? m.entry("msg").flatMap(x -> values.string(x.value(), "unique.msg"))
                            : Optional.empty();
                }
                case "primaryKey" -> primaryKey = values.bool(v, "primaryKey").orElse(false);
                case "autoIncrement" -> autoIncrement = values.bool(v, "autoIncrement").orElse(false) || autoIncrement;
                case "autoIncrementIdentity" -> autoIncrement = values.bool(v, "autoIncrementIdentity").orElse(false)
                        || autoIncrement; // an identity column, which modelsync makes for every autoIncrement
                case "get", "set" -> { /* code: no schema effect */ }
                case "field" -> field = values.name(v, "field");
                case "columnName" -> columnName = values.name(v, "columnName");
                case "index" -> index = index(v);
                case "comment" -> comment = values.string(v, "comment").orElse("");
                case "validate" -> validate = validate(v);
                case "references" -> references = references(v);
                case "onDelete" -> onDelete = values.action(v, "onDelete");
                case "onUpdate" -> onUpdate = values.action(v, "onUpdate");
                case "renamedFrom" -> renamedFrom = values.names(v, "renamedFrom");
                default -> {
                    if (!splitByFlowComma(map, e)) values.unknown(e.key(), "attribute option", OPTIONS, "valid");
                }
            }
        }
        if (autoIncrement && type.isPresent() && !INTEGERS.contains(type.get().kind())) {
            values.problems().add(map.entry("autoIncrement").or(() -> map.entry("autoIncrementIdentity")).orElseThrow()
                    .key().pos(), "autoIncrement needs an "
                    + "INTEGER, BIGINT or SMALLINT attribute, not " + type.get().text());
        }
        if (attrName.isEmpty() || type.isEmpty() || values.problems().size() > before) return Optional.empty();
        return Optional.of(new AttributeDef(attrName.get(), name.pos(), type.get(), allowNull, defaultValue, unique,
                primaryKey, autoIncrement, field, comment, validate, references, onDelete, onUpdate, renamedFrom,
                unique.isPresent() ? uniqueMsg : Optional.empty(), columnName, index));
    }

    /**
     * In {@code { type: DECIMAL(10,2) }} or {@code { type: ENUM(a, b) }} YAML splits at the commas and
     * makes {@code 2)} or {@code b)} keys without values: the type's own message explains it, so
     * those keys are not reported again.
     */
    private static boolean splitByFlowComma(YNode.Map map, YNode.Entry e) {
        boolean typeUnclosed = map.entry("type").map(t -> t.value() instanceof YNode.Scalar s
                && s.text().contains("(") && !s.text().contains(")")).orElse(false);
        return typeUnclosed && e.value() instanceof YNode.Scalar v && v.isNull();
    }

    /** {@code type}, plus {@code values} for the list form of ENUM. */
    private Optional<TypeSpec> type(YNode.Scalar name, YNode.Map map) {
        Optional<YNode.Entry> typeEntry = map.entry("type");
        Optional<YNode.Entry> valuesEntry = map.entry("values");
        if (typeEntry.isEmpty()) {
            values.problems().add(name.pos(), "attribute '" + name.text() + "' has no type; add for example type: STRING");
            return Optional.empty();
        }
        Optional<String> text = values.string(typeEntry.get().value(), "type");
        if (text.isEmpty()) return Optional.empty();
        Optional<TypeSpec> type = TypeParser.parse(text.get(), typeEntry.get().value().pos(), values.problems());
        if (type.isEmpty()) return type;
        boolean bareEnum = type.get().kind() == Logical.ENUM && type.get().enumValues().isEmpty();
        if (valuesEntry.isPresent()) {
            if (!bareEnum) {
                values.problems().add(valuesEntry.get().key().pos(), "'values' belongs to type: ENUM written without "
                        + "values; here the type is " + type.get().text());
                return Optional.empty();
            }
            Optional<YNode.Seq> seq = values.seq(valuesEntry.get().value(), "values");
            if (seq.isEmpty()) return Optional.empty();
            List<String> list = new ArrayList<>();
            for (YNode item : seq.get().items()) values.string(item, "an ENUM value").ifPresent(list::add);
            if (list.size() != seq.get().items().size()) return Optional.empty();
            return TypeParser.checkEnumValues(list, valuesEntry.get().value().pos(), values.problems())
                    .map(v -> new TypeSpec(Logical.ENUM, 0, 0, 0, v, type.get().text()));
        }
        if (bareEnum) {
            values.problems().add(typeEntry.get().value().pos(), "ENUM needs its values: write ENUM(a, b) or add values: [a, b]");
            return Optional.empty();
        }
        return type;
    }

    private Optional<String> unique(YNode v) {
        if (v instanceof YNode.Map m) {
            // Sequelize's { args: true, msg } and { name, msg }: msg is the message of the duplicate error
            Optional<String> out = Optional.empty();
            for (YNode.Entry e : m.entries()) {
                switch (e.key().text()) {
                    case "args" -> out = unique(e.value());
                    case "name" -> out = values.name(e.value(), "unique.name");
                    case "msg" -> { /* read by full(): the message of a duplicate value in seeds */ }
                    default -> values.unknown(e.key(), "unique option", List.of("args", "name", "msg"), "valid");
                }
            }
            if (m.entry("args").isEmpty() && m.entry("name").isEmpty()) return Optional.of("");
            return out;
        }
        if (v instanceof YNode.Scalar s && s.kind() == YNode.Scalar.Kind.BOOL) {
            return values.bool(v, "unique").filter(b -> b).map(b -> "");
        }
        if (v instanceof YNode.Scalar s && !s.isNull() && Values.isName(s.text())) return Optional.of(s.text());
        values.problems().add(v.pos(), "unique must be true, false or the name of a composite unique constraint, found "
                + v.describe());
        return Optional.empty();
    }

    /** Sequelize 7's {@code index: true | name | { name, unique, attribute: { order } }}; {@code false}: none. */
    private Optional<AttributeDef.AttributeIndex> index(YNode v) {
        if (v instanceof YNode.Scalar s && s.kind() == YNode.Scalar.Kind.BOOL) {
            return values.bool(v, "index").filter(b -> b)
                    .map(b -> new AttributeDef.AttributeIndex(Optional.empty(), false, false, v.pos()));
        }
        if (v instanceof YNode.Scalar) {
            return values.name(v, "index").map(n -> new AttributeDef.AttributeIndex(Optional.of(n), false, false, v.pos()));
        }
        Optional<YNode.Map> map = values.map(v, "index");
        if (map.isEmpty()) return Optional.empty();
        Optional<String> name = Optional.empty();
        boolean unique = false;
        boolean descending = false;
        for (YNode.Entry e : map.get().entries()) {
            switch (e.key().text()) {
                case "name" -> name = values.name(e.value(), "index.name");
                case "unique" -> unique = values.bool(e.value(), "index.unique").orElse(false);
                case "attribute" -> {
                    Optional<YNode.Map> attr = values.map(e.value(), "index.attribute");
                    for (YNode.Entry x : attr.map(YNode.Map::entries).orElse(List.of())) {
                        if (x.key().text().equals("order")) {
                            descending = values.string(x.value(), "index.attribute.order")
                                    .map(o -> o.equalsIgnoreCase("DESC")).orElse(false);
                        } else {
                            values.unknown(x.key(), "index.attribute option", List.of("order"), "valid");
                        }
                    }
                }
                default -> values.unknown(e.key(), "option of an attribute's index (write other index options under"
                        + " the model's indexes)", INDEX_KEYS, "valid");
            }
        }
        return Optional.of(new AttributeDef.AttributeIndex(name, unique, descending, v.pos()));
    }

    private Optional<Reference> references(YNode v) {
        if (v instanceof YNode.Scalar s && !s.isNull()) { // Sequelize 7's references: 'Users', a table name
            return values.name(v, "references").map(t -> new Reference(t, Optional.empty(), v.pos(), Optional.empty(),
                    Reference.Target.TABLE, Optional.empty()));
        }
        if (!(v instanceof YNode.Map || v instanceof YNode.Scalar)) {
            values.problems().add(v.pos(), "references must be a table name or a mapping ({ model: User, key: id } or "
                    + "{ table: Users, key: id }), found " + v.describe());
            return Optional.empty();
        }
        Optional<YNode.Map> map = values.map(v, "references");
        if (map.isEmpty()) return Optional.empty();
        Optional<TableName> model = Optional.empty();
        Optional<TableName> table = Optional.empty();
        Optional<String> key = Optional.empty();
        Optional<String> deferrable = Optional.empty();
        for (YNode.Entry e : map.get().entries()) {
            switch (e.key().text()) {
                case "model" -> model = e.value() instanceof YNode.Map m ? tableName(m, "references.model")
                        : values.name(e.value(), "references.model").map(n -> new TableName(n, Optional.empty(), false));
                case "table" -> table = tableName(e.value(), "references.table");
                case "key" -> key = values.name(e.value(), "references.key");
                case "deferrable" -> deferrable = deferrable(e.value());
                default -> values.unknown(e.key(), "references option", REFERENCE_KEYS, "valid");
            }
        }
        Optional<YNode.Entry> tableEntry = map.get().entry("table");
        if (map.get().entry("model").isPresent() && tableEntry.isPresent()) {
            values.problems().add(tableEntry.get().key().pos(), "references takes a model or a table, not both "
                    + "(Sequelize 7 refuses both): drop one of them");
            return Optional.empty();
        }
        if (map.get().entry("model").isEmpty() && tableEntry.isEmpty()) {
            values.problems().add(v.pos(), "references needs a model or a table: { model: User, key: id } or "
                    + "{ table: Users, key: id }");
        }
        Optional<String> k = key;
        Optional<String> d = deferrable;
        Optional<TableName> t0 = table;
        return model.map(m -> new Reference(m.name(), k, v.pos(), d,
                        m.object() ? Reference.Target.MODEL_TABLE : Reference.Target.MODEL, m.schema()))
                .or(() -> t0.map(t -> new Reference(t.name(), k, v.pos(), d, Reference.Target.TABLE, t.schema())));
    }

    /** A table as Sequelize writes it: a name, or {@code { tableName, schema }} ({@code object}). */
    private record TableName(String name, Optional<String> schema, boolean object) {}

    private Optional<TableName> tableName(YNode v, String what) {
        if (!(v instanceof YNode.Map m)) return values.name(v, what).map(n -> new TableName(n, Optional.empty(), false));
        Optional<String> name = Optional.empty();
        Optional<String> schema = Optional.empty();
        for (YNode.Entry e : m.entries()) {
            switch (e.key().text()) {
                case "tableName" -> name = values.name(e.value(), what + ".tableName");
                case "schema" -> schema = values.name(e.value(), what + ".schema");
                default -> values.unknown(e.key(), what + " option", TABLE_KEYS, "valid");
            }
        }
        if (m.entry("tableName").isEmpty()) {
            values.problems().add(v.pos(), what + " needs a tableName: { tableName: Users, schema: app }");
        }
        Optional<String> s = schema;
        return name.map(n -> new TableName(n, s, true));
    }

    /**
     * {@code deferrable: INITIALLY_DEFERRED}, {@code Deferrable.INITIALLY_DEFERRED}, {@code Sequelize.Deferrable.NOT}
     * or {@code new Deferrable.NOT()}: the kind, or empty after a problem.
     */
    private Optional<String> deferrable(YNode v) {
        Optional<String> text = values.string(v, "references.deferrable");
        if (text.isEmpty()) return Optional.empty();
        String kind = text.get().replaceFirst("^new\\s+", "").replaceFirst("^(Sequelize\\.)?Deferrable\\.", "")
                .replaceFirst("\\(.*\\)$", "");
        if (DEFERRABLE_SET.contains(kind)) {
            values.problems().add(v.pos(), "deferrable " + kind + " is for transactions (SET CONSTRAINTS ...), not for a "
                    + "column: Sequelize 6 writes it into CREATE TABLE, which PostgreSQL refuses (syntax error at or "
                    + "near \"SET\"); write INITIALLY_DEFERRED or INITIALLY_IMMEDIATE");
        } else if (!DEFERRABLE.contains(kind)) {
            values.problems().add(v.pos(), "unknown deferrable '" + text.get() + "'" + Suggest.didYouMean(kind, DEFERRABLE)
                    + "; valid: " + String.join(", ", DEFERRABLE));
        } else {
            return Optional.of(kind);
        }
        return Optional.empty();
    }

    private Map<String, Object> validate(YNode v) {
        Optional<YNode.Map> map = values.map(v, "validate");
        if (map.isEmpty()) return Map.of();
        Map<String, Object> out = new LinkedHashMap<>();
        for (YNode.Entry e : map.get().entries()) {
            String name = e.key().text();
            if (!VALIDATORS.contains(name)) {
                values.unknown(e.key(), "validator", VALIDATORS, "valid validators");
                continue;
            }
            if (!Validators.shapeOk(name, e.value(), values)) continue;
            values.raw(e.value(), "validator " + name).ifPresent(raw -> out.put(name, raw));
        }
        return out;
    }
}
