package dev.modelsync.online;

import dev.modelsync.lint.LintOptions;
import dev.modelsync.ModelSync;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.SqlResult;
import dev.modelsync.VerifyOptions;
import dev.modelsync.db.Dialect;
import dev.modelsync.changelog.ChangelogReplayer;
import dev.modelsync.apply.LiquibaseRunner;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The online-safe forms on PostgreSQL (docs/migrations.md, "Online changes"): what is written, what
 * runs, what the database holds after, that replay reads it back (a second sync writes and runs
 * nothing, verify is clean), that H2 runs the same changelog in the plain form, and that
 * {@code online(false)} writes today's plain form.
 */
class OnlineFormsTest {
    @TempDir
    Path project;

    static final String V0 = """
            models:
              Team:
                attributes:
                  name: STRING
              User:
                attributes:
                  name: STRING
                  email: STRING
                  nick: { type: STRING, defaultValue: anon }
                  legacy: STRING
                indexes:
                  - { name: users_legacy, fields: [legacy] }
            """;

    /** On the filled table: an index, a unique, a NOT NULL, a new FK column with its FK, the old index dropped. */
    static final String V1 = """
            models:
              Team:
                attributes:
                  name: STRING
              User:
                attributes:
                  name: STRING
                  email: { type: STRING, unique: true }
                  nick: { type: STRING, defaultValue: anon, allowNull: false }
                  legacy: STRING
                indexes:
                  - { name: users_name, fields: [name] }
                  - { name: users_active, fields: [name], where: "legacy IS NULL" }
                associations:
                  - belongsTo: Team
            """;

