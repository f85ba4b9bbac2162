package dev.modelsync;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code baseline} did: the changesets it recorded as applied, the changes the next sync will
 * make to bring the adopted database to the model (as {@code ChangeDescriber} words them), and the
 * changeset file it wrote to record the database (none when the changelog already described it).
 */
public record BaselineResult(List<String> markedChangeSets, List<String> nextChanges, Optional<Path> writtenFile) {
    public BaselineResult {
        markedChangeSets = List.copyOf(markedChangeSets);
        nextChanges = List.copyOf(nextChanges);
    }
}
