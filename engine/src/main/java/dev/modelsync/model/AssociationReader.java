package dev.modelsync.model;

import dev.modelsync.problem.Suggest;
import dev.modelsync.yaml.YNode;

import dev.modelsync.model.AssociationDef.ForeignKeySpec;
import dev.modelsync.model.AssociationDef.Kind;
import dev.modelsync.model.AssociationDef.Through;
import dev.modelsync.schema.ForeignKey.Action;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one entry of a model's {@code associations} list (docs/models.md, Associations). */
final class AssociationReader {
    static final List<String> KINDS = Arrays.stream(Kind.values()).map(Kind::key).toList();
    /** Each option and the kinds that accept it, in the order of the table in docs/models.md. */
    static final Map<String, Set<Kind>> OPTIONS = new LinkedHashMap<>();

    static {
        Set<Kind> all = EnumSet.allOf(Kind.class);
        OPTIONS.put("as", all);
        OPTIONS.put("foreignKey", all);
        OPTIONS.put("otherKey", EnumSet.of(Kind.BELONGS_TO_MANY));
        OPTIONS.put("sourceKey", EnumSet.of(Kind.HAS_ONE, Kind.HAS_MANY, Kind.BELONGS_TO_MANY));
        OPTIONS.put("targetKey", EnumSet.of(Kind.BELONGS_TO, Kind.BELONGS_TO_MANY));
        OPTIONS.put("through", EnumSet.of(Kind.BELONGS_TO_MANY));
        OPTIONS.put("inverse", EnumSet.of(Kind.BELONGS_TO_MANY));
        OPTIONS.put("onDelete", all);
        OPTIONS.put("onUpdate", all);
        OPTIONS.put("constraints", all);
        OPTIONS.put("foreignKeyConstraint", all);
        OPTIONS.put("keyType", EnumSet.of(Kind.BELONGS_TO, Kind.HAS_ONE, Kind.HAS_MANY));
        OPTIONS.put("timestamps", EnumSet.of(Kind.BELONGS_TO_MANY));
        OPTIONS.put("uniqueKey", EnumSet.of(Kind.BELONGS_TO_MANY));
        OPTIONS.put("hooks", all);
        OPTIONS.put("scope", EnumSet.of(Kind.HAS_ONE, Kind.HAS_MANY, Kind.BELONGS_TO_MANY));
    }

    /** Options read and kept without effect on the schema (Sequelize uses them at query time). */
    static final List<String> NO_SCHEMA_EFFECT = List.of("foreignKeyConstraint", "hooks", "scope");
    static final List<String> FOREIGN_KEY_OPTIONS = List.of("name", "allowNull", "type", "field", "defaultValue");
    /** {@code otherKey: { name, field }}. */
    static final List<String> OTHER_KEY_OPTIONS = List.of("name", "field");
    static final List<String> THROUGH_OPTIONS = List.of("model", "unique", "timestamps", "paranoid", "scope");

    private final Values values;

    AssociationReader(Values values) {
        this.values = values;
    }

    Optional<AssociationDef> read(YNode node) {
        Optional<YNode.Map> mapOpt = values.map(node, "an association");
        if (mapOpt.isEmpty()) return Optional.empty();
        YNode.Map map = mapOpt.get();
        List<YNode.Entry> kindEntries = map.entries().stream().filter(e -> KINDS.contains(e.key().text())).toList();
        if (kindEntries.isEmpty()) {
            boolean suggested = false;
            for (YNode.Entry e : map.entries()) {
                Optional<String> near = Suggest.closest(e.key().text(), KINDS);
                if (near.isPresent() && !OPTIONS.containsKey(e.key().text())) {
                    values.problems().add(e.key().pos(), "unknown association kind '" + e.key().text()
                            + "' (did you mean '" + near.get() + "'?); valid kinds: " + String.join(", ", KINDS));
                    suggested = true;
                }
            }
            if (!suggested) {
                values.problems().add(map.pos(), "an association needs exactly one of " + String.join(", ", KINDS)
                        + " naming the target model, e.g. - belongsTo: User");
            }
            return Optional.empty();
        }
        if (kindEntries.size() > 1) {
            values.problems().add(kindEntries.get(1).key().pos(), "an association has exactly one kind, found both '"
                    + kindEntries.get(0).key().text() + "' and '" + kindEntries.get(1).key().text()
                    + "'; write them as two list entries");
            return Optional.empty();
        }
        YNode.Entry kindEntry = kindEntries.get(0);
        Kind kind = Kind.values()[KINDS.indexOf(kindEntry.key().text())];
        return options(kind, kindEntry, map);
    }

