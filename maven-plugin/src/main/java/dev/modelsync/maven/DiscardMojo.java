package dev.modelsync.maven;

import org.apache.maven.plugin.MojoFailureException;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

import dev.modelsync.ModelSync;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Takes back the newest generation: removes the highest-numbered changeset file under
 * {@code changes/} and its include in the master changelog, while the configured database has
 * not applied it. For a model change that was generated and then reverted before any sync.
 */
@Mojo(name = "discard", requiresProject = true, threadSafe = true)
public class DiscardMojo extends AbstractDatabaseMojo {

    /** Directory holding {@code db.changelog-master.yaml} and {@code changes/}. */
    @Parameter(property = "model.changelogDirectory",
            defaultValue = "${project.basedir}/src/main/resources/db/changelog")
    File changelogDirectory;

    /**
     * How long a run waits, in seconds, for another run's lock on the database before it fails
     * naming the holder; 0 fails at once.
     */
    @Parameter(property = "model.lockWaitSeconds", defaultValue = "300")
    int lockWaitSeconds;

    @Override
    protected void configure(ModelSync.Builder builder) throws MojoFailureException {
        super.configure(builder);
        builder.changelogDirectory(changelogDirectory.toPath()).lockWaitSeconds(lockWaitSeconds);
    }
    @Override
    protected void run(ModelSync modelSync) {
        modelSync.discard();
    }

    @Override
    protected String goal() {
        return "discard";
    }
}
