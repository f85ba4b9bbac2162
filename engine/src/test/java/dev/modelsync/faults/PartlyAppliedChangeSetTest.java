package dev.modelsync.faults;

import dev.modelsync.ModelSync;
import dev.modelsync.VerifyOptions;
import dev.modelsync.db.Dialect;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.testing.TestCatalog;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MariaDB/MySQL commit each DDL statement at once: a changeset whose second statement fails keeps its
 * first. The message says which statements ran and which failed; once the cause is fixed, the next
 * sync skips what ran, resumes at the failed statement, and ends where the model says.
 */
class PartlyAppliedChangeSetTest {
    @TempDir
    Path dir;

    @Test
    void aRerunResumesAtTheStatementThatFailed() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.MARIADB); Connection c = db.connect()) {
            TestCatalog cat = new TestCatalog(c, Dialect.MARIADB);
            ModelSync ms = syncedThenChanged(db);
            // out of band: an index of that name already exists, so the second statement fails
            cat.exec("CREATE INDEX \"users_nickname\" ON \"Users\" (\"email\")");

            assertThatThrownBy(ms::sync).isInstanceOf(ModelSyncException.class)
                    .hasMessageContaining("Duplicate key name 'users_nickname'")
                    .hasMessageContaining("is not recorded as applied, but its first statement ran and stays:\n  1. ALTER TABLE")
                    .hasMessageContaining("`nickname`")
                    .hasMessageContaining("and statement 2 failed: CREATE INDEX")
                    .hasMessageContaining("run again: the run skips the statements that ran")
                    .hasMessageContaining("resumes at statement 2");
            assertThat(cat.columns("Users")).anyMatch(r -> r.startsWith("nickname|"));
            assertThat(cat.one("SELECT COUNT(*) FROM DATABASECHANGELOGPROGRESS")).isEqualTo("1");

            // without the fix, the rerun fails at the same statement again: the first is not run twice
            assertThatThrownBy(ms::sync).isInstanceOf(ModelSyncException.class)
                    .hasMessageContaining("Duplicate key name 'users_nickname'")
                    .hasMessageContaining("and statement 2 failed: CREATE INDEX");

            cat.exec("DROP INDEX \"users_nickname\" ON \"Users\"");
            assertThat(ms.sync().appliedChangeSets()).hasSize(1);
            assertThat(cat.indexes("Users")).contains("users_nickname");
            assertThat(cat.tables()).as("the progress table is gone once nothing is half-applied")
                    .doesNotContain("DATABASECHANGELOGPROGRESS");
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            Project.assertConverged(ms);
        }
    }

    @Test
    void aStatementThatRanJustBeforeTheRunWasKilledIsNotRunAgain() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.MARIADB); Connection c = db.connect()) {
            TestCatalog cat = new TestCatalog(c, Dialect.MARIADB);
            ModelSync ms = syncedThenChanged(db);
            ms.generate();
            // a run killed after its first statement committed and before it recorded that: the statement
            // is marked running, its column is there
            String file = new dev.modelsync.apply.LiquibaseRunner(ms.config()).pending().get(0);
            String id = file.substring(file.indexOf("::") + 2);
            String path = file.substring(0, file.indexOf("::"));
            cat.exec("CREATE TABLE DATABASECHANGELOGPROGRESS (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL,"
                            + " FILENAME VARCHAR(255) NOT NULL, MD5SUM VARCHAR(35), DONE INT NOT NULL, RUNNING INT NOT NULL)",
                    "ALTER TABLE \"Users\" ADD \"nickname\" VARCHAR(255) NULL");
            String checksum = checksumOf(ms);
            cat.exec("INSERT INTO DATABASECHANGELOGPROGRESS VALUES ('" + id + "', 'modelsync', '" + path + "', '" + checksum
                    + "', 0, 1)");

            assertThat(ms.sync().appliedChangeSets()).containsExactly(file);
            assertThat(cat.indexes("Users")).contains("users_nickname");
            assertThat(cat.tables()).doesNotContain("DATABASECHANGELOGPROGRESS");
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
        }
    }

    /**
     * Users synced, then the model changed so that the next changeset has two statements on Users:
     * add the column nickname, then the index users_nickname on it.
     */
    private ModelSync syncedThenChanged(TestDatabase db) throws Exception {
        model("""
                models:
                  User:
                    attributes:
                      email: { type: STRING, allowNull: false }
                """);
        ModelSync ms = ModelSync.configure().baseDir(dir).url(db.url()).username(db.user()).cacheDirectory(null).load();
        ms.sync();
        model("""
                models:
                  User:
                    attributes:
                      email: { type: STRING, allowNull: false }
                      nickname: { type: STRING }
                    indexes:
                      - { name: users_nickname, fields: [nickname] }
                """);
        return ms;
    }

    private String checksumOf(ModelSync ms) {
        return dev.modelsync.changelog.ChangelogReplayer.parse(ms.config().changelogDirectory()).getChangeSets().stream()
                .reduce((a, b) -> b).orElseThrow().generateCheckSum(liquibase.ChecksumVersion.latest()).toString();
    }

    private void model(String yaml) throws Exception {
        Files.createDirectories(dir.resolve("src/main/models"));
        Files.writeString(dir.resolve("src/main/models/models.yaml"), yaml);
    }
}
