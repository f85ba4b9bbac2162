package dev.modelsync.maven;

import dev.modelsync.config.Config;
import dev.modelsync.ModelSync;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.db.Dialect;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.File;

/**
 * Maps the {@code model.*} parameters onto {@link ModelSync#configure()} and turns engine failures
 * into build failures. Each goal declares the parameters it uses (so {@code model:help} lists only
 * those) and passes them on in {@link #configure(ModelSync.Builder)}; a goal implements {@link #run(ModelSync)}.
 */
public abstract class AbstractModelMojo extends AbstractMojo {

    /**
     * JDBC URL of the database ({@code model.url}, or {@code <url>} in the configuration). Default: an
     * H2 file database, <code>jdbc:h2:file:${project.build.directory}/modelsync/db</code>. Read by
     * {@link #hidden} rather than declared as a parameter: Maven's {@code -X} prints every parameter's
     * value, and a URL may hold a password.
     */
    String url;

    /**
     * Database password ({@code model.password}, or {@code <password>} in the configuration). Prefer
     * {@code model.serverId}, which keeps it out of the pom and the command line. Read by {@link #hidden},
     * never declared as a parameter, so that {@code -X} does not print it.
     */
    String password;

    /** Skip this goal. */
    @Parameter(property = "model.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File baseDirectory;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    @Component
    SettingsDecrypter settingsDecrypter;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution mojoExecution;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping model:" + goal() + " (model.skip=true)");
            return;
        }
        if (url == null) url = hidden("url", "model.url");
        if (password == null) password = hidden("password", "model.password");
        if (session != null && mojoExecution != null) {
            CommandLineOverrides.warn(session, mojoExecution, this::configured, url, password, getLog());
        }
        if (needsDatabase()) checkUrl();
        try {
            run(load());
        } catch (ModelSyncException e) {
            String message = MavenHints.of(e.getMessage());
            // Maven appends a cause's message that differs from the failure's: the cause says it in Maven's words too
            ModelSyncException cause = new ModelSyncException(message, e.getCause());
            cause.setStackTrace(e.getStackTrace());
            throw new MojoFailureException(message, cause);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("model:" + goal() + " failed unexpectedly: " + e, e);
        }
    }

    /** The goal's work; engine exceptions are mapped by {@link #execute()}. */
    protected abstract void run(ModelSync modelSync) throws MojoFailureException;

    /** The goal name, for messages. */
    protected abstract String goal();

    /** Whether the goal connects to the database; goals that don't ignore {@code model.url}. */
    protected boolean needsDatabase() {
        return false;
    }

    /** An engine line in Maven's log: its warnings (lines starting "Warning: ") as warnings, option hints as -D properties. */
    private void show(String engineLine) {
        String line = MavenHints.of(engineLine);
        if (line.startsWith("Warning: ")) getLog().warn(line.substring("Warning: ".length()));
        else getLog().info(line);
    }

    /** Passes the goal's own parameters to the engine; the defaults of the engine stand for the rest. */
    protected void configure(ModelSync.Builder builder) throws MojoFailureException {
    }

    private void checkUrl() throws MojoFailureException {
        try {
            Dialect.fromUrl(effectiveUrl());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(dev.modelsync.db.Secrets.of(url, password).apply(e.getMessage())
                    + ". Check model.url (for example"
                    + " jdbc:postgresql://localhost:5432/app), or leave it out for the embedded H2 database.");
        }
    }

    ModelSync load() throws MojoFailureException {
        ModelSync.Builder builder = ModelSync.configure()
                .baseDir(baseDirectory.toPath())
                .url(effectiveUrl())
                .password(password)
                .cacheDirectory(buildDirectory.toPath().toAbsolutePath().resolve("modelsync").resolve("cache"))
                .log(this::show);
        configure(builder);
        return builder.load();
    }

    /**
     * A setting Maven must not print: {@code <name>} of this plugin's configuration in the pom (the
     * execution's, else the plugin's; Maven keeps only declared parameters in the mojo's own
     * configuration), expressions evaluated; else the property (user, system and project properties,
     * as {@code ${property}} resolves). Null when neither is given, or Maven did not inject the
     * session (unit tests).
     */
    String hidden(String name, String property) {
        if (session == null || mojoExecution == null) return null;
        PluginParameterExpressionEvaluator evaluator = new PluginParameterExpressionEvaluator(session, mojoExecution);
        String configured = configured(name);
        String expression = configured != null ? configured : "${" + property + "}";
        try {
            Object value = evaluator.evaluate(expression);
            String text = value == null ? null : value.toString();
            return text == null || text.isBlank() || text.equals("${" + property + "}") ? null : text;
        } catch (ExpressionEvaluationException e) {
            return null;
        }
    }

    /** The text of {@code <name>} in the pom's configuration of this execution or of the plugin; null if none. */
    String configured(String name) {
        MavenProject project = session.getCurrentProject();
        Plugin plugin = project == null || mojoExecution.getPlugin() == null ? null
                : project.getPlugin(mojoExecution.getPlugin().getKey());
        if (plugin == null) return null;
        PluginExecution execution = plugin.getExecutionsAsMap().get(mojoExecution.getExecutionId());
        for (Object configuration : new Object[] {execution == null ? null : execution.getConfiguration(),
                plugin.getConfiguration()}) {
            Xpp3Dom element = configuration instanceof Xpp3Dom dom ? dom.getChild(name) : null;
            if (element != null && element.getValue() != null) return element.getValue();
        }
        return null;
    }

    String effectiveUrl() {
        if (url != null && !url.isBlank()) return url.trim();
        return Config.defaultUrl(buildDirectory.toPath());
    }
}
