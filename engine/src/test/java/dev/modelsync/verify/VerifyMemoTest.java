package dev.modelsync.verify;

import dev.modelsync.ModelSync;
import dev.modelsync.Verifier;
import dev.modelsync.VerifyOptions;
import dev.modelsync.VerifyResult;
import dev.modelsync.db.Dialect;
import dev.modelsync.inspect.Inspector;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verify whose model files, changelog and settings are those of a clean verify before, and whose live
 * schema is the same, answers without resolving or replaying; any change to any of them is found as
 * on the whole path.
 */
class VerifyMemoTest {
    private static final String MODEL = """
            models:
              User:
                attributes:
                  name: { type: STRING(50), allowNull: false }
                  email: { type: STRING, unique: true }
                associations:
                  - hasMany: Post
              Post:
                attributes:
                  title: STRING
            """;

    @TempDir
    Path project;

    private final List<String> log = new ArrayList<>();

    private ModelSync modelSync(TestDatabase db) {
        return ModelSync.configure().baseDir(project).url(db.url()).username(db.user()).log(log::add).load();
    }

    /** Verify as the facade runs it, counting how often the model is resolved. */
    private VerifyResult verify(ModelSync ms, AtomicInteger resolved) {
        return new Verifier(ms.config(), ReplayingLagCheck.standard()).verify(() -> {
            resolved.incrementAndGet();
            return ms.resolve().schema();
        }, new VerifyOptions(false, false, Optional.of(project.resolve("target/reports"))));
    }

    private Path models() throws Exception {
        Path dir = Files.createDirectories(project.resolve("src/main/models"));
        Files.writeString(dir.resolve("models.yaml"), MODEL);
        return dir;
    }

