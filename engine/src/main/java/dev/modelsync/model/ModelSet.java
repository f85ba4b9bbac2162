package dev.modelsync.model;

import java.util.List;
import java.util.Optional;

/**
 * Every model file of a models directory, parsed but not yet resolved. Produced by
 * {@link ModelParser}; turned into tables by {@code dev.modelsync.resolve.SchemaResolver}.
 */
public record ModelSet(Conventions conventions, ModelOptions define, List<ModelDef> models) {
    public ModelSet {
        models = List.copyOf(models);
    }

    public Optional<ModelDef> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
