package dev.modelsync.roundtrip;

import dev.modelsync.ModelSync;
import dev.modelsync.SyncResult;
import dev.modelsync.VerifyOptions;
import dev.modelsync.db.Dialect;
import dev.modelsync.diff.Differ;
import dev.modelsync.changelog.ChangelogReplayer;
import dev.modelsync.changelog.Replay;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.SchemaDump;
import dev.modelsync.testing.TestDatabase;
import dev.modelsync.verify.Finding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One model set evolved step by step with {@code sync} on a fresh database holding rows. After
 * every step: verify is clean; a second generate writes nothing; the replayed changelog equals
 * the desired schema and (as built by the database) the inspected one; every row of every kept
 * column is still there.
 */
final class Convergence {
    /** One step: the whole model file, and whether it may drop things. */
    record Step(String yaml, boolean allowDestructive) {
    }

    private Convergence() {
    }

    static void run(Dialect dialect, List<Step> steps) throws Exception {
        Path project = Files.createTempDirectory("modelsync-prop");
        try (TestDatabase db = TestDatabase.create(dialect)) {
            LiveDb live = new LiveDb(db);
            Rows rows = new Rows(live);
            Schema before = Schema.EMPTY;
            for (int i = 0; i < steps.size(); i++) {
                String label = "step " + i + " of " + steps.size() + " on " + dialect;
                Step step = steps.get(i);
                int inserted = rows.insert(before);
                if (!before.tables().isEmpty()) assertThat(inserted).as(label + ": rows inserted before the step").isPositive();
                Rows.Snapshot snapshot = rows.snapshot(before);

                ModelSync ms = live.facade(project, step.allowDestructive());
                Files.createDirectories(ms.config().modelsDirectory());
                Files.writeString(ms.config().modelsDirectory().resolve("models.yaml"), step.yaml());
                Schema desired = ms.resolve().schema();
                SyncResult synced = ms.sync();

                List<Finding> findings = ms.verify(VerifyOptions.DEFAULT).findings();
                assertThat(findings).as(label + ": verify").isEmpty();
                assertThat(ms.generate().writtenFile()).as(label + ": a second generate writes nothing").isEmpty();

                Replay replay = ChangelogReplayer.replay(ms.config().changelogDirectory());
                assertThat(replay.unsupported()).as(label + ": replay").isEmpty();
                assertThat(Differ.diff(replay.schema(), desired)).as(label + ": replay against the model").isEmpty();
                assertThat(SchemaDump.dump(Canonical.jsonByValue(live.inspect().schema()))).as(label + ": inspected database")
                        .isEqualTo(SchemaDump.dump(Canonical.jsonByValue(AsBuilt.of(replay.schema(), live))));

                Rows.assertKept(snapshot, before, rows.snapshot(desired), desired, label + " (" + synced.appliedChangeSets().size()
                        + " changesets applied)");
                before = desired;
            }
        } finally {
            try (Stream<Path> files = Files.walk(project)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory left behind is no test failure
            }
        }
    }
}
