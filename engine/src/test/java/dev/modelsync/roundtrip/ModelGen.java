package dev.modelsync.roundtrip;

import dev.modelsync.roundtrip.ModelSpec.Assoc;
import dev.modelsync.roundtrip.ModelSpec.Attr;
import dev.modelsync.roundtrip.ModelSpec.Model;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;
import java.util.Map;

/**
 * jqwik generators of model sets and of edits to them, built from combinators only, so jqwik
 * shrinks a failing case by itself: fewer models, attributes, associations and edits, and smaller
 * picks (every pick is an index taken modulo the candidates, so it shrinks towards the first).
 * An edit that does not apply to the model set at hand (say, a widening of a type that has none)
 * changes nothing and is skipped.
 */
final class ModelGen {
    private ModelGen() {
    }

    /** What an attribute is made of, before it gets a name. */
    record AttrSeed(int type, boolean allowNull, boolean withDefault, boolean unique, boolean field, boolean comment) {
    }

    record ModelSeed(List<AttrSeed> attrs, boolean underscored, boolean timestamps, boolean paranoid, boolean freeze,
                     boolean comment) {
    }

    /** kind: 0 belongsTo, 1 hasOne, 2 hasMany, 3 belongsToMany through a table name, 4 through a model. */
    record AssocSeed(int kind, int source, int target) {
    }

    enum Kind { ADD_ATTRIBUTE, ADD_MODEL, ADD_ASSOCIATION, RENAME_MODEL, RENAME_ATTRIBUTE, WIDEN, DROP_ATTRIBUTE,
        DROP_MODEL, ALLOW_NULL, ADD_INDEX, TIMESTAMPS_PARANOID }

    /** One edit; {@code a}, {@code b}, {@code c} pick a model, an attribute, a type or kind (modulo the candidates). */
    record Edit(Kind kind, int a, int b, int c) {
        boolean destructive() {
            return kind == Kind.DROP_ATTRIBUTE || kind == Kind.DROP_MODEL;
        }

        @Override
        public String toString() {
            return kind + "(" + a + "," + b + "," + c + ")";
        }
    }

