package dev.modelsync.model;

import dev.modelsync.model.ModelOptions.TimestampOption;

import java.util.List;
import java.util.Optional;

/**
 * Collects the {@link ModelOptions} keys of a model or of {@code define}: feed it entries with
 * {@link #accept}; it reports bad values and returns false for keys that are not options.
 */
final class OptionsReader {
    /** The options {@code define} may default (everything but tableName). */
    static final List<String> DEFAULTABLE = List.of("freezeTableName", "underscored", "timestamps", "createdAt",
            "updatedAt", "deletedAt", "paranoid");

    private final Values values;
    private Optional<String> tableName = Optional.empty();
    private Optional<Boolean> freezeTableName = Optional.empty();
    private Optional<Boolean> underscored = Optional.empty();
    private Optional<Boolean> timestamps = Optional.empty();
    private Optional<TimestampOption> createdAt = Optional.empty();
    private Optional<TimestampOption> updatedAt = Optional.empty();
    private Optional<TimestampOption> deletedAt = Optional.empty();
    private Optional<Boolean> paranoid = Optional.empty();

    OptionsReader(Values values) {
        this.values = values;
    }

    /** True when the entry is a model option (tableName included), read into this builder. */
    boolean accept(YNode.Entry e) {
        String key = e.key().text();
        YNode v = e.value();
        switch (key) {
            case "tableName" -> tableName = values.string(v, "tableName");
            case "freezeTableName" -> freezeTableName = values.bool(v, key);
            case "underscored" -> underscored = values.bool(v, key);
            case "timestamps" -> timestamps = values.bool(v, key);
            case "paranoid" -> paranoid = values.bool(v, key);
            case "createdAt" -> createdAt = timestamp(v, key);
            case "updatedAt" -> updatedAt = timestamp(v, key);
            case "deletedAt" -> deletedAt = timestamp(v, key);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** {@code false} switches it off; {@code true} keeps the default name; a name renames the attribute. */
    private Optional<TimestampOption> timestamp(YNode v, String key) {
        if (v instanceof YNode.Scalar s && s.kind() == YNode.Scalar.Kind.BOOL && s.text().equalsIgnoreCase("false")) {
            return Optional.of(TimestampOption.DISABLED);
        }
        if (v instanceof YNode.Scalar s && s.kind() == YNode.Scalar.Kind.BOOL && s.text().equalsIgnoreCase("true")) {
            return Optional.of(new TimestampOption(true, key));
        }
        if (v instanceof YNode.Scalar s && !s.isNull() && Values.isName(s.text())) {
            return Optional.of(new TimestampOption(true, s.text()));
        }
        values.problems().add(v.pos(), key + " must be false (no " + key + " attribute) or an attribute name, found "
                + v.describe());
        return Optional.empty();
    }

    ModelOptions build() {
        return new ModelOptions(tableName, freezeTableName, underscored, timestamps, createdAt, updatedAt, deletedAt,
                paranoid);
    }
}
