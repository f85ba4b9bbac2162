package dev.modelsync;

import java.util.List;

/** Changesets recorded as applied, and safe differences left for the next sync. */
public record BaselineResult(List<String> markedChangeSets, List<String> remainingDifferences) {
    public BaselineResult {
        markedChangeSets = List.copyOf(markedChangeSets);
        remainingDifferences = List.copyOf(remainingDifferences);
    }
}
