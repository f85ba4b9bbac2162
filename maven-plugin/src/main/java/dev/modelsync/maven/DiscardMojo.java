package dev.modelsync.maven;

import dev.modelsync.ModelSync;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Takes back the newest generation: removes the highest-numbered changeset file under
 * {@code changes/} and its include in the master changelog, while the configured database has
 * not applied it. For a model change that was generated and then reverted before any sync.
 */
@Mojo(name = "discard", requiresProject = true, threadSafe = true)
public class DiscardMojo extends AbstractModelMojo {
    @Override
    protected void run(ModelSync modelSync) {
        modelSync.discard();
    }

    @Override
    protected String goal() {
        return "discard";
    }
}
