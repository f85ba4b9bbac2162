package dev.modelsync.maven;

import org.apache.maven.plugin.MojoFailureException;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

import dev.modelsync.ModelSync;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Generates a changeset for model changes, then applies every pending changeset to the database.
 * A second run with an unchanged model writes nothing and runs no DDL.
 */
@Mojo(name = "sync", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = true, threadSafe = true)
public class SyncMojo extends AbstractApplyingMojo {
    @Override
    protected void run(ModelSync modelSync) {
        // the engine logs the file written and each changeset applied
        Summary.changes(getLog(), modelSync.sync().generated());
    }

    @Override
    protected String goal() {
        return "sync";
    }
}
