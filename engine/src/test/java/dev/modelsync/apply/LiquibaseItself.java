package dev.modelsync.apply;

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
import liquibase.logging.core.NoOpLogService;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

/** Liquibase's own update command, as its Maven plugin, CLI or Spring Boot run it: the reference for modelsync's update. */
final class LiquibaseItself {
    private LiquibaseItself() {
    }

    /** Runs Liquibase's update command for {@code changelogFile}, read from the directory {@code root}. */
    static void update(TestDatabase db, Path root, String changelogFile) throws Exception {
        try (Connection c = db.connect()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(root),
                    Scope.Attr.logService.name(), new NoOpLogService(), Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache(); // the changelog changed since the last run
                CommandScope up = new CommandScope(UpdateCommandStep.COMMAND_NAME);
                up.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database);
                up.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelogFile);
                up.addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF);
                up.setOutput(new ByteArrayOutputStream());
                up.execute();
            });
        }
    }
}
