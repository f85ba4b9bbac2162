package dev.modelsync.resolve;

import dev.modelsync.schema.Schema;

import dev.modelsync.model.Conventions;

import java.util.List;
import java.util.Optional;

/**
 * The resolver's output: the desired {@link Schema}, plus what seeding and diagrams need to
 * know of each model (which table, which columns, which associations by which name), and the
 * info lines the run shows ({@code notes}: "file:line:column: info: ...", e.g. two associations
 * sharing a default name).
 */
public record Resolved(Conventions conventions, Schema schema, List<ModelInfo> models, List<String> notes) {
    public Resolved {
        models = List.copyOf(models);
        notes = List.copyOf(notes);
    }

    public Resolved(Conventions conventions, Schema schema, List<ModelInfo> models) {
        this(conventions, schema, models, List.of());
    }

    public Optional<ModelInfo> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
