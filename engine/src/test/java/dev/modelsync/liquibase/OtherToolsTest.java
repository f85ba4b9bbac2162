package dev.modelsync.liquibase;

import dev.modelsync.Config;
import dev.modelsync.ModelSync;
import dev.modelsync.db.Dialect;
import dev.modelsync.diff.SchemaChange;
import dev.modelsync.schema.Schema;
import dev.modelsync.testing.TestDatabase;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.changelog.FastCheckService;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        Path resources = base.resolve("src/main/resources");
        try (Connection c = db.connect()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(resources)), () -> {
                Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
                CommandScope up = new CommandScope(UpdateCommandStep.COMMAND_NAME);
                up.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database);
                up.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "db/changelog/db.changelog-master.yaml");
                up.addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF);
                up.setOutput(new ByteArrayOutputStream());
                up.execute();
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void modelsyncAndLiquibaseFromTheClasspathRootAgreeOnWhatRan(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            Config config = ModelSync.configure().baseDir(base).url(db.url()).username(db.user()).load().config();
            List<SchemaChange> first = new ArrayList<>(Fixtures.initial());
            ChangelogWriter.write(config.changelogDirectory(), Schema.EMPTY, first);
            Catalog cat = new Catalog(c, dialect);

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
