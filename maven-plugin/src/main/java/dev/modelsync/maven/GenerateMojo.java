package dev.modelsync.maven;

import org.apache.maven.plugin.MojoFailureException;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

import dev.modelsync.ModelSync;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes a Liquibase changeset for the difference between the changelog and the model.
 * Needs no database. A second run with an unchanged model writes nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = true, threadSafe = true)
public class GenerateMojo extends AbstractChangesetMojo {
    @Override
    protected void run(ModelSync modelSync) {
        Summary.changes(getLog(), modelSync.generate());
    }


    @Override
    protected String goal() {
        return "generate";
    }
}
