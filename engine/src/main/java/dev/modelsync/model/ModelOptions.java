package dev.modelsync.model;

import java.util.Optional;

/**
 * Options a model may set and {@code define} may default. Empty = not given here.
 * {@link #withDefaults(ModelOptions)} fills what this one leaves empty.
 */
public record ModelOptions(Optional<String> tableName, Optional<Boolean> freezeTableName,
                           Optional<Boolean> underscored, Optional<Boolean> timestamps,
                           Optional<TimestampOption> createdAt, Optional<TimestampOption> updatedAt,
                           Optional<TimestampOption> deletedAt, Optional<Boolean> paranoid) {

    /** A timestamp attribute switched off ({@code createdAt: false}) or renamed ({@code createdAt: created_on}). */
    public record TimestampOption(boolean enabled, String name) {
        public static final TimestampOption DISABLED = new TimestampOption(false, "");
    }

    public static final ModelOptions NONE = new ModelOptions(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ModelOptions withDefaults(ModelOptions d) {
        return new ModelOptions(tableName, freezeTableName.or(d::freezeTableName), underscored.or(d::underscored),
                timestamps.or(d::timestamps), createdAt.or(d::createdAt), updatedAt.or(d::updatedAt),
                deletedAt.or(d::deletedAt), paranoid.or(d::paranoid));
    }
}
