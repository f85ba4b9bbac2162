package dev.modelsync.resolve;
import dev.modelsync.problem.Problems;

import dev.modelsync.schema.ForeignKey;

import dev.modelsync.model.AssociationDef;
import dev.modelsync.model.AssociationDef.Kind;
import dev.modelsync.problem.Suggest;
import dev.modelsync.resolve.ResolvedAttribute.DefaultRule;
import dev.modelsync.resolve.ResolvedAttribute.Reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * belongsToMany: one junction table per {@code through}, whether the two sides are declared on
 * both models (Sequelize 6 style) or once with {@code inverse} (Sequelize 7 style). A string
 * through naming no model becomes a table of exactly that name with the two keys (and
 * createdAt/updatedAt when timestamps are on); a through model keeps its table and attributes
 * and gets the two keys. Without a declared primary key the key pair is the primary key;
 * otherwise the pair is unique unless {@code through.unique: false}.
 */
final class JunctionBuilder {
    /** One declaration of a belongsToMany. */
    record Side(ModelState source, AssociationDef def) {}

    private final ResolutionContext ctx;
    private final KeyAttributes keys;
    private final ModelBuilder builder;

    JunctionBuilder(ResolutionContext ctx, ModelBuilder builder) {
        this.ctx = ctx;
        this.keys = new KeyAttributes(ctx);
        this.builder = builder;
    }

