package dev.modelsync.resolve;

import dev.modelsync.schema.NameLimit;

import dev.modelsync.model.AssociationDef;
import dev.modelsync.model.AssociationDef.Kind;
import dev.modelsync.model.AttributeDef;
import dev.modelsync.model.ModelDef;
import dev.modelsync.problem.ProblemException;
import dev.modelsync.model.ModelSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies Sequelize's conventions to a {@link ModelSet}: tables, columns, keys, junction tables.
 * The rules are documented in docs/resolution.md. Pure: the same model set gives equal records.
 */
public final class SchemaResolver {
    private SchemaResolver() {
    }

    /**
     * Resolves without checking names against a database's limit.
     *
     * @throws ProblemException with every problem found, each with its source position
     */
    public static Resolved resolve(ModelSet set) {
        return resolve(set, NameLimit.NONE);
    }

    /**
     * Resolves, and refuses table and column names longer than {@code limit} (the database would
     * cut or refuse them).
     *
     * @throws ProblemException with every problem found, each with its source position
     */
    public static Resolved resolve(ModelSet set, NameLimit limit) {
        ResolutionContext ctx = new ResolutionContext(set, limit);
        Map<String, List<AssociationDef>> associations = new SemanticValidator(set, ctx.problems, ctx.notes, ctx.shadowed)
                .check();
        ctx.problems.throwIfAny();

        ModelBuilder builder = new ModelBuilder(ctx);
        Map<String, Optional<Boolean>> timestampOverrides = throughTimestamps(set);
        Map<String, ModelState> byTable = new HashMap<>();
        for (ModelDef def : set.models()) {
            ModelState m = builder.build(def, timestampOverrides.getOrDefault(def.name(), Optional.empty()));
            ModelState clash = byTable.putIfAbsent(m.qualified(), m);
            if (clash != null) {
                ctx.problems.add(def.pos(), "models " + clash.name() + " (at " + clash.def.pos() + ") and " + def.name()
                        + " both resolve to table " + m.qualified() + "; set a different tableName on one of them");
            }
            ctx.models.put(def.name(), m);
        }
        ctx.problems.throwIfAny();

        AssociationResolver resolver = new AssociationResolver(ctx);
        for (ModelState m : ctx.models.values()) {
            for (AttributeDef a : m.def.attributes()) resolver.attributeReference(m, a);
        }
        JunctionBuilder junctions = new JunctionBuilder(ctx, builder);
        List<JunctionBuilder.Side> manyToMany = new ArrayList<>();
        for (ModelState m : ctx.models.values()) {
            for (AssociationDef d : associations.get(m.name())) {
                if (d.kind() == Kind.BELONGS_TO_MANY) manyToMany.add(new JunctionBuilder.Side(m, d));
            }
        }
        Set<String> built = new HashSet<>();
        Map<String, List<JunctionBuilder.Side>> sidesByThrough = JunctionBuilder.byThrough(manyToMany);
        for (ModelState m : ctx.models.values()) {
            for (AssociationDef d : associations.get(m.name())) {
                switch (d.kind()) {
                    case BELONGS_TO -> resolver.belongsTo(m, d);
                    case HAS_ONE, HAS_MANY -> resolver.hasOneOrMany(m, d);
                    case BELONGS_TO_MANY -> {
                        if (d.through().isEmpty()) {
                            ctx.problems.add(d.pos(), "belongsToMany " + SemanticValidator.describe(m.name(), d)
                                    + " needs through: the junction table name, or a model with the junction's attributes");
                        } else if (built.add(d.through().get().model())) {
                            junctions.build(d.through().get().model(),
                                    sidesByThrough.get(d.through().get().model()));
                        }
                    }
                }
            }
        }
        return new TableAssembler(ctx).assemble();
    }

    /** {@code through.timestamps} given for a through model overrides that model's timestamps. */
    private static Map<String, Optional<Boolean>> throughTimestamps(ModelSet set) {
        Map<String, Optional<Boolean>> out = new HashMap<>();
        for (ModelDef m : set.models()) {
            for (AssociationDef d : m.associations()) {
                d.through().ifPresent(t -> {
                    if (t.timestamps().isPresent()) out.putIfAbsent(t.model(), t.timestamps());
                });
            }
        }
        return out;
    }
}
