package dev.modelsync;

import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code changelogOnly}: run only the changelog-lag check (no database). {@code ignoreExtra}:
 * tolerate tables, columns, constraints and indexes the model does not know (shared databases).
 * {@code reportDirectory}: where the JSON and JUnit XML reports go (none when empty).
 */
public record VerifyOptions(boolean changelogOnly, boolean ignoreExtra, Optional<Path> reportDirectory) {
    public static final VerifyOptions DEFAULT = new VerifyOptions(false, false, Optional.empty());
}
