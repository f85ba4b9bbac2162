package dev.modelsync.maven;

import dev.modelsync.ModelSync;
import dev.modelsync.SqlResult;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Prints the SQL that {@code model:sync} would run against the database, changing nothing in it.
 * Like sync, it first writes a changeset for model changes, so the SQL shown is what the next sync applies.
 */
@Mojo(name = "sql", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = true, threadSafe = true)
public class SqlMojo extends AbstractModelMojo {
    @Override
    protected void run(ModelSync modelSync) {
        SqlResult result = modelSync.sql();
        Summary.generated(getLog(), result.generated());
        if (result.pendingChangeSets().isEmpty() || result.sql().isBlank()) {
            getLog().info("Database " + modelSync.config().url() + " is up to date: no SQL to run.");
            return;
        }
        Summary.list(getLog(), "Pending " + Summary.count(result.pendingChangeSets().size(), "changeset") + ":",
                result.pendingChangeSets());
        getLog().info("SQL that model:sync would run:");
        result.sql().lines().forEach(getLog()::info);
    }

    @Override
    protected String goal() {
        return "sql";
    }
}