    private Optional<AssociationDef> options(Kind kind, YNode.Entry kindEntry, YNode.Map map) {
        int before = values.problems().size();
        Optional<String> target = values.name(kindEntry.value(), kind.key() + " (the target model)");
        Optional<String> as = Optional.empty();
        Optional<ForeignKeySpec> foreignKey = Optional.empty();
        Optional<String> otherKey = Optional.empty();
        Optional<String> otherKeyField = Optional.empty();
        Optional<String> sourceKey = Optional.empty();
        Optional<String> targetKey = Optional.empty();
        Optional<Through> through = Optional.empty();
        Optional<String> inverseAs = Optional.empty();
        Optional<Action> onDelete = Optional.empty();
        Optional<Action> onUpdate = Optional.empty();
        boolean constraints = true;
        Optional<TypeSpec> keyType = Optional.empty();
        Optional<Boolean> timestamps = Optional.empty();
        Optional<String> uniqueKey = Optional.empty();
        for (YNode.Entry e : map.entries()) {
            String key = e.key().text();
            YNode v = e.value();
            if (e == kindEntry) continue;
            Set<Kind> accepting = OPTIONS.get(key);
            if (accepting == null) {
                values.unknown(e.key(), "association option", validFor(kind), "valid for " + kind.key());
                continue;
            }
            if (!accepting.contains(kind)) {
                values.problems().add(e.key().pos(), "option '" + key + "' is not valid for " + kind.key()
                        + "; only for " + String.join(", ", accepting.stream().map(Kind::key).toList())
                        + "; valid for " + kind.key() + ": " + String.join(", ", validFor(kind)));
                continue;
            }
            switch (key) {
                case "as" -> as = as(kind, v);
                case "foreignKey" -> foreignKey = foreignKey(v);
                case "keyType" -> keyType = values.string(v, "keyType").flatMap(t -> TypeParser.parse(t, v.pos(), values.problems()));
                case "timestamps" -> timestamps = values.bool(v, "timestamps");
                case "uniqueKey" -> uniqueKey = values.name(v, "uniqueKey");
                case "foreignKeyConstraint", "hooks", "scope" -> { /* no schema effect */ }
                case "otherKey" -> {
                    Optional<ForeignKeySpec> spec = otherKey(v);
                    otherKey = spec.flatMap(ForeignKeySpec::name);
                    otherKeyField = spec.flatMap(ForeignKeySpec::field);
                }
                case "sourceKey" -> sourceKey = values.name(v, "sourceKey");
                case "targetKey" -> targetKey = values.name(v, "targetKey");
                case "through" -> through = through(v);
                case "inverse" -> inverseAs = inverse(v);
                case "onDelete" -> onDelete = values.action(v, "onDelete");
                case "onUpdate" -> onUpdate = values.action(v, "onUpdate");
                case "constraints" -> constraints = values.bool(v, "constraints").orElse(true);
                default -> throw new IllegalStateException(key);
            }
        }
        if (kind == Kind.BELONGS_TO_MANY && map.entry("through").isEmpty()) {
            values.problems().add(kindEntry.key().pos(), "belongsToMany needs 'through': the junction model or table "
                    + "name, e.g. through: UserProject");
        }
        if (target.isEmpty() || values.problems().size() > before) return Optional.empty();
        Optional<TypeSpec> type = foreignKey.flatMap(ForeignKeySpec::type).isPresent()
                ? foreignKey.flatMap(ForeignKeySpec::type) : keyType;
        return Optional.of(new AssociationDef(kind, target.get(), map.pos(), as, foreignKey, otherKey, sourceKey,
                targetKey, through, inverseAs, onDelete, onUpdate, constraints, type, timestamps, uniqueKey, otherKeyField));
    }

    /** {@code as: name} or {@code as: { singular, plural }}: the plural names a hasMany/belongsToMany, the singular a hasOne. */
    private Optional<String> as(Kind kind, YNode v) {
        if (!(v instanceof YNode.Map m)) return values.name(v, "as");
        if (kind == Kind.BELONGS_TO) {
            values.problems().add(v.pos(), "as: { singular, plural } on belongsTo is refused: Sequelize 6 names the key "
                    + "'[object Object]Id' then; write the singular, e.g. as: " + m.entry("singular")
                    .map(e -> e.value() instanceof YNode.Scalar s ? s.text() : "writer").orElse("writer"));
            return Optional.empty();
        }
        Optional<String> singular = Optional.empty();
        Optional<String> plural = Optional.empty();
        for (YNode.Entry e : m.entries()) {
            switch (e.key().text()) {
                case "singular" -> singular = values.name(e.value(), "as.singular");
                case "plural" -> plural = values.name(e.value(), "as.plural");
                default -> values.unknown(e.key(), "as option", List.of("singular", "plural"), "valid");
            }
        }
        if (singular.isEmpty() || plural.isEmpty()) {
            values.problems().add(v.pos(), "as as an object needs both names: as: { singular: memo, plural: memos }");
            return Optional.empty();
        }
        return kind == Kind.HAS_ONE ? singular : plural;
    }

