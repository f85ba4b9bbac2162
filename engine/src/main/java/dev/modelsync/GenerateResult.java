package dev.modelsync;

import dev.modelsync.diff.SchemaChange;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What {@code generate} did: the changes found and the changeset file written (none when up to date). */
public record GenerateResult(List<SchemaChange> changes, Optional<Path> writtenFile) {
    public GenerateResult {
        changes = List.copyOf(changes);
    }

    public boolean upToDate() {
        return changes.isEmpty();
    }
}
