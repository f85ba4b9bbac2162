package dev.modelsync.verify;

import dev.modelsync.ModelSyncException;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * Asks Liquibase which changesets of the master changelog are not applied yet, and records
 * them as applied (changelogSync). The changelog is opened as modelsync's sync opens it (the
 * changelog directory is the resource root, the master is {@code db.changelog-master.yaml}), so
 * the file names recorded in DATABASECHANGELOG are the same. The connection is not closed.
 */
public final class ChangelogRunner {
    static {
        System.setProperty("liquibase.analytics.enabled", "false");
    }

    private final Path root;
    private final String masterPath;

    public ChangelogRunner(Path changelogDirectory, String masterFile) {
        this.root = changelogDirectory.toAbsolutePath().normalize();
        this.masterPath = masterFile;
    }

    public boolean exists() {
        return Files.isRegularFile(root.resolve(masterPath));
    }

    public String masterPath() {
        return masterPath;
    }

    /** The changesets not yet applied, as {@code file::id::author}. */
    public List<String> unrun(Connection connection) {
        return withLiquibase(connection, lb -> describe(lb.listUnrunChangeSets(new Contexts(), new LabelExpression(), false)));
    }

    /** Records every changeset as applied without running it; returns those it marked. */
    public List<String> sync(Connection connection) {
        return withLiquibase(connection, lb -> {
            List<String> marked = describe(lb.listUnrunChangeSets(new Contexts(), new LabelExpression(), false));
            lb.changeLogSync(new Contexts(), new LabelExpression());
            return marked;
        });
    }

    private interface Action<T> {
        T run(Liquibase liquibase) throws Exception;
    }

    private <T> T withLiquibase(Connection connection, Action<T> action) {
        if (!exists()) {
            throw new ModelSyncException("No changelog at " + root.resolve(masterPath)
                    + ": run model:generate first, or set model.changelogDirectory.");
        }
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(Scope.Attr.ui.name(), new LoggerUIService());
            return Scope.child(scope, () -> {
                try (DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(root)) {
                    return action.run(new Liquibase(masterPath, accessor, database));
                }
            });
        } catch (ModelSyncException e) {
            throw e;
        } catch (Exception e) {
            throw new ModelSyncException("Liquibase could not read " + root.resolve(masterPath) + " against the database: "
                    + e.getMessage(), e);
        }
    }

    private static List<String> describe(List<ChangeSet> changeSets) {
        return changeSets.stream().map(cs -> cs.getFilePath() + "::" + cs.getId() + "::" + cs.getAuthor()).toList();
    }
}
