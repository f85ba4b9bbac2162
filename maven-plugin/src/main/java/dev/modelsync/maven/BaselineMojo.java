package dev.modelsync.maven;

import dev.modelsync.BaselineResult;
import dev.modelsync.ModelSync;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Adopts an existing database whose schema already matches the model: the changelog's changesets
 * are recorded as applied without running them. Run once, by hand; not bound to a phase.
 */
@Mojo(name = "baseline", requiresProject = true, threadSafe = true)
public class BaselineMojo extends AbstractModelMojo {
    @Override
    protected void run(ModelSync modelSync) {
        BaselineResult result = modelSync.baseline();
        Summary.list(getLog(), "Marked " + Summary.count(result.markedChangeSets().size(), "changeset")
                + " as applied in " + modelSync.config().shownUrl() + ":", result.markedChangeSets());
        if (!result.remainingDifferences().isEmpty()) {
            Summary.list(getLog(), "Left for the next model:sync:", result.remainingDifferences());
        }
    }

    @Override
    protected String goal() {
        return "baseline";
    }
}
