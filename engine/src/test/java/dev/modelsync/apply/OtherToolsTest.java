package dev.modelsync.apply;

import dev.modelsync.testing.TestCatalog;
import dev.modelsync.changelog.ChangelogReplayer;
import dev.modelsync.changelog.ChangelogWriter;
import dev.modelsync.changelog.Fixtures;

import dev.modelsync.config.Config;
import dev.modelsync.ModelSync;
import dev.modelsync.db.Dialect;
import dev.modelsync.diff.SchemaChange;
import dev.modelsync.schema.Schema;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The changelog as Liquibase's Maven plugin and Spring Boot run it: from the classpath root
 * ({@code db/changelog/db.changelog-master.yaml}). Changesets applied by modelsync are recognised
 * as applied (same FILENAME thanks to logicalFilePath), and the reverse.
 */
class OtherToolsTest {
    @TempDir
    Path base;

    private void liquibaseUpdateFromClasspathRoot(TestDatabase db) throws Exception {
        LiquibaseItself.update(db, base.resolve("src/main/resources"), "db/changelog/db.changelog-master.yaml");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void modelsyncAndLiquibaseFromTheClasspathRootAgreeOnWhatRan(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            Config config = ModelSync.configure().baseDir(base).url(db.url()).username(db.user()).load().config();
            List<SchemaChange> first = new ArrayList<>(Fixtures.initial());
            ChangelogWriter.write(config.changelogDirectory(), Schema.EMPTY, first);
            TestCatalog cat = new TestCatalog(c, dialect);

            // Liquibase run as Spring Boot / the Maven plugin would: applies everything
            liquibaseUpdateFromClasspathRoot(db);
            assertThat(cat.tables()).contains("Users", "Projects", "UserProjects");
            assertThat(cat.rows("SELECT DISTINCT FILENAME FROM DATABASECHANGELOG"))
                    .containsExactly("db/changelog/changes/0001-initial-schema.yaml");
            int rows = cat.changelogRows();

            // modelsync sees nothing pending and runs nothing
            LiquibaseRunner runner = new LiquibaseRunner(config);
            assertThat(runner.pending()).isEmpty();
            assertThat(runner.update()).isEmpty();

            // and the reverse: modelsync applies a new file, Liquibase from the classpath root runs nothing more
            Schema recorded = ChangelogReplayer.replay(config.changelogDirectory()).schema();
            ChangelogWriter.write(config.changelogDirectory(), recorded,
                    List.of(new SchemaChange.AddColumn("Users", Fixtures.col("nickname", Fixtures.STRING, true))));
            assertThat(runner.update()).containsExactly("db/changelog/changes/0002-users.yaml::0002-1-alter-table-users");
            liquibaseUpdateFromClasspathRoot(db);
            assertThat(cat.changelogRows()).isEqualTo(rows + 1);
        }
    }
}
