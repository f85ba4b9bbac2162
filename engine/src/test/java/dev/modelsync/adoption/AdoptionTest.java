package dev.modelsync.adoption;

import dev.modelsync.BaselineResult;
import dev.modelsync.ModelSync;
import dev.modelsync.VerifyOptions;
import dev.modelsync.VerifyResult;
import dev.modelsync.db.Dialect;
import dev.modelsync.inspect.Inspector;
import dev.modelsync.changelog.ChangelogReplayer;
import dev.modelsync.apply.LiquibaseRunner;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.testing.TestDatabase;
import dev.modelsync.verify.SchemaComparator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adoption of databases real Sequelize made, for every golden case under both conventions: the
 * schema-only dump of Sequelize's database is restored (PostgreSQL as dumped, H2 from the
 * equivalent DDL), rows go in, then baseline, sync and verify run as a user runs them. The
 * baseline's changelog must replay to the database as it is; after sync, verify is clean, a
 * second generate writes nothing, and every row is still there.
 */
class AdoptionTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> adoptsEveryGoldenCase() throws IOException {
        List<String> cases = SequelizeDump.goldenCases(GOLDEN);
        assertThat(cases).as("dumps under " + SequelizeDump.DIR.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(System.getProperty("golden.only", "").isEmpty() ? 15 : 1);
        return cases.stream().flatMap(c -> SequelizeDump.dialects(c, cases, SequelizeDump.RoundTrip.ADOPTION).stream()
                .map(d -> DynamicTest.dynamicTest(c + " on " + d, () -> adopt(c, d))));
    }

    /** Together, the two round trips restore every dump on every database it can be restored on. */
    @Test
    void theRoundTripsTogetherRestoreEveryDumpOnEveryDatabase() throws IOException {
        List<String> cases = SequelizeDump.goldenCases(GOLDEN);
        for (String c : cases) {
            Set<Dialect> covered = new HashSet<>(SequelizeDump.dialects(c, cases, SequelizeDump.RoundTrip.ADOPTION));
            covered.addAll(SequelizeDump.dialects(c, cases, SequelizeDump.RoundTrip.IMPORT));
            assertThat(covered).as(c).containsExactlyInAnyOrderElementsOf(SequelizeDump.dialects(c));
        }
    }

    /** The golden case's model under the conventions of the Sequelize version that made the dump. */
    static String model(String dumpCase) throws IOException {
        String name = dumpCase.substring(0, dumpCase.lastIndexOf('.'));
        String conventions = dumpCase.endsWith(".v7") ? "sequelize7" : "sequelize6"; // v6-mariadb: Sequelize 6
        String yaml = Files.readString(GOLDEN.resolve(name + ".yaml"), StandardCharsets.UTF_8);
        return yaml.matches("(?s).*(^|\n)conventions:.*")
                ? yaml.replaceAll("(?m)^conventions:.*$", "conventions: " + conventions)
                : "conventions: " + conventions + "\n" + yaml;
    }

    static Path project(String model) throws IOException {
        Path project = Files.createTempDirectory("adopt");
        Files.createDirectories(project.resolve("src/main/models"));
        Files.writeString(project.resolve("src/main/models/model.yaml"), model, StandardCharsets.UTF_8);
        return project;
    }

    static void restore(Connection c, String dumpCase, Dialect dialect) throws Exception {
        try (Statement s = c.createStatement()) {
            for (String sql : SequelizeDump.statements(SequelizeDump.DIR.resolve(dumpCase + ".sql"), dialect)) s.execute(sql);
        }
    }

    private static void adopt(String dumpCase, Dialect dialect) throws Exception {
        Path project = project(model(dumpCase));
        List<String> log = new ArrayList<>();
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            restore(c, dumpCase, dialect);
            Schema made = Inspector.forConnection(c, null).inspect();
            Rows.fill(c, made, dialect, 2);
            Map<String, List<Map<String, String>>> before = Rows.snapshot(c, made);
            ModelSync ms = ModelSync.configure().baseDir(project).url(db.url()).username(db.user())
                    .cacheDirectory(null).log(log::add).load();

            BaselineResult baseline = ms.baseline();
            assertThat(baseline.writtenFile()).as("the baseline file").isPresent();
            assertThat(new LiquibaseRunner(ms.config()).pending()).as("pending after baseline").isEmpty();
            assertThat(SchemaComparator.compare(ChangelogReplayer.replay(ms.config().changelogDirectory()).schema(),
                    Inspector.forConnection(c, null).inspectLive(), dialect, false))
                    .as("the baseline's replay against the database").isEmpty();

            ms.sync();
            VerifyResult verify = ms.verify(VerifyOptions.DEFAULT);
            assertThat(verify.findings()).as("verify after baseline and sync; log:\n" + String.join("\n", log)).isEmpty();
            assertThat(ms.generate().writtenFile()).as("a second generate").isEmpty();

            Schema after = Inspector.forConnection(c, null).inspect();
            Map<String, List<String>> kept = new LinkedHashMap<>();
            for (Table t : made.tables()) {
                after.table(t.name()).ifPresent(a -> kept.put(t.name(), Rows.columns(new Schema(List.of(t), List.of()))
                        .get(t.name()).stream().filter(col -> a.column(col).isPresent()).toList()));
            }
            assertThat(kept.keySet()).as("tables kept").containsExactlyInAnyOrderElementsOf(before.keySet());
            assertThat(Rows.project(Rows.snapshot(c, after), kept)).as("rows after sync, in the columns kept")
                    .isEqualTo(Rows.project(before, kept));
        }
    }
}
