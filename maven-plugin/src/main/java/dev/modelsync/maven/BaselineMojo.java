package dev.modelsync.maven;

import org.apache.maven.plugin.MojoFailureException;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

import dev.modelsync.BaselineResult;
import dev.modelsync.ModelSync;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Adopts an existing database whose schema already matches the model: the changelog's changesets
 * are recorded as applied without running them. Run once, by hand; not bound to a phase.
 */
@Mojo(name = "baseline", requiresProject = true, threadSafe = true)
public class BaselineMojo extends AbstractDatabaseMojo {

    /** Directory holding the model files ({@code *.yaml}, {@code *.yml}, searched recursively). */
    @Parameter(property = "model.modelsDirectory", defaultValue = "${project.basedir}/src/main/models")
    File modelsDirectory;

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
        builder.modelsDirectory(modelsDirectory.toPath()).changelogDirectory(changelogDirectory.toPath())
                .lockWaitSeconds(lockWaitSeconds);
    }
    @Override
    protected void run(ModelSync modelSync) {
        BaselineResult result = modelSync.baseline();
        if (!result.nextChanges().isEmpty()) {
            getLog().info("Run mvn model:sync to make them (mvn model:sql shows the SQL first).");
        }
    }

    @Override
    protected String goal() {
        return "baseline";
    }
}
