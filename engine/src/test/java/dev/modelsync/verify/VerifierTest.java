package dev.modelsync.verify;

import dev.modelsync.Verifier;

import dev.modelsync.ModelSync;
import dev.modelsync.VerifyOptions;
import dev.modelsync.VerifyResult;
import dev.modelsync.db.Dialect;
import dev.modelsync.inspect.Fixture;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three checks end to end on a real database and a real Liquibase changelog. The changelog
 * replay belongs to another package; here it is the recorded schema handed to the real
 * {@link ReplayingLagCheck} (which runs the real Differ).
 */
class VerifierTest {
    private static final Schema MODEL = Fixture.expected(Dialect.POSTGRESQL);

    @TempDir
    Path project;

    private final List<String> log = new ArrayList<>();

    private Verifier verifier(TestDatabase db, Schema recorded) {
        ModelSync ms = ModelSync.configure().baseDir(project).url(db.url()).username(db.user()).log(log::add).load();
        return new Verifier(ms.config(), new ReplayingLagCheck(dir -> new ReplayingLagCheck.Recorded(recorded, List.of())));
    }

    private Path changelogDir() {
        return project.resolve("src/main/resources/db/changelog");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDatabaseInStepWithChangelogAndModelPasses(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            Fixture.apply(c, Fixture.ddl(dialect));
            Changelogs.write(changelogDir(), "0001-1", "0001-2");
            runner(db).changelogSync();
            Path reports = project.resolve("target/modelsync");

            VerifyResult r = verifier(db, MODEL).verify(MODEL, new VerifyOptions(false, false, Optional.of(reports)));

            assertThat(r.findings()).isEmpty();
            assertThat(r.ok()).isTrue();
            assertThat(log.get(0)).isEqualTo("modelsync verify: no differences (checked: the changelog against the model,"
                    + " changesets not yet applied, the database against the model)");
            assertThat(Files.readString(reports.resolve("verify.json")))
                    .isEqualTo("{\n  \"ok\": true,\n  \"checks\": [\"CHANGELOG_LAG\", \"PENDING\", \"DRIFT\"],\n  \"findings\": []\n}\n");
            String junit = Files.readString(reports.resolve("TEST-modelsync-verify.xml"));
            assertThat(junit).contains("<testsuite name=\"modelsync-verify\" tests=\"7\" failures=\"0\"")
                    .contains("<testcase classname=\"modelsync.verify.DRIFT\" name=\"Users\"/>")
                    .contains("<testcase classname=\"modelsync.verify.PENDING\" name=\"(changelog)\"/>")
                    .doesNotContain("<failure");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void reportsEachCheckSeparatelyGroupedByTable(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            Fixture.apply(c, Fixture.ddl(dialect));
            Fixture.apply(c, List.of("ALTER TABLE \"Users\" DROP COLUMN \"rank\"",
                    dialect == Dialect.MARIADB ? "ALTER TABLE \"Posts\" MODIFY \"title\" VARCHAR(255) DEFAULT 'untitled' NULL"
                            : "ALTER TABLE \"Posts\" ALTER COLUMN \"title\" DROP NOT NULL"));
            Changelogs.write(changelogDir(), "0001-1");
            runner(db).changelogSync();
            Changelogs.write(changelogDir(), "0001-1", "0002-1");
            Table users = MODEL.table("Users").orElseThrow();
            Table usersWithoutRank = new Table("Users", users.columns().stream().filter(col -> !col.name().equals("rank")).toList(),
                    users.primaryKey(), users.foreignKeys(), users.uniques(), users.indexes(), "", List.of());
            Schema recorded = new Schema(List.of(usersWithoutRank, MODEL.table("Posts").orElseThrow(),
                    MODEL.table("UserFollowers").orElseThrow()), MODEL.enums());
            Path reports = project.resolve("target/modelsync");

            VerifyResult r = verifier(db, recorded).verify(MODEL, new VerifyOptions(false, false, Optional.of(reports)));

            String cs = "db.changelog-master.yaml::0002-1";
            assertThat(r.findings()).containsExactly(
                    new Finding(Finding.Check.CHANGELOG_LAG, "CHANGELOG_LAGS", "Users",
                            "the changelog lags the model: model:generate would add column Users.rank SMALLINT"),
                    new Finding(Finding.Check.PENDING, "PENDING_CHANGESET", "",
                            "changeset " + cs + " is not applied to the database: run model:sync"),
                    new Finding(Finding.Check.DRIFT, "NULLABILITY_MISMATCH", "Posts",
                            "Posts.title: nullable in the database, NOT NULL in the model"),
                    new Finding(Finding.Check.DRIFT, "MISSING_COLUMN", "Users", "Users.rank: column is missing in the database"));
            assertThat(log).startsWith(
                    "modelsync verify: 4 differences",
                    "The changelog lags the model (CHANGELOG_LAG): 1",
                    "  Users",
                    "    [CHANGELOG_LAGS] the changelog lags the model: model:generate would add column Users.rank SMALLINT",
                    "Changesets not applied to the database (PENDING): 1",
                    "  (changelog)",
                    "    [PENDING_CHANGESET] changeset " + cs + " is not applied to the database: run model:sync",
                    "The database differs from the model (DRIFT): 2",
                    "  Posts",
                    "    [NULLABILITY_MISMATCH] Posts.title: nullable in the database, NOT NULL in the model",
                    "  Users",
                    "    [MISSING_COLUMN] Users.rank: column is missing in the database");
            assertThat(Files.readString(reports.resolve("verify.json"))).contains(
                    "{\"check\": \"DRIFT\", \"code\": \"MISSING_COLUMN\", \"table\": \"Users\", \"message\":"
                            + " \"Users.rank: column is missing in the database\"}");
            String junit = Files.readString(reports.resolve("TEST-modelsync-verify.xml"));
            assertThat(junit).contains("tests=\"7\" failures=\"4\"")
                    .contains("<testcase classname=\"modelsync.verify.DRIFT\" name=\"Users\">\n"
                            + "    <failure type=\"MISSING_COLUMN\" message=\"Users.rank: column is missing in the database\">"
                            + "[MISSING_COLUMN] Users.rank: column is missing in the database</failure>\n  </testcase>")
                    .contains("<testcase classname=\"modelsync.verify.DRIFT\" name=\"UserFollowers\"/>");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aChangelogNeverAppliedIsAllPending(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            Changelogs.write(changelogDir(), "0001-1", "0001-2");
            VerifyResult r = verifier(db, MODEL).verify(MODEL, VerifyOptions.DEFAULT);
            assertThat(r.findings()).filteredOn(f -> f.check() == Finding.Check.PENDING).extracting(Finding::message)
                    .containsExactly(
                            "changeset db.changelog-master.yaml::0001-1 is not applied to the database: run model:sync",
                            "changeset db.changelog-master.yaml::0001-2 is not applied to the database: run model:sync");
            assertThat(r.findings()).filteredOn(f -> f.check() == Finding.Check.DRIFT).extracting(Finding::code)
                    .containsExactly("MISSING_TABLE", "MISSING_TABLE", "MISSING_TABLE", "MISSING_ENUM");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theLagCheckAndThePendingCheckShareOneReadOfTheChangelog(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            Fixture.apply(c, Fixture.ddl(dialect));
            Changelogs.write(changelogDir(), "0001-1");
            runner(db).changelogSync();
            Changelogs.write(changelogDir(), "0001-1", "0002-1", "0002-2");
            List<dev.modelsync.changelog.Replay> given = new ArrayList<>();
            ChangelogLagCheck lag = new ChangelogLagCheck() {
                @Override
                public List<Finding> check(Path directory, Schema desired) {
                    throw new AssertionError("verify has read the changelog: the lag check must not read it again");
                }

                @Override
                public List<Finding> check(Path directory, Schema desired,
                                           java.util.function.Supplier<dev.modelsync.changelog.Replay> recorded) {
                    given.add(recorded.get());
                    given.add(recorded.get());
                    return List.of();
                }
            };
            ModelSync ms = ModelSync.configure().baseDir(project).url(db.url()).username(db.user()).log(log::add).load();

            VerifyResult r = new Verifier(ms.config(), lag).verify(MODEL, VerifyOptions.DEFAULT);

            assertThat(given).hasSize(2);
            assertThat(given.get(1)).isSameAs(given.get(0));
            assertThat(given.get(0).changeSets().orElseThrow()).extracting(cs -> cs.id()).containsExactly("0001-1", "0002-1", "0002-2");
            assertThat(r.findings()).extracting(Finding::message).containsExactly(
                    "changeset db.changelog-master.yaml::0002-1 is not applied to the database: run model:sync",
                    "changeset db.changelog-master.yaml::0002-2 is not applied to the database: run model:sync");
        }
    }

    @Test
    void anUnreachableDatabaseFailsWithTheConnectionMessage() throws Exception {
        ModelSync ms = ModelSync.configure().baseDir(project).url("jdbc:postgresql://127.0.0.1:1/none").log(log::add).load();
        Changelogs.write(changelogDir(), "0001-1");
        Verifier v = new Verifier(ms.config(), ReplayingLagCheck.standard());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> v.verify(MODEL, VerifyOptions.DEFAULT))
                .isInstanceOf(dev.modelsync.problem.ModelSyncException.class)
                .hasMessageContaining("Cannot connect to jdbc:postgresql://127.0.0.1:1/none");
    }

    @Test
    void changelogOnlyNeedsNoDatabase() throws Exception {
        ModelSync ms = ModelSync.configure().baseDir(project).url("jdbc:postgresql://127.0.0.1:1/none").log(log::add).load();
        Schema recorded = new Schema(List.of(MODEL.table("Users").orElseThrow()), MODEL.enums());
        Verifier v = new Verifier(ms.config(), new ReplayingLagCheck(dir -> new ReplayingLagCheck.Recorded(recorded, List.of("tagDatabase"))));
        Changelogs.write(changelogDir(), "0001-1");

        VerifyResult r = v.verify(MODEL, new VerifyOptions(true, false, Optional.empty()));

        assertThat(r.findings()).extracting(Finding::check).containsOnly(Finding.Check.CHANGELOG_LAG);
        assertThat(r.findings()).extracting(Finding::code)
                .containsExactly("UNSUPPORTED_CHANGE", "CHANGELOG_LAGS", "CHANGELOG_LAGS", "CHANGELOG_LAGS", "CHANGELOG_LAGS",
                        "CHANGELOG_LAGS", "CHANGELOG_LAGS", "CHANGELOG_LAGS");
        assertThat(r.findings()).extracting(Finding::message).contains(
                "the changelog lags the model: model:generate would create table Posts",
                "the changelog lags the model: model:generate would create table UserFollowers");
    }

    @Test
    void withoutAChangelogTheWholeModelLags() {
        ModelSync ms = ModelSync.configure().baseDir(project).url("jdbc:h2:mem:unused").log(log::add).load();
        Verifier v = new Verifier(ms.config(), new ReplayingLagCheck(dir -> {
            throw new AssertionError("no changelog: nothing to replay");
        }));
        VerifyResult r = v.verify(MODEL, new VerifyOptions(true, false, Optional.empty()));
        assertThat(r.findings()).extracting(Finding::message)
                .contains("the changelog lags the model: model:generate would create table Users");
    }

    private dev.modelsync.apply.LiquibaseRunner runner(TestDatabase db) {
        return new dev.modelsync.apply.LiquibaseRunner(ModelSync.configure().baseDir(project).url(db.url())
                .username(db.user()).load().config());
    }
}
