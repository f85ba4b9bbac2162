package dev.modelsync.changelog;

import dev.modelsync.schema.Schema;

import java.util.List;
import java.util.Optional;

/**
 * The schema a changelog records, and what replay could not interpret: one line per change,
 * {@code file::id: what and why}. An empty {@code unsupported} list means the schema is exact.
 * {@code changeSets}: the changelog's changesets in order, as Liquibase identifies them, when known
 * (a replay of the parsed changelog knows them; the replay a generation predicts after writing a file
 * does not).
 */
public record Replay(Schema schema, List<String> unsupported, Optional<List<ChangeSetId>> changeSets) {
    public Replay {
        unsupported = List.copyOf(unsupported);
        changeSets = changeSets.map(List::copyOf);
    }

    /** A replay whose changesets are not known. */
    public Replay(Schema schema, List<String> unsupported) {
        this(schema, unsupported, Optional.empty());
    }

    /** The same schema and unsupported changes, whatever is known of the changesets. */
    public boolean sameSchema(Replay other) {
        return schema.equals(other.schema) && unsupported.equals(other.unsupported);
    }
}
