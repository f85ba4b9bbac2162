package dev.modelsync.maven;

import org.apache.maven.plugin.MojoFailureException;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

import dev.modelsync.ModelSync;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Loads the seed files into the database in one transaction; seeding twice changes nothing. */
@Mojo(name = "seed", defaultPhase = LifecyclePhase.PROCESS_TEST_RESOURCES, requiresProject = true,
        threadSafe = true)
public class SeedMojo extends AbstractDatabaseMojo {

    /** Directory holding the model files ({@code *.yaml}, {@code *.yml}, searched recursively). */
    @Parameter(property = "model.modelsDirectory", defaultValue = "${project.basedir}/src/main/models")
    File modelsDirectory;

    /** Directory holding the seed files. */
    @Parameter(property = "model.seedDirectory", defaultValue = "${project.basedir}/src/test/seeds")
    File seedDirectory;

    /**
     * How long a run waits, in seconds, for another run's lock on the database before it fails
     * naming the holder; 0 fails at once.
     */
    @Parameter(property = "model.lockWaitSeconds", defaultValue = "300")
    int lockWaitSeconds;

    /**
     * Make a nested reference to a row that is neither in the database nor declared in the seed files
     * an error (a mistyped tag), instead of creating the row from the reference and listing it.
     */
    @Parameter(property = "model.strictReferences", defaultValue = "false")
    boolean strictReferences;

    @Override
    protected void configure(ModelSync.Builder builder) throws MojoFailureException {
        super.configure(builder);
        builder.modelsDirectory(modelsDirectory.toPath()).seedDirectory(seedDirectory.toPath()).lockWaitSeconds(lockWaitSeconds)
                .strictReferences(strictReferences);
    }
    @Override
    protected void run(ModelSync modelSync) {
        // the engine logs the rows inserted and updated per table, then the totals (with unchanged rows)
        modelSync.seed();
    }

    @Override
    protected String goal() {
        return "seed";
    }
}
