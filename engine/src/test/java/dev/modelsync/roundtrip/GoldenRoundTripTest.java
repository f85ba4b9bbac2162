package dev.modelsync.roundtrip;

import dev.modelsync.config.Config;
import dev.modelsync.db.Dialect;
import dev.modelsync.diff.Differ;
import dev.modelsync.diff.SchemaChange;
import dev.modelsync.changelog.ChangelogReplayer;
import dev.modelsync.changelog.ChangelogWriter;
import dev.modelsync.apply.LiquibaseRunner;
import dev.modelsync.changelog.Replay;
import dev.modelsync.model.ModelParser;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.SchemaDump;
import dev.modelsync.resolve.SchemaResolver;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every golden model on every database: resolve → diff from nothing → write a changelog →
 * (a) the replayed changelog records exactly the desired schema, (b) Liquibase applies it to a
 * fresh database whose live schema shows no drift and is, record for record, the desired schema
 * as that database builds it ({@link AsBuilt}), (c) a second diff is empty, (d) a second
 * update runs nothing.
 */
class GoldenRoundTripTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path project;

    static Stream<Arguments> cases() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            models = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(models).as("golden models in " + GOLDEN.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(11);
        return models.stream().flatMap(m -> Stream.of(Dialect.values())
                .filter(d -> dev.modelsync.testing.TestDatabase.runs(m.getFileName().toString(), d))
                .map(d -> Arguments.of(m.getFileName().toString().replaceFirst("\\.yaml$", ""), d)));
    }

    static Schema resolve(Path yaml) throws IOException {
        return SchemaResolver.resolve(ModelParser.parse(List.of(new ModelParser.Source(yaml.getFileName().toString(),
                Files.readString(yaml, StandardCharsets.UTF_8))))).schema();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void writtenReplayedAppliedAndInspectedAgree(String name, Dialect dialect) throws Exception {
        Schema desired = resolve(GOLDEN.resolve(name + ".yaml"));
        List<SchemaChange> changes = Differ.diff(Schema.EMPTY, desired);
        assertThat(changes).isNotEmpty();

        try (TestDatabase db = TestDatabase.create(dialect)) {
            db.withExtensions();
            LiveDb live = new LiveDb(db);
            Config config = live.config(project);
            Optional<Path> file = ChangelogWriter.write(config.changelogDirectory(), Schema.EMPTY, changes);
            assertThat(file).isPresent();

            // (a) the replay records the desired schema
            Replay replay = ChangelogReplayer.replay(config.changelogDirectory());
            assertThat(replay.unsupported()).isEmpty();
            Schema expected = Canonical.of(desired);
            Schema replayed = Canonical.of(replay.schema());
            assertThat(SchemaDump.dump(replayed)).as("replayed changelog").isEqualTo(SchemaDump.dump(expected));
            assertThat(replayed).isEqualTo(expected);

            // (b) Liquibase builds it on a fresh database, the live schema matches the model
            LiquibaseRunner runner = new LiquibaseRunner(config);
            assertThat(runner.update()).isNotEmpty();
            LiveDb.Drift drift = live.drift(desired);
            assertThat(drift.findings()).as(drift.report()).isEmpty();
            // and record for record, beyond what the comparator normalises
            assertThat(SchemaDump.dump(Canonical.of(live.inspect().schema())))
                    .isEqualTo(SchemaDump.dump(AsBuilt.of(desired, live)));

            // (c) nothing left to do
            assertThat(Differ.diff(replay.schema(), desired)).isEmpty();

            // (d) a second update runs nothing
            long rows = live.changelogRows();
            assertThat(runner.pending()).isEmpty();
            assertThat(runner.update()).isEmpty();
            assertThat(live.changelogRows()).isEqualTo(rows);
        }
    }
}
