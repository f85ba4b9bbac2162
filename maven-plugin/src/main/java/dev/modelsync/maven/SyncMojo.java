package dev.modelsync.maven;

import dev.modelsync.ModelSync;
import dev.modelsync.SyncResult;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Generates a changeset for model changes, then applies every pending changeset to the database. */
@Mojo(name = "sync", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = true, threadSafe = true)
public class SyncMojo extends AbstractModelMojo {
    @Override
    protected void run(ModelSync modelSync) {
        SyncResult result = modelSync.sync();
        Summary.generated(getLog(), result.generated());
        String url = modelSync.config().url();
        if (result.appliedChangeSets().isEmpty()) {
            getLog().info("Database " + url + " is up to date: no changeset applied.");
        } else {
            Summary.list(getLog(), "Applied " + Summary.count(result.appliedChangeSets().size(), "changeset")
                    + " to " + url + ":", result.appliedChangeSets());
        }
    }

    @Override
    protected String goal() {
        return "sync";
    }
}
