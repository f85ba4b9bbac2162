package dev.modelsync.maven;

import dev.modelsync.ModelSync;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Loads the seed files into the database in one transaction; seeding twice changes nothing. */
@Mojo(name = "seed", defaultPhase = LifecyclePhase.PROCESS_TEST_RESOURCES, requiresProject = true,
        threadSafe = true)
public class SeedMojo extends AbstractModelMojo {
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