    /**
     * @param sides the declarations naming this through: the first, and when present the other side
     *              (from the target back to the source)
     */
    void build(String through, List<Side> sides) {
        Side a = sides.get(0);
        ModelState s = a.source();
        ModelState t = ctx.models.get(a.def().target());
        boolean self = s == t;
        Optional<Side> b = otherSide(through, a, sides, s, t);
        if (self && a.def().as().isEmpty()) return; // reported by SemanticValidator

        Optional<String> sourceKeyName = agree(a.def().sourceKey(), b.flatMap(x -> x.def().targetKey()), "sourceKey", "targetKey", a, b);
        Optional<String> targetKeyName = agree(a.def().targetKey(), b.flatMap(x -> x.def().sourceKey()), "targetKey", "sourceKey", a, b);
        Optional<ResolvedAttribute> sourceKey = keyOf(s, sourceKeyName, a);
        Optional<ResolvedAttribute> targetKey = keyOf(t, targetKeyName, a);
        if (sourceKey.isEmpty() || targetKey.isEmpty()) return;

        Optional<String> inverseAs = b.flatMap(x -> x.def().as()).or(() -> a.def().inverseAs());
        if (b.isPresent() && a.def().inverseAs().isPresent() && b.get().def().as().isPresent()
                && !a.def().inverseAs().equals(b.get().def().as())) {
            disagree(a, b.get(), "inverse.as " + a.def().inverseAs().get() + " and as " + b.get().def().as().get());
        }
        if (self && ctx.v7() && inverseAs.isEmpty()) {
            ctx.problems.add(a.def().pos(), "self-referencing belongsToMany " + SemanticValidator.describe(s.name(), a.def())
                    + " needs inverse: { as: ... } under sequelize7 (Sequelize 7 requires both names), for example"
                    + " inverse: { as: " + a.def().as().orElse("x") + "Of }");
            return;
        }
        Optional<String> fkA = agree(fk(a), b.flatMap(x -> x.def().otherKey()), "foreignKey", "otherKey", a, b);
        Optional<String> fkB = agree(a.def().otherKey(), b.flatMap(JunctionBuilder::fk), "otherKey", "foreignKey", a, b);
        String sourceColumnKey = fkA.orElseGet(() -> defaultSourceKey(s, sourceKey.get(), self, inverseAs));
        String targetColumnKey = fkB.orElseGet(() -> defaultTargetKey(t, targetKey.get(), self, a.def()));
        if (sourceColumnKey.equals(targetColumnKey)) {
            ctx.problems.add(a.def().pos(), "both keys of junction " + through + " would be named " + sourceColumnKey
                    + " (foreignKey and otherKey of " + SemanticValidator.describe(s.name(), a.def())
                    + "); set foreignKey and otherKey to two different names");
            return;
        }
        Optional<Boolean> unique = agreeFlag(a, b, x -> x.through().flatMap(AssociationDef.Through::unique), "through.unique");
        Optional<Boolean> timestamps = junctionTimestamps(through, a, b);
        Optional<Boolean> paranoid = agreeFlag(a, b, x -> x.through().flatMap(AssociationDef.Through::paranoid), "through.paranoid");
        Optional<String> uniqueKey = agree(a.def().uniqueKey(), b.flatMap(x -> x.def().uniqueKey()), "uniqueKey", "uniqueKey", a, b);
        ModelState junction = ctx.model(through).orElseGet(() -> ctx.junctions.computeIfAbsent(through, n ->
                builder.junction(n, ctx.v7()
                                ? ctx.set.define().underscored().orElse(false) : s.underscored,
                        timestamps.orElseGet(() -> ctx.set.define().timestamps().orElse(true)),
                        paranoid.orElse(false), s.options.version(), ctx.v7() ? ctx.set.define() : s.options,
                        ctx.v7() ? "" : s.def.comment(), a.def().pos())));
        // Sequelize (6 and 7) defines a string junction in the schema of the model whose belongsToMany declares it
        if (!ctx.models.containsKey(through)) junction.schema = s.schema;
        boolean throughModel = ctx.models.containsKey(through);

        boolean constraints = a.def().constraints() && b.map(x -> x.def().constraints()).orElse(true);
        String origin = SemanticValidator.describe(s.name(), a.def());
        // Sequelize 7 creates the inverse side's key first: the junction's columns and primary key are (other, own).
        Optional<ResolvedAttribute> colA;
        Optional<ResolvedAttribute> colB;
        for (Side side : b.map(x -> List.of(a, x)).orElse(List.of(a))) {
            if (side.def().foreignKey().flatMap(AssociationDef.ForeignKeySpec::defaultValue).isPresent()) {
                ctx.problems.add(side.def().pos(), "foreignKey.defaultValue on " + SemanticValidator.describe(
                        side.source().name(), side.def()) + " is not supported: a junction key has no default in"
                        + " modelsync; leave defaultValue out");
            }
        }
        // foreignKey.field / otherKey.field: the key columns' names, from either side
        Optional<String> fieldA = a.def().foreignKey().flatMap(AssociationDef.ForeignKeySpec::field)
                .or(() -> b.flatMap(x -> x.def().otherKeyField()));
        Optional<String> fieldB = a.def().otherKeyField()
                .or(() -> b.flatMap(x -> x.def().foreignKey().flatMap(AssociationDef.ForeignKeySpec::field)));
        if (ctx.v7()) {
            colB = addKey(junction, targetColumnKey, fieldB, targetKey.get(), t, constraints, b.flatMap(x -> x.def().onDelete())
                    .or(() -> a.def().onDelete()), b.flatMap(x -> x.def().onUpdate()).or(() -> a.def().onUpdate()), origin, a);
            colA = addKey(junction, sourceColumnKey, fieldA, sourceKey.get(), s, constraints, a.def().onDelete().or(() ->
                    b.flatMap(x -> x.def().onDelete())), a.def().onUpdate().or(() -> b.flatMap(x -> x.def().onUpdate())), origin, a);
        } else {
            colA = addKey(junction, sourceColumnKey, fieldA, sourceKey.get(), s, constraints, a.def().onDelete().or(() ->
                    b.flatMap(x -> x.def().onDelete())), a.def().onUpdate().or(() -> b.flatMap(x -> x.def().onUpdate())), origin, a);
            colB = addKey(junction, targetColumnKey, fieldB, targetKey.get(), t, constraints, b.flatMap(x -> x.def().onDelete())
                    .or(() -> a.def().onDelete()), b.flatMap(x -> x.def().onUpdate()).or(() -> a.def().onUpdate()), origin, a);
        }
        if (colA.isEmpty() || colB.isEmpty()) return;

        // a primary key of its own: declared on attributes other than the two keys (as Sequelize 7 decides)
        ResolvedAttribute keyA = colA.get();
        ResolvedAttribute keyB = colB.get();
        boolean ownPk = junction.attributes.values().stream().anyMatch(x -> x.primaryKey && x != keyA && x != keyB
                && !(x.implicit && x.autoIncrement));
        // Sequelize 6 makes the pair the key only in place of the implicit id it removes; a through model
        // without one (noPrimaryKey, Sequelize 6's removeAttribute('id')) keeps no primary key
        boolean keyless = !ctx.v7() && throughModel && junction.options.noPrimaryKey().orElse(false)
                && junction.attributes.values().stream().noneMatch(x -> x.primaryKey);
        if (!ownPk && !keyless) {
            junction.attributes.values().removeIf(x -> x.implicit && x.primaryKey && x.autoIncrement);
            colA.get().primaryKey = true;
            colB.get().primaryKey = true;
        } else if (unique.orElse(true)) {
            List<String> pair = ctx.v7() ? List.of(colB.get().column, colA.get().column)
                    : List.of(colA.get().column, colB.get().column);
            junction.junctionUniques.add(pair);
            uniqueKey.ifPresent(name -> junction.junctionUniqueNames.put(pair, name));
        }

        String throughModelName = throughModel ? through : "";
        if (!ctx.shadowed.contains(a.def())) {
            s.associations.add(new AssociationInfo(Kind.BELONGS_TO_MANY, SemanticValidator.name(a.def()), t.name(),
                    colA.get().column, colB.get().column, sourceKey.get().column, targetKey.get().column, junction.qualified(),
                    throughModelName));
        }
        if (b.map(x -> !ctx.shadowed.contains(x.def())).orElse(inverseAs.isPresent())) {
            String name = b.map(x -> SemanticValidator.name(x.def())).orElseGet(inverseAs::get);
            t.associations.add(new AssociationInfo(Kind.BELONGS_TO_MANY, name, s.name(), colB.get().column,
                    colA.get().column, targetKey.get().column, sourceKey.get().column, junction.qualified(), throughModelName));
        }
    }

