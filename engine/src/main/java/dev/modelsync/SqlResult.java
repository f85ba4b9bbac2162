package dev.modelsync;

import java.util.List;

/**
 * A dry run of {@code sync}: the changes generate would make, the changeset file it would write
 * ({@code changeset}, empty when the changelog is up to date), and the SQL sync would run for it and
 * for the changesets the database has not applied yet. Nothing is written or applied.
 */
public record SqlResult(GenerateResult generated, String changeset, String sql, List<String> pendingChangeSets) {
    public SqlResult {
        pendingChangeSets = List.copyOf(pendingChangeSets);
    }
}
