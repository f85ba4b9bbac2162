package dev.modelsync.model;

import java.nio.file.Path;

/** Parses every *.yaml / *.yml file under a models directory into one {@link ModelSet}. */
public final class ModelParser {
    private ModelParser() {
    }

    public static ModelSet parseDirectory(Path dir) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }
}
