package dev.modelsync.seed;

import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.model.AssociationDef.Kind;
import dev.modelsync.resolve.AssociationInfo;
import dev.modelsync.resolve.ModelInfo;
import dev.modelsync.resolve.Resolved;
import dev.modelsync.schema.Table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The resolved model as seeding needs it: tables, models, associations and junction tables. */
public final class SeedSchema {
    private final Map<String, SeedTable> tables = new LinkedHashMap<>();
    private final Map<String, SeedModel> models = new LinkedHashMap<>();
    private final Map<String, JunctionSpec> junctions = new LinkedHashMap<>();
    /** Junction pseudo-models for through tables that have no model of their own. */
    private final Map<String, SeedModel> pseudo = new LinkedHashMap<>();

    public SeedSchema(Resolved resolved) {
        for (Table t : resolved.schema().tables()) tables.put(t.name(), new SeedTable(t, resolved.schema()));
        for (ModelInfo info : resolved.models()) {
            SeedTable t = tables.get(info.table());
            if (t == null) throw inconsistent("model " + info.name() + " names table " + info.table());
            models.put(info.name(), new SeedModel(info, t));
        }
        for (ModelInfo info : resolved.models()) {
            SeedModel source = models.get(info.name());
            for (AssociationInfo a : info.associations()) {
                SeedModel target = models.get(a.target());
                if (target == null) throw inconsistent(info.name() + "." + a.name() + " targets " + a.target());
                source.associate(a.name(), assoc(source, target, a));
            }
        }
    }

    /** Every model a row may belong to (models, then junction tables without a model). */
    public List<SeedModel> allModels() {
        List<SeedModel> all = new ArrayList<>(models.values());
        all.addAll(pseudo.values());
        return all;
    }

    /** The model of this name, null when there is none. */
    public SeedModel model(String name) {
        return models.get(name);
    }

    /** The names of the models, in model order. */
    public Set<String> modelNames() {
        return Collections.unmodifiableSet(models.keySet());
    }

    /** The junction tables of belongsToMany associations. */
    public Collection<JunctionSpec> junctions() {
        return Collections.unmodifiableCollection(junctions.values());
    }

    private SeedModel.Assoc assoc(SeedModel source, SeedModel target, AssociationInfo a) {
        return switch (a.kind()) {
            case BELONGS_TO -> new SeedModel.Assoc(a, target, col(source.table(), a.foreignKey(), a),
                    key(target.table(), a.targetKey(), a), null, true);
            case HAS_ONE, HAS_MANY -> new SeedModel.Assoc(a, target, col(target.table(), a.foreignKey(), a),
                    key(source.table(), a.sourceKey(), a), null, true);
            case BELONGS_TO_MANY -> {
                SeedTable jt = tables.get(a.throughTable());
                if (jt == null) throw inconsistent(a.name() + " goes through table " + a.throughTable());
                SeedModel through = !a.throughModel().isEmpty() && models.containsKey(a.throughModel())
                        ? models.get(a.throughModel())
                        : pseudo.computeIfAbsent(jt.name(), n -> new SeedModel(jt));
                int f = col(jt, a.foreignKey(), a);
                int o = col(jt, a.otherKey(), a);
                int refF = key(source.table(), a.sourceKey(), a);
                int refO = key(target.table(), a.targetKey(), a);
                boolean sourceIsA = a.foreignKey().compareTo(a.otherKey()) < 0;
                String throughName = a.throughModel().isEmpty() ? a.throughTable() : a.throughModel();
                JunctionSpec spec = junctions.computeIfAbsent(jt.name(), n -> sourceIsA
                        ? new JunctionSpec(through, throughName, f, o, refF, refO)
                        : new JunctionSpec(through, throughName, o, f, refO, refF));
                yield new SeedModel.Assoc(a, target, -1, -1, spec, sourceIsA);
            }
        };
    }

    private static int col(SeedTable t, String column, AssociationInfo a) {
        int c = t.col(column);
        if (c < 0) throw inconsistent("association " + a.name() + ": table " + t.name() + " has no column " + column);
        return c;
    }

    private static int key(SeedTable t, String column, AssociationInfo a) {
        if (column == null || column.isEmpty()) {
            if (t.pk().length != 1) throw inconsistent("association " + a.name() + ": " + t.name() + " has no single-column key");
            return t.pk()[0];
        }
        return col(t, column, a);
    }

    public static boolean isMany(Kind k) {
        return k == Kind.HAS_MANY || k == Kind.BELONGS_TO_MANY;
    }

    private static ModelSyncException inconsistent(String what) {
        return new ModelSyncException("Internal error: the resolved model is inconsistent (" + what + ").");
    }
}
