package dev.modelsync.lint;


import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Options of the lint goal.
 *
 * @param reportDirectory where {@code lint.json} and {@code TEST-modelsync-lint.xml} go; empty: no files
 * @param ignore          hazard codes not reported
 */
public record LintOptions(Optional<Path> reportDirectory, Set<HazardCode> ignore) {
    public LintOptions {
        ignore = Set.copyOf(ignore);
    }
}