    private long records() throws Exception {
        Path cache = project.resolve("target/modelsync/cache");
        if (!Files.isDirectory(cache)) return 0;
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.getFileName().toString().startsWith("verify-")).count();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aSecondCleanVerifyDoesNotResolveAndStillSeesDriftPendingAndModelChanges(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            Path models = models();
            ModelSync ms = modelSync(db);
            ms.sync();
            AtomicInteger resolved = new AtomicInteger();

            assertThat(verify(ms, resolved).findings()).isEmpty();
            assertThat(resolved).hasValue(1);
            assertThat(records()).isEqualTo(1);
            String report = Files.readString(project.resolve("target/reports/TEST-modelsync-verify.xml"));

            // nothing changed: answered from the record, with the same report
            assertThat(verify(ms, resolved).findings()).isEmpty();
            assertThat(resolved).hasValue(1);
            assertThat(Files.readString(project.resolve("target/reports/TEST-modelsync-verify.xml"))).isEqualTo(report);

            // the history table is read each time: a changeset taken out of it is pending again
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM DATABASECHANGELOG");
            }
            VerifyResult pending = verify(ms, resolved);
            assertThat(pending.findings()).extracting(Finding::check).containsOnly(Finding.Check.PENDING).isNotEmpty();
            assertThat(resolved).hasValue(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aLiveSchemaChangedByHandIsDrift(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            models();
            ModelSync ms = modelSync(db);
            ms.sync();
            AtomicInteger resolved = new AtomicInteger();
            assertThat(verify(ms, resolved).findings()).isEmpty();

            try (Statement s = c.createStatement()) {
                s.execute(dialect == Dialect.MARIADB ? "ALTER TABLE `Posts` ADD COLUMN `extra` INT"
                        : "ALTER TABLE \"Posts\" ADD COLUMN \"extra\" INT");
            }
            VerifyResult r = verify(ms, resolved);
            assertThat(r.findings()).extracting(Finding::check).containsExactly(Finding.Check.DRIFT);
            assertThat(r.findings().get(0).toString()).contains("extra");
            assertThat(resolved).hasValue(2);
            assertThat(records()).as("a verify that found something forgets the record").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = "MARIADB", mode = EnumSource.Mode.EXCLUDE) // no schemas there
    void aTableInAModelsSchemaIsInspectedToo(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            Path dir = Files.createDirectories(project.resolve("src/main/models"));
            Files.writeString(dir.resolve("models.yaml"), MODEL.replace("""
                      Post:
                    """, """
                      Post:
                        schema: audit
                    """));
            ModelSync ms = modelSync(db);
            ms.sync();
            AtomicInteger resolved = new AtomicInteger();
            assertThat(verify(ms, resolved).findings()).isEmpty();
            assertThat(verify(ms, resolved).findings()).isEmpty();
            assertThat(resolved).as("answered from the record").hasValue(1);

            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE audit.\"Posts\" ADD COLUMN \"extra\" INT");
            }
            VerifyResult r = verify(ms, resolved);
            assertThat(r.findings()).extracting(Finding::check).containsExactly(Finding.Check.DRIFT);
            assertThat(r.findings().get(0).toString()).contains("extra");
        }
    }

    @Test
    void aChangedModelFileIsFoundByTheLagCheck() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.H2)) {
            Path models = models();
            ModelSync ms = modelSync(db);
            ms.sync();
            AtomicInteger resolved = new AtomicInteger();
            assertThat(verify(ms, resolved).findings()).isEmpty();

            Files.writeString(models.resolve("models.yaml"), MODEL.replace("title: STRING", "title: STRING\n      body: TEXT"));
            VerifyResult r = verify(ms, resolved);
            assertThat(r.findings()).extracting(Finding::check).contains(Finding.Check.CHANGELOG_LAG, Finding.Check.DRIFT);
            assertThat(resolved).hasValue(2);

            // a file added beside the others counts too
            Files.writeString(models.resolve("models.yaml"), MODEL);
            assertThat(verify(ms, resolved).findings()).isEmpty();
            Files.writeString(models.resolve("more.yml"), "models:\n  Tag:\n    attributes:\n      label: STRING\n");
            assertThat(verify(ms, resolved).findings()).extracting(Finding::check).contains(Finding.Check.CHANGELOG_LAG);
        }
    }

    @Test
    void aChangedChangelogIsFound() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.H2)) {
            models();
            ModelSync ms = modelSync(db);
            ms.sync();
            AtomicInteger resolved = new AtomicInteger();
            assertThat(verify(ms, resolved).findings()).isEmpty();

            Path changes = project.resolve("src/main/resources/db/changelog/changes");
            Path file;
            try (Stream<Path> s = Files.list(changes)) {
                file = s.findFirst().orElseThrow();
            }
            // the changeset's column taken out of the changelog: the changelog lags the model
            String text = Files.readString(file);
            Files.writeString(file, text.replace("name: title", "name: heading"));
            VerifyResult r = verify(ms, resolved);
            assertThat(r.findings()).extracting(Finding::check).contains(Finding.Check.CHANGELOG_LAG);
            assertThat(resolved).hasValue(2);
        }
    }

    @Test
    void theSettingsAreInTheKey() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.H2); Connection c = db.connect()) {
            models();
            ModelSync ms = modelSync(db);
            ms.sync();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE \"Others\" (\"id\" INT)");
            }
            Verifier verifier = new Verifier(ms.config(), ReplayingLagCheck.standard());
            VerifyOptions tolerant = new VerifyOptions(false, true, Optional.empty());
            assertThat(verifier.verify(() -> ms.resolve().schema(), tolerant).findings()).isEmpty();
            // the record of ignoreExtra=true does not answer a verify without it
            assertThat(verifier.verify(() -> ms.resolve().schema(), VerifyOptions.DEFAULT).findings())
                    .extracting(Finding::code).contains("EXTRA_TABLE");
        }
    }

    @Test
    void theInspectionsDigestChangesWithTheLiveSchemaAndOnlyWithIt() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.H2); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"Users\" (\"id\" INTEGER PRIMARY KEY, \"name\" VARCHAR(50))");
            String first = digest(c);
            assertThat(digest(c)).as("the same schema inspected again").isEqualTo(first);
            s.execute("INSERT INTO \"Users\" VALUES (1, 'a')");
            assertThat(digest(c)).as("rows are not schema").isEqualTo(first);
            s.execute("COMMENT ON COLUMN \"Users\".\"name\" IS 'x'");
            String commented = digest(c);
            assertThat(commented).as("a column comment").isNotEqualTo(first);
            s.execute("CREATE INDEX \"users_name\" ON \"Users\" (\"name\")");
            assertThat(digest(c)).as("an index").isNotEqualTo(commented);
        }
    }

    private static String digest(Connection c) {
        Inspector inspector = Inspector.forConnection(c, null);
        inspector.inspectLive();
        return inspector.catalogDigest();
    }
}
