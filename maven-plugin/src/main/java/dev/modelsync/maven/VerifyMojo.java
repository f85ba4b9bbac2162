package dev.modelsync.maven;

import dev.modelsync.ModelSync;
import dev.modelsync.VerifyOptions;
import dev.modelsync.VerifyResult;
import dev.modelsync.verify.Finding;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Optional;

/**
 * Fails the build when the changelog lags the model, when changesets are pending in the database,
 * or when the live schema differs from the model; prints every difference.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresProject = true, threadSafe = true)
public class VerifyMojo extends AbstractDatabaseMojo {

    /** Directory holding the model files ({@code *.yaml}, {@code *.yml}, searched recursively). */
    @Parameter(property = "model.modelsDirectory", defaultValue = "${project.basedir}/src/main/models")
    File modelsDirectory;

    /** Directory holding {@code db.changelog-master.yaml} and {@code changes/}. */
    @Parameter(property = "model.changelogDirectory",
            defaultValue = "${project.basedir}/src/main/resources/db/changelog")
    File changelogDirectory;

    /**
     * Keep the schema the changelog records under {@code target/modelsync/cache}, keyed by the
     * changelog's content, so the changelog is not parsed each time; {@code false} parses every time.
     */
    @Parameter(property = "model.cache", defaultValue = "true")
    boolean cache;

    @Override
    protected void configure(ModelSync.Builder builder) throws MojoFailureException {
        super.configure(builder);
        builder.modelsDirectory(modelsDirectory.toPath()).changelogDirectory(changelogDirectory.toPath());
        if (!cache) builder.cacheDirectory(null);
    }

    /** Only check that the changelog is up to date with the model; needs no database. */
    @Parameter(property = "model.changelogOnly", defaultValue = "false")
    boolean changelogOnly;

    /** Tolerate tables, columns, constraints and indexes the model does not know (shared databases). */
    @Parameter(property = "model.ignoreExtra", defaultValue = "false")
    boolean ignoreExtra;

    /** Where the JSON and JUnit XML reports are written. */
    @Parameter(property = "model.reportDirectory", defaultValue = "${project.build.directory}/modelsync")
    File reportDirectory;

    @Override
    protected void run(ModelSync modelSync) throws MojoFailureException {
        VerifyResult result = modelSync.verify(new VerifyOptions(changelogOnly, ignoreExtra,
                Optional.ofNullable(reportDirectory).map(File::toPath)));
        if (result.ok()) {
            getLog().info(changelogOnly ? "The changelog is up to date with the model."
                    : "Model, changelog and database " + modelSync.config().shownUrl() + " agree.");
            return;
        }
        StringBuilder message = new StringBuilder("model:verify found "
                + Summary.count(result.findings().size(), "difference") + ":");
        for (Finding finding : result.findings()) message.append("\n  ").append(finding);
        boolean onlyExtra = result.findings().stream().allMatch(f -> f.code().startsWith("EXTRA_"));
        if (!onlyExtra) {
            message.append("\nRun mvn model:sync to bring the changelog and the database up to date with the model.");
        }
        if (result.findings().stream().anyMatch(f -> f.code().startsWith("EXTRA_"))) {
            message.append("\nThe database holds objects the model does not know: add them to the model, or, when other"
                    + " applications own them, run with -Dmodel.ignoreExtra=true.");
        }
        throw new MojoFailureException(message.toString());
    }

    @Override
    protected boolean needsDatabase() {
        return !changelogOnly;
    }

    @Override
    protected String goal() {
        return "verify";
    }
}
