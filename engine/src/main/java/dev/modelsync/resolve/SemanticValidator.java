package dev.modelsync.resolve;
import dev.modelsync.problem.Problems;

import dev.modelsync.model.AssociationDef;
import dev.modelsync.model.AssociationDef.Kind;
import dev.modelsync.model.AttributeDef;
import dev.modelsync.model.ModelDef;
import dev.modelsync.model.ModelSet;
import dev.modelsync.problem.Suggest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a model set before it is resolved, where Sequelize would fail or silently pick one
 * reading: unknown target models, an alias used twice, self-referencing many-to-many without
 * {@code as}, one through table claimed by two pairs of models. Every problem carries the position
 * of the offending node. Declarations without {@code as} that share a default name are different
 * associations under sequelize6 (each makes its own key or junction, as Sequelize 6 does): both are
 * kept, the later one is {@code shadowed} (seeds reach the first by that name) and an info line
 * names the clashing accessor.
 */
public final class SemanticValidator {
    private final ModelSet set;
    private final Problems problems;
    private final Set<String> modelNames;
    private final List<String> notes;
    private final Set<AssociationDef> shadowed;

    SemanticValidator(ModelSet set, Problems problems) {
        this(set, problems, new java.util.ArrayList<>(), new java.util.HashSet<>());
    }