    /** The second declaration, when it is the other side (target → source); more, or the same direction again, are errors. */
    private Optional<Side> otherSide(String through, Side a, List<Side> sides, ModelState s, ModelState t) {
        if (sides.size() < 2) return Optional.empty();
        for (Side extra : sides.subList(2, sides.size())) {
            ctx.problems.add(extra.def().pos(), "belongsToMany through " + through + " is declared a third time (first at "
                    + a.def().pos() + ", then at " + sides.get(1).def().pos() + "); a junction has two sides");
        }
        Side b = sides.get(1);
        if (b.source() == t && ctx.models.get(b.def().target()) == s) return Optional.of(b);
        ctx.problems.add(b.def().pos(), "belongsToMany " + SemanticValidator.describe(b.source().name(), b.def())
                + " uses through " + through + " again (first at " + a.def().pos() + "); the second declaration of a"
                + " junction must be the other side, " + t.name() + " → " + s.name() + ": name another through");
        return Optional.empty();
    }

    private static Optional<String> fk(Side side) {
        return side.def().foreignKey().flatMap(AssociationDef.ForeignKeySpec::name);
    }

    /** Sequelize 6: singular(Source) + sourceKey; Sequelize 7: the same in camelCase, or for self-references the inverse name. */
    private String defaultSourceKey(ModelState s, ResolvedAttribute sourceKey, boolean self, Optional<String> inverseAs) {
        if (self && ctx.v7()) {
            return Naming.key(ctx.conventions, Inflection.singularize(inverseAs.orElseThrow()), sourceKey.name);
        }
        return Naming.key(ctx.conventions, s.options.singularName().orElseGet(() -> Inflection.singularize(s.name())),
                sourceKey.name);
    }

    /** singular(Target) + targetKey; for self-references singular(as) + targetKey. */
    private String defaultTargetKey(ModelState t, ResolvedAttribute targetKey, boolean self, AssociationDef a) {
        String prefix = self ? Inflection.singularize(a.as().orElseThrow())
                : t.options.singularName().orElseGet(() -> Inflection.singularize(t.name()));
        return Naming.key(ctx.conventions, prefix, targetKey.name);
    }

    /**
     * A string junction's timestamps as each Sequelize reads them: Sequelize 6 from the belongsToMany's own
     * {@code timestamps} ({@code through.timestamps} has no effect there: an info line says so where it would
     * differ); Sequelize 7 from {@code through.timestamps} only (it refuses the belongsToMany's own). Empty: the
     * define default. A through model's timestamps are its own (or {@code through.timestamps}, SchemaResolver).
     */
    private Optional<Boolean> junctionTimestamps(String through, Side a, Optional<Side> b) {
        Optional<Boolean> own = agreeFlag(a, b, AssociationDef::timestamps, "timestamps");
        Optional<Boolean> inThrough = agreeFlag(a, b, x -> x.through().flatMap(AssociationDef.Through::timestamps),
                "through.timestamps");
        if (ctx.models.containsKey(through)) return inThrough.or(() -> own);
        if (ctx.v7()) {
            for (Side side : b.map(x -> List.of(a, x)).orElse(List.of(a))) {
                if (side.def().timestamps().isEmpty()) continue;
                ctx.problems.add(side.def().pos(), "timestamps on " + SemanticValidator.describe(side.source().name(),
                        side.def()) + ": Sequelize 7 refuses it (\"The timestamps option in belongsToMany has been renamed"
                        + " to through.timestamps\"); write through: { model: " + through + ", timestamps: "
                        + side.def().timestamps().get() + " }");
            }
            return inThrough;
        }
        boolean made = own.orElseGet(() -> ctx.set.define().timestamps().orElse(true));
        if (inThrough.isPresent() && inThrough.get() != made) {
            Side side = a.def().through().flatMap(AssociationDef.Through::timestamps).isPresent() ? a : b.orElseThrow();
            ctx.notes.add(side.def().pos() + ": info: through.timestamps: " + inThrough.get() + " of "
                    + SemanticValidator.describe(side.source().name(), side.def()) + " has no effect on the string"
                    + " junction " + through + " under sequelize6: Sequelize 6 takes a string junction's timestamps from"
                    + " the belongsToMany's own timestamps option, so " + through + (made ? " gets" : " has no")
                    + " createdAt and updatedAt; write timestamps: " + inThrough.get() + " beside through to have it so");
        }
        return Optional.of(made);
    }

