package dev.modelsync.model;

import dev.modelsync.problem.Pos;

import java.util.List;
import java.util.Optional;

/**
 * One model as written. {@code pos} is the position of the model's name key.
 * {@code seedKey} lists attribute names (empty = not given).
 */
public record ModelDef(String name, Pos pos, ModelOptions options, List<AttributeDef> attributes,
                       List<AssociationDef> associations, List<IndexDef> indexes, String comment,
                       List<String> renamedFrom, List<String> seedKey) {
    public ModelDef {
        attributes = List.copyOf(attributes);
        associations = List.copyOf(associations);
        indexes = List.copyOf(indexes);
        comment = comment == null ? "" : comment;
        renamedFrom = List.copyOf(renamedFrom);
        seedKey = List.copyOf(seedKey);
    }

    public Optional<AttributeDef> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
