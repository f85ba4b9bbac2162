package dev.modelsync.verify;

import dev.modelsync.changelog.Replay;
import dev.modelsync.schema.Schema;

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
     * The same check, given the replay of the changelog of {@code changelogDirectory} that verify has
     * read (from the replay cache, or from its one parse of the changelog; called only when the master
     * changelog exists), so that a goal running several checks reads the changelog once. By default the
     * check reads the directory itself.
     */
    default List<Finding> check(Path changelogDirectory, Schema desired, Supplier<Replay> recorded) {
        return check(changelogDirectory, desired);
    }
}
