package dev.modelsync.maven;

import dev.modelsync.lint.LintOptions;
import dev.modelsync.lint.LintResult;
import dev.modelsync.ModelSync;
import dev.modelsync.lint.Hazard;
import dev.modelsync.lint.HazardCode;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every changeset of the changelog, hand-written ones included, for hazards when PostgreSQL
 * runs it on tables that hold rows (blocking locks, rewrites); prints each with its code, writes JSON
 * and JUnit reports, and fails the build on any unless {@code model.lintFail} is false. No database.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, requiresProject = true, threadSafe = true)
public class LintMojo extends AbstractModelMojo {

    /** Directory holding {@code db.changelog-master.yaml} and {@code changes/}. */
    @Parameter(property = "model.changelogDirectory",
            defaultValue = "${project.basedir}/src/main/resources/db/changelog")
    File changelogDirectory;

    @Override
    protected void configure(ModelSync.Builder builder) throws MojoFailureException {
        builder.changelogDirectory(changelogDirectory.toPath());
    }

    /** Fail the build when the lint finds a hazard; {@code false} only reports. */
    @Parameter(property = "model.lintFail", defaultValue = "true")
    boolean lintFail;

    /** Hazard codes or rule names not reported, comma-separated, e.g. {@code MS111,type-rewrite}. */
    @Parameter(property = "model.lintIgnore")
    String lintIgnore;

    /** Where the JSON and JUnit XML reports are written. */
    @Parameter(property = "model.reportDirectory", defaultValue = "${project.build.directory}/modelsync")
    File reportDirectory;

    @Override
    protected void run(ModelSync modelSync) throws MojoFailureException {
        LintResult result = modelSync.lint(new LintOptions(Optional.ofNullable(reportDirectory).map(File::toPath), ignored()));
        result.notChecked().forEach(n -> getLog().warn("Not checked: " + n));
        if (result.ok()) {
            getLog().info("model:lint: no hazards in " + Summary.count(result.changeSetsChecked().size(), "changeset") + ".");
            return;
        }
        StringBuilder message = new StringBuilder("model:lint found " + Summary.count(result.hazards().size(), "hazard")
                + " in " + Summary.count(result.changeSetsChecked().size(), "changeset") + ":");
        for (Hazard h : result.hazards()) message.append("\n  ").append(h);
        message.append("\nWrite the online-safe form (docs/migrations.md, \"Online changes\"), or ignore a code with"
                + " -Dmodel.lintIgnore=MS1xx.");
        if (lintFail) throw new MojoFailureException(message.toString());
        message.toString().lines().forEach(getLog()::warn);
    }

    private Set<HazardCode> ignored() throws MojoFailureException {
        Set<HazardCode> out = EnumSet.noneOf(HazardCode.class);
        if (lintIgnore == null || lintIgnore.isBlank()) return out;
        for (String item : Arrays.stream(lintIgnore.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList()) {
            Optional<HazardCode> code = Arrays.stream(HazardCode.values())
                    .filter(c -> c.name().equalsIgnoreCase(item) || c.rule().equals(item.toLowerCase(Locale.ROOT))).findFirst();
            if (code.isEmpty()) {
                throw new MojoFailureException("model.lintIgnore: unknown hazard " + item + "; known: "
                        + String.join(", ", Arrays.stream(HazardCode.values()).map(c -> c.name() + " " + c.rule()).toList()));
            }
            out.add(code.get());
        }
        return out;
    }


    @Override
    protected String goal() {
        return "lint";
    }
}
