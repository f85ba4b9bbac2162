package dev.modelsync.verify;

import dev.modelsync.schema.Schema;

import java.nio.file.Path;
import java.util.List;

/**
 * Check (a) of verify: does the changelog lag the model? Replays the changelog (no database),
 * diffs the recorded schema with the desired one and returns one {@link Finding.Check#CHANGELOG_LAG}
 * finding per change {@code model:generate} would write.
 */
@FunctionalInterface
public interface ChangelogLagCheck {
    List<Finding> check(Path changelogDirectory, Schema desired);
}