    static Arbitrary<ModelSpec> modelSets() {
        Arbitrary<AttrSeed> attr = Combinators.combine(Arbitraries.integers().between(0, ModelSpec.TYPES.size() - 1),
                Arbitraries.of(true, false), Arbitraries.of(false, true), Arbitraries.of(false, true),
                Arbitraries.of(false, true), Arbitraries.of(false, true)).as(AttrSeed::new);
        Arbitrary<ModelSeed> model = Combinators.combine(attr.list().ofMaxSize(4), Arbitraries.of(false, true),
                Arbitraries.of(true, false), Arbitraries.of(false, true), Arbitraries.of(false, true),
                Arbitraries.of(false, true)).as(ModelSeed::new);
        Arbitrary<AssocSeed> assoc = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3)).as(AssocSeed::new);
        return Combinators.combine(model.list().ofMinSize(1).ofMaxSize(3), assoc.list().ofMaxSize(3)).as(ModelGen::build);
    }

    static Arbitrary<List<Edit>> edits() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 30);
        return Combinators.combine(Arbitraries.of(Kind.class), pick, pick, pick).as(Edit::new).list().ofMinSize(3).ofMaxSize(8);
    }

    static ModelSpec build(List<ModelSeed> models, List<AssocSeed> assocs) {
        ModelSpec s = new ModelSpec();
        int i = 0;
        for (ModelSeed seed : models) {
            Model m = new Model(s.fresh(ModelSpec.MODEL_WORDS, i++));
            m.underscored = seed.underscored();
            m.timestamps = seed.timestamps();
            m.paranoid = seed.paranoid() && seed.timestamps();
            m.freezeTableName = seed.freeze();
            if (seed.comment()) m.comment = "table " + m.name;
            int j = 0;
            for (AttrSeed a : seed.attrs()) m.attrs.add(attribute(s, a, j++));
            s.models.add(m);
        }
        for (AssocSeed a : assocs) associate(s, a.kind(), a.source(), a.target());
        return s;
    }

    private static Attr attribute(ModelSpec s, AttrSeed seed, int word) {
        String type = ModelSpec.TYPES.get(seed.type());
        Attr a = new Attr(s.fresh(ModelSpec.ATTR_WORDS, word), type);
        a.allowNull = seed.allowNull();
        a.withDefault = seed.withDefault();
        a.unique = seed.unique() && Attr.canBeUnique(type);
        if (seed.field()) a.field = "col" + s.serial++;
        if (seed.comment()) a.comment = "about " + a.name;
        return a;
    }

    /** Adds an association between two entities (source and target picked modulo their count). */
    static void associate(ModelSpec s, int kind, int source, int target) {
        List<Model> entities = s.entities();
        if (entities.isEmpty()) return;
        Model src = ModelSpec.pick(entities, source);
        Model tgt = ModelSpec.pick(entities, target);
        String rel = "rel" + s.serial++;
        Assoc a = new Assoc(List.of("belongsTo", "hasOne", "hasMany", "belongsToMany", "belongsToMany").get(Math.floorMod(kind, 5)),
                tgt.name);
        a.as = rel;
        a.foreignKey = rel + "Id";
        if (a.kind.equals("belongsToMany")) {
            a.otherKey = rel + "OtherId";
            if (Math.floorMod(kind, 5) == 3) {
                a.through = "Link" + s.serial++;
            } else {
                Model through = new Model("Member" + s.serial++);
                through.through = true;
                Attr role = new Attr("role" + s.serial++, "STRING(20)");
                role.allowNull = false;
                role.withDefault = true;
                through.attrs.add(role);
                s.models.add(through);
                a.through = through.name;
            }
        }
        src.assocs.add(a);
    }

    private static final Map<String, List<String>> WIDER = Map.ofEntries(
            Map.entry("STRING", List.of("STRING(300)", "TEXT")),
            Map.entry("STRING(40)", List.of("STRING(80)", "STRING")),
            Map.entry("STRING(80)", List.of("STRING(300)", "TEXT")),
            Map.entry("STRING(300)", List.of("TEXT")),
            Map.entry("CHAR(10)", List.of("STRING(10)", "STRING(40)")),
            Map.entry("SMALLINT", List.of("INTEGER", "BIGINT")),
            Map.entry("INTEGER", List.of("BIGINT")),
            Map.entry("REAL", List.of("DOUBLE")),
            Map.entry("DECIMAL(10,2)", List.of("DECIMAL(12,2)", "DECIMAL(12,3)")),
            Map.entry("DECIMAL(12,2)", List.of("DECIMAL(14,2)")),
            Map.entry("DECIMAL(8)", List.of("DECIMAL(10)", "DECIMAL(12,2)")),
            Map.entry("UUID", List.of("TEXT")),
            Map.entry("ENUM(low, mid, high)", List.of("ENUM(low, mid, high, top)", "ENUM(low, lowish, mid, high)", "TEXT")),
            Map.entry("JSON", List.of("JSONB")),
            Map.entry("JSONB", List.of("JSON")));

    /** Applies {@code e} to {@code s} in place; false when it does not apply (nothing changed). */
    static boolean apply(ModelSpec s, Edit e) {
        List<Model> all = s.models;
        List<Model> entities = s.entities();
        switch (e.kind()) {
            case ADD_ATTRIBUTE -> {
                Model m = ModelSpec.pick(all, e.a());
                Attr a = new Attr(s.fresh(ModelSpec.ATTR_WORDS, e.b()), ModelSpec.pick(ModelSpec.TYPES, e.c()));
                a.allowNull = e.b() % 2 == 0 || Attr.defaultFor(a.type) == null;
                a.unique = a.allowNull && e.b() % 5 == 0 && Attr.canBeUnique(a.type);
                // a unique column with a constant default cannot be added to a table of two rows or more
                a.withDefault = !a.allowNull || e.b() % 3 == 0 && !a.unique;
                m.attrs.add(a);
                return true;
            }
            case ADD_MODEL -> {
                Model m = new Model(s.fresh(ModelSpec.MODEL_WORDS, e.a()));
                m.underscored = e.b() % 2 == 1;
                m.attrs.add(new Attr(s.fresh(ModelSpec.ATTR_WORDS, e.b()), ModelSpec.pick(ModelSpec.TYPES, e.c())));
                s.models.add(m);
                return true;
            }
            case ADD_ASSOCIATION -> {
                associate(s, e.c(), e.a(), e.b());
                return !entities.isEmpty();
            }
            case RENAME_MODEL -> {
                Model m = ModelSpec.pick(all, e.a());
                String old = m.name;
                m.name = s.fresh(ModelSpec.MODEL_WORDS, e.b());
                m.renamedFrom = old;
                for (Model o : all) {
                    for (Assoc a : o.assocs) {
                        if (a.target.equals(old)) a.target = m.name;
                        if (old.equals(a.through)) a.through = m.name;
                    }
                }
                return true;
            }
            case RENAME_ATTRIBUTE -> {
                Model m = ModelSpec.pick(all, e.a());
                if (m.attrs.isEmpty()) return false;
                Attr a = ModelSpec.pick(m.attrs, e.b());
                String old = a.name;
                a.name = s.fresh(ModelSpec.ATTR_WORDS, e.c());
                a.renamedFrom = old;
                m.indexes.replaceAll(i -> i.equals(old) ? a.name : i);
                return true;
            }
            case WIDEN -> {
                Model m = ModelSpec.pick(all, e.a());
                if (m.attrs.isEmpty()) return false;
                Attr a = ModelSpec.pick(m.attrs, e.b());
                List<String> wider = WIDER.get(a.type);
                if (wider == null) return false;
                String to = ModelSpec.pick(wider, e.c());
                if (to.equals("TEXT") && (a.unique || m.indexes.contains(a.name))) return false;
                if (a.withDefault && a.type.equals("UUID")) a.withDefault = false;
                a.type = to;
                return true;
            }
            case DROP_ATTRIBUTE -> {
                Model m = ModelSpec.pick(all, e.a());
                if (m.attrs.isEmpty()) return false;
                Attr a = ModelSpec.pick(m.attrs, e.b());
                m.attrs.remove(a);
                m.indexes.remove(a.name);
                return true;
            }
            case DROP_MODEL -> {
                if (entities.size() < 2) return false;
                Model m = ModelSpec.pick(entities, e.a());
                s.models.remove(m);
                s.removeAssociations(a -> a.target.equals(m.name));
                // through models no belongsToMany uses any more go with it
                s.models.removeIf(t -> t.through && s.models.stream().flatMap(o -> o.assocs.stream()).noneMatch(a -> t.name.equals(a.through)));
                return true;
            }
            case ALLOW_NULL -> {
                Model m = ModelSpec.pick(all, e.a());
                List<Attr> required = m.attrs.stream().filter(a -> !a.allowNull).toList();
                if (required.isEmpty()) return false;
                ModelSpec.pick(required, e.b()).allowNull = true;
                return true;
            }
            case ADD_INDEX -> {
                Model m = ModelSpec.pick(all, e.a());
                List<Attr> indexable = m.attrs.stream().filter(a -> !m.indexes.contains(a.name)
                        && !a.type.matches("TEXT|BLOB|JSON|JSONB")).toList();
                if (indexable.isEmpty()) return false;
                m.indexes.add(ModelSpec.pick(indexable, e.b()).name);
                return true;
            }
            case TIMESTAMPS_PARANOID -> {
                Model m = ModelSpec.pick(all, e.a());
                if (!m.timestamps) {
                    m.timestamps = true;
                } else if (!m.paranoid && !m.through) {
                    m.paranoid = true;
                } else {
                    return false;
                }
                return true;
            }
            default -> throw new IllegalStateException(e.toString());
        }
    }
}
