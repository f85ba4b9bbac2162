package dev.modelsync.verify;

import dev.modelsync.schema.Schema;

import liquibase.changelog.DatabaseChangeLog;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Check (a) of verify: does the changelog lag the model? Replays the changelog (no database),
 * diffs the recorded schema with the desired one and returns one {@link Finding.Check#CHANGELOG_LAG}
 * finding per change {@code model:generate} would write.
 */
@FunctionalInterface
public interface ChangelogLagCheck {
    List<Finding> check(Path changelogDirectory, Schema desired);

    /**
     * The same check, given the changelog of {@code changelogDirectory} as Liquibase parsed it
     * (called only when the master changelog exists), so that a goal running several checks parses
     * it once. By default the check reads the directory itself.
     */
    default List<Finding> check(Path changelogDirectory, Schema desired, Supplier<DatabaseChangeLog> parsed) {
        return check(changelogDirectory, desired);
    }
}