    @Test
    void eachSafeFormRunsReplaysAndVerifies() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.POSTGRESQL)) {
            Pg pg = new Pg(db, project);
            ModelSync ms = pg.facade();
            assertThat(ms.config().online().enabled()).as("on by default for PostgreSQL").isTrue();
            pg.models(V0);
            ms.sync();
            String initial = pg.changelogText();
            assertThat(initial).as("tables created in the same generation are exempt")
                    .doesNotContain("CONCURRENTLY", "lock_timeout", "runInTransaction");
            pg.exec("INSERT INTO \"Teams\" (\"name\") VALUES ('t')",
                    "INSERT INTO \"Users\" (\"name\", \"email\", \"nick\") SELECT 'n' || g, 'e' || g, CASE WHEN g % 2 = 0 THEN NULL"
                            + " ELSE 'k' END FROM generate_series(1, 1000) g");

            pg.models(V1);
            SqlResult sql = ms.sql();
            String file = sql.changeset(); // a dry run: the changeset it would write, written nowhere
            assertThat(file).contains("runInTransaction: false", "SET LOCAL lock_timeout = '5000ms'",
                    "SET lock_timeout = '5000ms'", "RESET lock_timeout", "NOT VALID", "VALIDATE CONSTRAINT",
                    "pg_index", "indisvalid");
            assertThat(sql.sql()).as("the SQL PostgreSQL runs")
                    .containsPattern("CREATE INDEX CONCURRENTLY IF NOT EXISTS \"users_name\" ON (\"public\".)?\"Users\" ?\\(\"name\"\\)")
                    .contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS \"users_active\"")
                    .containsPattern("DROP INDEX CONCURRENTLY IF EXISTS (\"public\".)?\"users_legacy\"")
                    .contains("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"Users_email_key\" ON \"Users\" (\"email\")")
                    .contains("ADD CONSTRAINT \"Users_email_key\" UNIQUE USING INDEX \"Users_email_key\"")
                    .containsPattern("FOREIGN KEY \\(\"TeamId\"\\) REFERENCES (\"public\".)?\"Teams\" \\(\"id\"\\) ON UPDATE CASCADE ON DELETE SET NULL NOT VALID")
                    .contains("ALTER TABLE \"Users\" VALIDATE CONSTRAINT \"Users_TeamId_fkey\"")
                    .contains("ADD CONSTRAINT \"Users_nick_not_null\" CHECK (\"nick\" IS NOT NULL) NOT VALID")
                    .contains("ALTER TABLE \"Users\" DROP CONSTRAINT \"Users_nick_not_null\"")
                    .doesNotContain("UNIQUE (\"email\")");

            assertThat(pg.log).as("no hazard printed for the online forms").noneMatch(l -> l.startsWith("Hazard"));
            assertThat(ms.sync().appliedChangeSets()).isNotEmpty();
            assertThat(ms.lint(new LintOptions(Optional.empty(), Set.of())).hazards()).as("the online changelog lints clean").isEmpty();
            assertThat(pg.indexes("Users")).contains("users_name|t|f", "users_active|t|f", "Users_email_key|t|t")
                    .noneMatch(r -> r.startsWith("users_legacy"));
            assertThat(pg.constraints("Users")).contains("Users_TeamId_fkey|f|t", "Users_email_key|u|t")
                    .noneMatch(r -> r.startsWith("Users_nick_not_null"));
            assertThat(pg.rows("SELECT is_nullable FROM information_schema.columns WHERE table_name = 'Users'"
                    + " AND column_name = 'nick'")).containsExactly("NO");
            assertThat(pg.rows("SELECT count(*) FROM \"Users\" WHERE \"nick\" = 'anon'")).containsExactly("500");

            assertThat(ChangelogReplayer.replay(ms.config().changelogDirectory()).unsupported()).isEmpty();
            var again = ms.sync();
            assertThat(again.generated().writtenFile()).as("second generate writes nothing").isEmpty();
            assertThat(again.appliedChangeSets()).isEmpty();
            assertThat(ms.verify(new VerifyOptions(false, false, Optional.empty())).findings()).isEmpty();
        }
        try (TestDatabase h2 = TestDatabase.create(Dialect.H2)) {
            ModelSync onH2 = ModelSync.configure().baseDir(project).modelsDirectory(project.resolve("models"))
                    .changelogDirectory(project.resolve("changelog")).url(h2.url()).username(h2.user()).cacheDirectory(null).load();
            assertThat(onH2.config().online().enabled()).as("H2 keeps the plain form").isFalse();
            assertThat(new LiquibaseRunner(onH2.config()).update()).as("H2 runs the same changelog").isNotEmpty();
            assertThat(onH2.verify(new VerifyOptions(false, false, Optional.empty())).findings()).isEmpty();
        }
    }

    @Test
    void offWritesThePlainForm() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.POSTGRESQL)) {
            Pg pg = new Pg(db, project);
            ModelSync ms = pg.facade(false, Duration.ofSeconds(5));
            pg.models(V0);
            ms.sync();
            pg.models(V1);
            ms.sync();
            assertThat(pg.log).as("model:sync prints each hazard with its code")
                    .anyMatch(l -> l.startsWith("Hazard MS101 create-index-blocking") && l.contains("users_name"))
                    .anyMatch(l -> l.startsWith("Hazard MS102 drop-index-blocking"))
                    .anyMatch(l -> l.startsWith("Hazard MS104 foreign-key-validating"))
                    .anyMatch(l -> l.startsWith("Hazard MS106 set-not-null-scan"))
                    .anyMatch(l -> l.startsWith("Hazard MS107 unique-constraint-blocking"))
                    .anyMatch(l -> l.startsWith("Hazard MS111 no-lock-timeout"));
            assertThat(ms.lint(new LintOptions(Optional.empty(), Set.of())).hazards()).extracting(h -> h.code().name())
                    .contains("MS101", "MS102", "MS104", "MS106", "MS107", "MS111");
            assertThat(pg.changelogText()).doesNotContain("CONCURRENTLY", "NOT VALID", "lock_timeout", "runInTransaction")
                    .contains("addUniqueConstraint", "addForeignKeyConstraint", "addNotNullConstraint");
            assertThat(pg.indexes("Users")).contains("users_name|t|f", "Users_email_key|t|t");
            assertThat(ms.sync().generated().writtenFile()).isEmpty();
        }
    }

    /**
     * A unique index build that fails on duplicates leaves an INVALID index behind (as a killed build
     * does); after the duplicates are gone the rerun drops it and builds it again.
     */
    @Test
    void rerunRecoversTheInvalidIndexOfAFailedConcurrentBuild() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.POSTGRESQL)) {
            Pg pg = new Pg(db, project);
            ModelSync ms = pg.facade();
            pg.models(V0);
            ms.sync();
            pg.exec("INSERT INTO \"Users\" (\"email\") VALUES ('a'), ('a'), ('b')");
            pg.models(V0.replace("{ name: users_legacy, fields: [legacy] }",
                    "{ name: users_legacy, fields: [legacy] }\n      - { name: users_email, fields: [email], unique: true }"));
            assertThatThrownBy(ms::sync).isInstanceOf(ModelSyncException.class).hasMessageContaining("users_email");
            assertThat(pg.indexes("Users")).as("the failed build left its index, INVALID").contains("users_email|f|t");

            pg.exec("DELETE FROM \"Users\" WHERE \"id\" = (SELECT max(\"id\") FROM \"Users\" WHERE \"email\" = 'a')");
            assertThat(ms.sync().appliedChangeSets()).hasSize(1);
            assertThat(pg.indexes("Users")).contains("users_email|t|t");
            assertThatThrownBy(() -> pg.exec("INSERT INTO \"Users\" (\"email\") VALUES ('b')")).hasMessageContaining("users_email");
            assertThat(ms.sync().appliedChangeSets()).isEmpty();
        }
    }

    /** A changeset that cannot get its lock within lockTimeout fails with a clear message; the rerun applies it. */
    @Test
    @org.junit.jupiter.api.Timeout(180) // without the lock timeout the sync would wait for the holder for ever
    void lockTimeoutFailsClearlyAndTheRerunSucceeds() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.POSTGRESQL)) {
            Pg pg = new Pg(db, project);
            ModelSync ms = pg.facade(null, Duration.ofMillis(300));
            pg.models(V0);
            ms.sync();
            pg.models(V0.replace("legacy: STRING", "legacy: STRING\n      extra: INTEGER"));
            try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
                holder.setAutoCommit(false);
                s.execute("SELECT * FROM \"Users\""); // a reader's lock, held until its transaction ends
                assertThatThrownBy(ms::sync).isInstanceOf(ModelSyncException.class)
                        .hasMessageContaining("lock timeout (300 ms)").hasMessageContaining("safe to run again");
                holder.rollback();
            }
            assertThat(pg.rows("SELECT count(*) FROM information_schema.columns WHERE table_name = 'Users'"
                    + " AND column_name = 'extra'")).containsExactly("0");
            assertThat(ms.sync().appliedChangeSets()).hasSize(1);
            assertThat(pg.rows("SELECT count(*) FROM information_schema.columns WHERE table_name = 'Users'"
                    + " AND column_name = 'extra'")).containsExactly("1");
        }
    }
}
