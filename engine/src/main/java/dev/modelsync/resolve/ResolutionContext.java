package dev.modelsync.resolve;
import dev.modelsync.problem.Problems;

import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.NameLimit;

import dev.modelsync.model.Conventions;
import dev.modelsync.model.ModelSet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the resolution steps share: the model set, the models being resolved, junction tables, enum values, problems. */
final class ResolutionContext {
    final ModelSet set;
    final Conventions conventions;
    final Problems problems = new Problems();
    final Map<String, ModelState> models = new LinkedHashMap<>();
    /** Junction tables of string {@code through}s that name no model, by through name. */
    final Map<String, ModelState> junctions = new LinkedHashMap<>();
    final Map<String, List<String>> enumValues = new LinkedHashMap<>();
    final NameLimit nameLimit;
    /** Info lines for the run's output ("file:line:column: info: ..."). */
    final List<String> notes = new java.util.ArrayList<>();
    /** Declarations that share their name with an earlier one of the model: made, but seeds reach the first. */
    final java.util.Set<dev.modelsync.model.AssociationDef> shadowed = new java.util.HashSet<>();

    ResolutionContext(ModelSet set, NameLimit nameLimit) {
        this.set = set;
        this.nameLimit = nameLimit;
        this.conventions = set.conventions();
    }

    Optional<ModelState> model(String name) {
        return Optional.ofNullable(models.get(name));
    }

    boolean v7() {
        return conventions == Conventions.SEQUELIZE7;
    }

    /** The type a foreign key column copies from the column it references; an ENUM gets its own enum type. */
    ColumnType copyType(ColumnType referenced, String table, String column) {
        if (referenced.kind() != ColumnType.Kind.ENUM) return referenced;
        String name = TypeMapper.enumName(table, column);
        enumValues.put(name, enumValues.getOrDefault(referenced.enumName(), List.of()));
        return ColumnType.enumOf(name);
    }
}
