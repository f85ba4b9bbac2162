package dev.modelsync.maven;

import org.apache.maven.plugin.MojoFailureException;

import java.io.File;

import dev.modelsync.ModelSync;
import dev.modelsync.ModelImporter;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Arrays;
import java.util.List;

/**
 * Reads the database and writes model files into the models directory, one per model, in
 * Sequelize's conventions; junction tables become belongsToMany. Refuses a directory that already
 * holds model files unless {@code model.overwrite} is set. After import and baseline, generate
 * writes nothing and verify is clean.
 */
@Mojo(name = "import", requiresProject = true, threadSafe = true)
public class ImportMojo extends AbstractDatabaseMojo {

    /** Directory holding the model files ({@code *.yaml}, {@code *.yml}, searched recursively). */
    @Parameter(property = "model.modelsDirectory", defaultValue = "${project.basedir}/src/main/models")
    File modelsDirectory;

    @Override
    protected void configure(ModelSync.Builder builder) throws MojoFailureException {
        super.configure(builder);
        builder.modelsDirectory(modelsDirectory.toPath());
    }
    /** Replace the model files already in the models directory. */
    @Parameter(property = "model.overwrite", defaultValue = "false")
    boolean overwrite;

    /** Tables to import, comma-separated names or patterns with {@code *}; default all. */
    @Parameter(property = "model.include")
    String include;

    /** Tables to leave out, comma-separated names or patterns with {@code *}. */
    @Parameter(property = "model.exclude")
    String exclude;

    @Override
    protected void run(ModelSync modelSync) {
        modelSync.importModels(new ModelImporter.Options(list(include), list(exclude), overwrite));
    }

    private static List<String> list(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    @Override
    protected String goal() {
        return "import";
    }
}
