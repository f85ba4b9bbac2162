package dev.modelsync;

import java.util.Map;

/** Rows inserted, updated and left unchanged, per table; junction links included. */
public record SeedResult(Map<String, Integer> inserted, Map<String, Integer> updated, Map<String, Integer> unchanged) {
    public SeedResult {
        inserted = Map.copyOf(inserted);
        updated = Map.copyOf(updated);
        unchanged = Map.copyOf(unchanged);
    }

    public int totalInserted() {
        return inserted.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalUpdated() {
        return updated.values().stream().mapToInt(Integer::intValue).sum();
    }
}
