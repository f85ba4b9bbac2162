package dev.modelsync;

import java.util.List;

/** What {@code sync} did: the generation step, then the changeset ids applied (empty = no DDL ran). */
public record SyncResult(GenerateResult generated, List<String> appliedChangeSets) {
    public SyncResult {
        appliedChangeSets = List.copyOf(appliedChangeSets);
    }
}