    static List<String> validFor(Kind kind) {
        List<String> out = new ArrayList<>();
        OPTIONS.forEach((k, kinds) -> {
            if (kinds.contains(kind)) out.add(k);
        });
        return out;
    }

    private Optional<ForeignKeySpec> foreignKey(YNode v) {
        if (v instanceof YNode.Scalar) {
            return values.name(v, "foreignKey").map(n -> new ForeignKeySpec(Optional.of(n), Optional.empty()));
        }
        Optional<TypeSpec> type = Optional.empty();
        Optional<YNode.Map> map = values.map(v, "foreignKey");
        if (map.isEmpty()) return Optional.empty();
        Optional<String> name = Optional.empty();
        Optional<Boolean> allowNull = Optional.empty();
        Optional<String> field = Optional.empty();
        Optional<YNode> defaultNode = Optional.empty();
        for (YNode.Entry e : map.get().entries()) {
            switch (e.key().text()) {
                case "defaultValue" -> defaultNode = Optional.of(e.value());
                case "name" -> name = values.name(e.value(), "foreignKey.name");
                case "allowNull" -> allowNull = values.bool(e.value(), "foreignKey.allowNull");
                case "type" -> type = values.string(e.value(), "foreignKey.type")
                        .flatMap(t -> TypeParser.parse(t, e.value().pos(), values.problems()));
                case "field" -> field = values.name(e.value(), "foreignKey.field");
                default -> values.unknown(e.key(), "foreignKey option", FOREIGN_KEY_OPTIONS, "valid");
            }
        }
        Optional<TypeSpec> t = type;
        Optional<dev.modelsync.schema.DefaultValue> defaultValue = defaultNode.flatMap(n -> new DefaultValues(values).read(n, t));
        return Optional.of(new ForeignKeySpec(name, allowNull, type, field, defaultValue));
    }

    /** {@code otherKey: name} or {@code otherKey: { name, field }}. */
    private Optional<ForeignKeySpec> otherKey(YNode v) {
        if (v instanceof YNode.Scalar) {
            return values.name(v, "otherKey").map(n -> new ForeignKeySpec(Optional.of(n), Optional.empty()));
        }
        Optional<YNode.Map> map = values.map(v, "otherKey");
        if (map.isEmpty()) return Optional.empty();
        Optional<String> name = Optional.empty();
        Optional<String> field = Optional.empty();
        for (YNode.Entry e : map.get().entries()) {
            switch (e.key().text()) {
                case "name" -> name = values.name(e.value(), "otherKey.name");
                case "field" -> field = values.name(e.value(), "otherKey.field");
                default -> values.unknown(e.key(), "otherKey option", OTHER_KEY_OPTIONS, "valid");
            }
        }
        return Optional.of(new ForeignKeySpec(name, Optional.empty(), Optional.empty(), field));
    }

    private Optional<Through> through(YNode v) {
        if (v instanceof YNode.Scalar) {
            return values.string(v, "through").map(n -> new Through(n, Optional.empty(), Optional.empty()));
        }
        Optional<YNode.Map> map = values.map(v, "through");
        if (map.isEmpty()) return Optional.empty();
        Optional<String> model = Optional.empty();
        Optional<Boolean> unique = Optional.empty();
        Optional<Boolean> timestamps = Optional.empty();
        Optional<Boolean> paranoid = Optional.empty();
        for (YNode.Entry e : map.get().entries()) {
            switch (e.key().text()) {
                case "model" -> model = values.string(e.value(), "through.model");
                case "unique" -> unique = values.bool(e.value(), "through.unique");
                case "timestamps" -> timestamps = values.bool(e.value(), "through.timestamps");
                case "paranoid" -> paranoid = values.bool(e.value(), "through.paranoid");
                case "scope" -> { /* query-time only */ }
                default -> values.unknown(e.key(), "through option", THROUGH_OPTIONS, "valid");
            }
        }
        if (map.get().entry("model").isEmpty()) {
            values.problems().add(v.pos(), "through needs a model: { model: UserProject } (a model or table name)");
            return Optional.empty();
        }
        Optional<Boolean> u = unique;
        Optional<Boolean> t = timestamps;
        Optional<Boolean> p = paranoid;
        return model.map(m -> new Through(m, u, t, p));
    }

    private Optional<String> inverse(YNode v) {
        Optional<YNode.Map> map = values.map(v, "inverse");
        if (map.isEmpty()) return Optional.empty();
        Optional<String> as = Optional.empty();
        for (YNode.Entry e : map.get().entries()) {
            if (e.key().text().equals("as")) as = values.name(e.value(), "inverse.as");
            else values.unknown(e.key(), "inverse option", List.of("as"), "valid");
        }
        if (map.get().entry("as").isEmpty()) {
            values.problems().add(v.pos(), "inverse needs the other side's name: inverse: { as: likers }");
        }
        return as;
    }
}
