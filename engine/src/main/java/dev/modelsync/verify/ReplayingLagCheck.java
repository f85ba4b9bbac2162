package dev.modelsync.verify;

import dev.modelsync.Config;
import dev.modelsync.diff.ChangeDescriber;
import dev.modelsync.diff.DiffOptions;
import dev.modelsync.diff.Differ;
import dev.modelsync.diff.SchemaChange;
import dev.modelsync.schema.Schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ChangelogLagCheck} by replaying the changelog into the schema it records and diffing
 * that with the model: every change {@code model:generate} would write is one finding (code
 * {@link DriftCodes#CHANGELOG_LAGS}), every change the replay could not follow one more
 * ({@link DriftCodes#UNSUPPORTED_CHANGE}). No changelog yet: the recorded schema is empty.
 */
public final class ReplayingLagCheck implements ChangelogLagCheck {

    /** The schema a changelog records, and the changes it could not replay. */
    public record Recorded(Schema schema, List<String> unsupported) {
        public Recorded {
            unsupported = List.copyOf(unsupported);
        }
    }

    @FunctionalInterface
    public interface Replayer {
        Recorded replay(Path changelogDirectory);
    }

    private final Replayer replayer;

    /** The lag check over modelsync's changelog replay (dev.modelsync.liquibase.ChangelogReplayer). */
    public static ReplayingLagCheck standard() {
        return new ReplayingLagCheck(dir -> {
            dev.modelsync.liquibase.Replay r = dev.modelsync.liquibase.ChangelogReplayer.replay(dir);
            return new Recorded(r.schema(), r.unsupported());
        });
    }

    public ReplayingLagCheck(Replayer replayer) {
        this.replayer = replayer;
    }

    @Override
    public List<Finding> check(Path changelogDirectory, Schema desired) {
        boolean exists = Files.isRegularFile(changelogDirectory.resolve(Config.MASTER_FILE));
        Recorded recorded = exists ? replayer.replay(changelogDirectory) : new Recorded(Schema.EMPTY, List.of());
        List<Finding> findings = new ArrayList<>();
        for (String u : recorded.unsupported()) {
            findings.add(new Finding(Finding.Check.CHANGELOG_LAG, DriftCodes.UNSUPPORTED_CHANGE, "",
                    "the changelog holds a change modelsync cannot follow, so it may not describe the model: " + u));
        }
        for (SchemaChange change : Differ.diff(recorded.schema(), desired, DiffOptions.ALLOW_DESTRUCTIVE)) {
            findings.add(new Finding(Finding.Check.CHANGELOG_LAG, DriftCodes.CHANGELOG_LAGS, change.subject(),
                    "the changelog lags the model: model:generate would " + ChangeDescriber.describe(change)));
        }
        return findings;
    }
}
