package dev.modelsync.changelog;

import dev.modelsync.schema.Schema;

import java.util.List;

/**
 * The schema a changelog records, and what replay could not interpret: one line per change,
 * {@code file::id: what and why}. An empty {@code unsupported} list means the schema is exact.
 */
public record Replay(Schema schema, List<String> unsupported) {
    public Replay {
        unsupported = List.copyOf(unsupported);
    }
}