    private Optional<ResolvedAttribute> addKey(ModelState junction, String name, Optional<String> field,
                                               ResolvedAttribute referenced,
                                               ModelState refModel, boolean constraints,
                                               Optional<ForeignKey.Action> onDelete, Optional<ForeignKey.Action> onUpdate,
                                               String origin, Side a) {
        return keys.add(junction, name, field, Optional.empty(), referenced.type, Optional.of(false), false, reference(constraints, refModel.qualified(),
                referenced.column, onDelete, onUpdate, origin, a), origin, a.def().pos());
    }

    private Optional<Reference> reference(boolean constraints, String table, String column,
                                          Optional<ForeignKey.Action> onDelete, Optional<ForeignKey.Action> onUpdate,
                                          String origin, Side a) {
        if (!constraints) return Optional.empty();
        return Optional.of(new Reference(table, column, onDelete, onUpdate, DefaultRule.JUNCTION, origin, a.def().pos()));
    }

    private Optional<ResolvedAttribute> keyOf(ModelState model, Optional<String> name, Side a) {
        if (name.isEmpty()) return Optional.of(model.primaryKeyAttribute());
        Optional<ResolvedAttribute> key = model.attribute(name.get());
        if (key.isEmpty()) {
            ctx.problems.add(a.def().pos(), "key " + name.get() + " of " + SemanticValidator.describe(a.source().name(), a.def())
                    + " is not an attribute of " + model.name() + Suggest.didYouMean(name.get(), model.attributes.keySet())
                    + "; attributes: " + Problems.oneOf(model.attributes.keySet()));
        }
        return key;
    }

    /** A value that both sides may give (A's option and B's mirrored option): equal when both are given. */
    private Optional<String> agree(Optional<String> fromA, Optional<String> fromB, String optionA, String optionB,
                                   Side a, Optional<Side> b) {
        if (fromA.isPresent() && fromB.isPresent() && !fromA.equals(fromB)) {
            disagree(a, b.orElseThrow(), optionA + " " + fromA.get() + " and " + optionB + " " + fromB.get());
        }
        return fromA.or(() -> fromB);
    }

    private Optional<Boolean> agreeFlag(Side a, Optional<Side> b, java.util.function.Function<AssociationDef, Optional<Boolean>> get,
                                        String option) {
        Optional<Boolean> fromA = get.apply(a.def());
        Optional<Boolean> fromB = b.flatMap(x -> get.apply(x.def()));
        if (fromA.isPresent() && fromB.isPresent() && !fromA.equals(fromB)) {
            disagree(a, b.orElseThrow(), option + " " + fromA.get() + " and " + option + " " + fromB.get());
        }
        return fromA.or(() -> fromB);
    }

    private void disagree(Side a, Side b, String what) {
        ctx.problems.add(b.def().pos(), "the two sides of the many-to-many " + a.source().name() + " ↔ "
                + b.source().name() + " through " + a.def().through().map(AssociationDef.Through::model).orElse("?")
                + " disagree: " + what + " (the other side at " + a.def().pos() + "); write matching values on both"
                + " sides");
    }

    /** The declarations by the through they name, each list in declaration order. */
    static Map<String, List<Side>> byThrough(List<Side> all) {
        Map<String, List<Side>> out = new HashMap<>();
        for (Side s : all) {
            out.computeIfAbsent(s.def().through().map(AssociationDef.Through::model).orElse(""), k -> new ArrayList<>()).add(s);
        }
        return out;
    }
}
