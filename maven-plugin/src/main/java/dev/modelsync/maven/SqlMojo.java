package dev.modelsync.maven;

import org.apache.maven.plugin.MojoFailureException;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

import dev.modelsync.ModelSync;
import dev.modelsync.SqlResult;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Prints the SQL that {@code model:sync} would run against the database, changing nothing in it.
 * Like sync, it first writes a changeset for model changes, so the SQL shown is what the next sync applies.
 */
@Mojo(name = "sql", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = true, threadSafe = true)
public class SqlMojo extends AbstractApplyingMojo {
    @Override
    protected void run(ModelSync modelSync) {
        SqlResult result = modelSync.sql();
        Summary.changes(getLog(), result.generated());
        if (!result.changeset().isEmpty()) {
            getLog().info("The changeset model:sync would write:");
            result.changeset().lines().forEach(getLog()::info);
        }
        if (result.sql().isBlank()) return; // the engine said there is nothing pending
        getLog().info("SQL that model:sync would run on " + modelSync.config().shownUrl() + " ("
                + Summary.count(result.pendingChangeSets().size(), "pending changeset") + "):");
        result.sql().lines().forEach(getLog()::info);
    }

    @Override
    protected String goal() {
        return "sql";
    }
}
