package dev.modelsync;

import java.util.List;

/** The SQL {@code sync} would run (after generating), and the changes behind it; nothing is applied. */
public record SqlResult(GenerateResult generated, String sql, List<String> pendingChangeSets) {
    public SqlResult {
        pendingChangeSets = List.copyOf(pendingChangeSets);
    }
}
