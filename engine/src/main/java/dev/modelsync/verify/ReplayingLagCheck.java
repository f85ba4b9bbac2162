package dev.modelsync.verify;

import dev.modelsync.config.Config;
import dev.modelsync.diff.ChangeDescriber;
import dev.modelsync.diff.DiffOptions;
import dev.modelsync.diff.Differ;
import dev.modelsync.diff.SchemaChange;
import dev.modelsync.changelog.ChangelogReplayer;
import dev.modelsync.changelog.Replay;
import dev.modelsync.schema.Schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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
    /** Whether the replay verify has read stands in for {@link #replayer} (the standard check). */
    private final boolean usesVerifiesReplay;

    /** The lag check over modelsync's changelog replay (dev.modelsync.changelog.ChangelogReplayer). */
    public static ReplayingLagCheck standard() {
        return new ReplayingLagCheck(dir -> recorded(ChangelogReplayer.replay(dir)), true);
    }

    public ReplayingLagCheck(Replayer replayer) {
        this(replayer, false);
    }

    private ReplayingLagCheck(Replayer replayer, boolean usesVerifiesReplay) {
        this.replayer = replayer;
        this.usesVerifiesReplay = usesVerifiesReplay;
    }

    /** Whether this is {@link #standard()}: modelsync's replay of the changelog, as verify reads it. */
    public boolean isStandard() {
        return usesVerifiesReplay;
    }

    private static Recorded recorded(Replay r) {
        return new Recorded(r.schema(), r.unsupported());
    }

    @Override
    public List<Finding> check(Path changelogDirectory, Schema desired) {
        boolean exists = Files.isRegularFile(changelogDirectory.resolve(Config.MASTER_FILE));
        return findings(exists ? replayer.replay(changelogDirectory) : new Recorded(Schema.EMPTY, List.of()), desired);
    }

    @Override
    public List<Finding> check(Path changelogDirectory, Schema desired, Supplier<Replay> recorded) {
        if (!usesVerifiesReplay) return check(changelogDirectory, desired);
        return findings(recorded(recorded.get()), desired);
    }

    private static List<Finding> findings(Recorded recorded, Schema desired) {
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