    /**
     * @param notes    receives the info lines ("file:line:column: info: ...")
     * @param shadowed receives the declarations whose name an earlier declaration of the model already has
     */
    SemanticValidator(ModelSet set, Problems problems, List<String> notes, Set<AssociationDef> shadowed) {
        this.set = set;
        this.problems = problems;
        this.notes = notes;
        this.shadowed = shadowed;
        this.modelNames = set.models().stream().map(ModelDef::name).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    static boolean many(Kind kind) {
        return kind == Kind.HAS_MANY || kind == Kind.BELONGS_TO_MANY;
    }

    /** The association's name: its {@code as}, else the target model name, plural for hasMany/belongsToMany. */
    public static String name(AssociationDef d) {
        return Naming.associationName(d.as().orElse(null), d.target(), many(d.kind()));
    }

    static String describe(String source, AssociationDef d) {
        return source + "." + d.kind().key() + "(" + d.target() + d.as().map(a -> ", as: " + a).orElse("") + ")";
    }

    /** Returns, per model, the associations to resolve (exact duplicates dropped). */
    Map<String, List<AssociationDef>> check() {
        Map<String, List<AssociationDef>> kept = new LinkedHashMap<>();
        for (ModelDef m : set.models()) {
            checkTargets(m);
            kept.put(m.name(), checkNames(m));
            checkSelfReferences(m);
        }
        checkThroughPairs();
        return kept;
    }

    private void checkTargets(ModelDef m) {
        for (AssociationDef d : m.associations()) {
            if (!modelNames.contains(d.target())) {
                problems.add(d.pos(), d.kind().key() + " names model " + d.target() + ", which does not exist"
                        + Suggest.didYouMean(d.target(), modelNames) + "; models: " + Problems.oneOf(modelNames));
            }
        }
        boolean v7 = set.conventions() == dev.modelsync.model.Conventions.SEQUELIZE7;
        for (AttributeDef a : m.attributes()) {
            a.references().ifPresent(r -> {
                if (!v7 && r.target() == AttributeDef.Reference.Target.TABLE) {
                    problems.add(r.pos(), "references names table " + r.model() + " as Sequelize 7 writes it (table:, or"
                            + " a bare name), which Sequelize 6 does not take (its sync fails: \"Dependency name must be"
                            + " given as a not empty string\"): write references: { model: " + r.schema().map(x -> "{ tableName: "
                            + r.model() + ", schema: " + x + " }").orElse(r.model()) + " }, or set conventions: sequelize7");
                } else if (v7 && r.target() == AttributeDef.Reference.Target.MODEL_TABLE) {
                    problems.add(r.pos(), "references.model takes a model under Sequelize 7, not a table object (its"
                            + " sync fails: \"expected a Model Class\"): write references: { table: { tableName: "
                            + r.model() + r.schema().map(x -> ", schema: " + x).orElse("") + " } }");
                }
            });
        }
    }

    private List<AssociationDef> checkNames(ModelDef m) {
        Map<String, List<AssociationDef>> byName = new LinkedHashMap<>();
        List<AssociationDef> kept = new java.util.ArrayList<>();
        Set<String> attributes = m.attributes().stream().map(AttributeDef::name).collect(Collectors.toSet());
        boolean v7 = set.conventions() == dev.modelsync.model.Conventions.SEQUELIZE7;
        for (AssociationDef d : m.associations()) {
            String name = name(d);
            List<AssociationDef> earlier = byName.computeIfAbsent(name, k -> new java.util.ArrayList<>());
            if (earlier.isEmpty()) {
                earlier.add(d);
                kept.add(d);
                if (attributes.contains(name)) {
                    problems.add(d.pos(), "association " + describe(m.name(), d) + " is named " + name
                            + ", like an attribute of " + m.name() + "; give it another as");
                }
                continue;
            }
            AssociationDef first = earlier.get(0);
            if (earlier.stream().anyMatch(e -> sameExceptPos(e, d)) && !v7) continue; // the same declaration again
            if (d.as().isPresent()) {
                problems.add(d.pos(), "alias " + name + " is used twice on model " + m.name() + " (first at "
                        + first.pos() + "); each association of a model needs its own as");
            } else if (v7) {
                problems.add(d.pos(), "association " + describe(m.name(), d) + " takes the name " + name + ", which "
                        + describe(m.name(), first) + " (at " + first.pos() + ") has; Sequelize 7 refuses two"
                        + " associations of one name on a model: give one of them an as");
            } else {
                earlier.add(d);
                kept.add(d);
                shadowed.add(d);
                notes.add(d.pos() + ": info: " + describe(m.name(), d) + " and " + describe(m.name(), first) + " (at "
                        + first.pos() + ") share the accessor name " + m.name() + "." + name + " (" + accessors(d, name)
                        + "); both are made, as Sequelize 6 makes them, which gives the accessors to the first;"
                        + " seeds reach the first as " + name + ": give this one an as to seed it or call it by name");
            }
        }
        return kept;
    }

    /** Sequelize's accessor methods of an association of that name, as an example. */
    private static String accessors(AssociationDef d, String name) {
        String cap = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return many(d.kind()) ? "get" + cap + ", set" + cap + ", add" + cap + ", count" + cap + ", ..."
                : "get" + cap + ", set" + cap + ", create" + cap;
    }

    private void checkSelfReferences(ModelDef m) {
        for (AssociationDef d : m.associations()) {
            if (d.kind() != Kind.BELONGS_TO_MANY || !d.target().equals(m.name())) continue;
            if (d.as().isEmpty()) {
                problems.add(d.pos(), "self-referencing belongsToMany " + m.name() + " → " + m.name()
                        + " needs as (for example as: friends), so its two keys get different names");
            }
            Optional<String> fk = d.foreignKey().flatMap(AssociationDef.ForeignKeySpec::name);
            if (fk.isPresent() && fk.equals(d.otherKey())) {
                problems.add(d.pos(), "foreignKey and otherKey of self-referencing belongsToMany " + describe(m.name(), d)
                        + " are both " + fk.get() + "; they name the two columns of the junction table and must differ");
            }
        }
    }

    /** One through table joins one pair of models. */
    private void checkThroughPairs() {
        Map<String, Set<String>> pairOf = new HashMap<>();
        Map<String, AssociationDef> firstOf = new HashMap<>();
        for (ModelDef m : set.models()) {
            for (AssociationDef d : m.associations()) {
                if (d.kind() != Kind.BELONGS_TO_MANY || d.through().isEmpty()) continue;
                if (!modelNames.contains(d.target())) continue; // reported by checkTargets; the pair is not real
                String through = d.through().get().model();
                Set<String> pair = new java.util.TreeSet<>(List.of(m.name(), d.target()));
                Set<String> first = pairOf.putIfAbsent(through, pair);
                if (first == null) {
                    firstOf.put(through, d);
                } else if (!first.equals(pair)) {
                    problems.add(d.pos(), "through table " + through + " already joins " + String.join(" and ",
                            first.stream().sorted().toList()) + " (at " + firstOf.get(through).pos()
                            + "); a through table joins one pair of models: name another through for "
                            + m.name() + " ↔ " + d.target());
                }
            }
        }
    }

    private static boolean sameExceptPos(AssociationDef a, AssociationDef b) {
        return a.kind() == b.kind() && a.target().equals(b.target()) && a.as().equals(b.as())
                && a.foreignKey().equals(b.foreignKey()) && a.otherKey().equals(b.otherKey())
                && a.otherKeyField().equals(b.otherKeyField())
                && a.sourceKey().equals(b.sourceKey()) && a.targetKey().equals(b.targetKey())
                && a.through().equals(b.through()) && a.inverseAs().equals(b.inverseAs())
                && a.onDelete().equals(b.onDelete()) && a.onUpdate().equals(b.onUpdate())
                && a.constraints() == b.constraints() && Objects.equals(name(a), name(b));
    }
}
