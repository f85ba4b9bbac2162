package dev.modelsync;

import java.nio.file.Path;
import java.util.List;

/** What {@code discard} took back: the changeset file it removed and the ids of its changesets. */
public record DiscardResult(Path discardedFile, List<String> changeSetIds) {
    public DiscardResult {
        changeSetIds = List.copyOf(changeSetIds);
    }
}
