package dev.modelsync.maven;

import org.apache.maven.plugin.MojoFailureException;

import dev.modelsync.DiagramResult;
import dev.modelsync.ModelSync;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** Writes the model as a Mermaid ER diagram (tables, key columns, relations) and prints it. Needs no database. */
@Mojo(name = "diagram", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = true,
        threadSafe = true)
public class DiagramMojo extends AbstractModelMojo {

    /** Directory holding the model files ({@code *.yaml}, {@code *.yml}, searched recursively). */
    @Parameter(property = "model.modelsDirectory", defaultValue = "${project.basedir}/src/main/models")
    File modelsDirectory;

    @Override
    protected void configure(ModelSync.Builder builder) throws MojoFailureException {
        builder.modelsDirectory(modelsDirectory.toPath());
    }

    /** The file the Mermaid {@code erDiagram} is written to. */
    @Parameter(property = "model.diagramFile", defaultValue = "${project.build.directory}/modelsync/model.mmd")
    File diagramFile;

    @Override
    protected void run(ModelSync modelSync) {
        DiagramResult result = modelSync.diagram(diagramFile.toPath());
        getLog().info("Wrote " + result.file() + ":");
        result.mermaid().lines().forEach(getLog()::info);
    }


    @Override
    protected String goal() {
        return "diagram";
    }
}
