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
 * Maps the {@code model.*} parameters shared by every goal onto {@link ModelSync#configure()}
 * and turns engine failures into build failures. A goal only implements {@link #run(ModelSync)}.
 */
public abstract class AbstractModelMojo extends AbstractMojo {

    /**
     * JDBC URL of the database ({@code model.url}, or {@code <url>} in the configuration). Default: an
     * H2 file database, <code>jdbc:h2:file:${project.build.directory}/modelsync/db</code>. Read by
     * {@link #hidden} rather than declared as a parameter: Maven's {@code -X} prints every parameter's
     * value, and a URL may hold a password.
     */
    String url;

    /** Database user. Default: {@code sa} for H2, else taken from {@code model.serverId}. */
    @Parameter(property = "model.username")
    String username;

    /**
     * Database password ({@code model.password}, or {@code <password>} in the configuration). Prefer
     * {@code model.serverId}, which keeps it out of the pom and the command line. Read by {@link #hidden},
     * never declared as a parameter, so that {@code -X} does not print it.
     */
    String password;

    /**
     * Id of a {@code <server>} in settings.xml whose username and password (encrypted passwords are
     * decrypted) are used when {@code model.username} / {@code model.password} are not given.
     */
    @Parameter(property = "model.serverId")
    String serverId;

    /** Directory holding the model files ({@code *.yaml}, {@code *.yml}, searched recursively). */
    @Parameter(property = "model.modelsDirectory", defaultValue = "${project.basedir}/src/main/models")
    File modelsDirectory;

    /** Directory holding {@code db.changelog-master.yaml} and {@code changes/}. */
    @Parameter(property = "model.changelogDirectory",
            defaultValue = "${project.basedir}/src/main/resources/db/changelog")
    File changelogDirectory;

    /** Directory holding the seed files. */
    @Parameter(property = "model.seedDirectory", defaultValue = "${project.basedir}/src/test/seeds")
    File seedDirectory;

    /** Allow destructive changes (dropping tables or columns, narrowing types, ...). */
    @Parameter(property = "model.allowDestructive", defaultValue = "false")
    boolean allowDestructive;

    /**
     * Keep the schema the changelog records under {@code target/modelsync/cache}, keyed by the
     * changelog's content, so generating does not parse the whole changelog each time. Never stale
     * (any change to the changelog is a new key); {@code false} parses every time.
     */
    @Parameter(property = "model.cache", defaultValue = "true")
    boolean cache;

    /**
     * How long a run waits, in seconds, for another run's lock on the database (sync, seed,
     * baseline) or on the changelog directory (generate) before it fails naming the holder;
     * 0 fails at once.
     */
    @Parameter(property = "model.lockWaitSeconds", defaultValue = "300")
    int lockWaitSeconds;

    /**
     * Write changes to tables that already exist in their online-safe form for PostgreSQL (CREATE INDEX
     * CONCURRENTLY, NOT VALID then VALIDATE, ...; docs/migrations.md, "Online changes"). Default: on
     * when {@code model.url} is a PostgreSQL URL; {@code false} writes the plain form.
     */
    @Parameter(property = "model.online")
    Boolean online;

    /**
     * How long a changeset on an existing table waits for its lock on PostgreSQL before it fails
     * (lock_timeout), e.g. {@code 5s}, {@code 500ms}, {@code 1m}.
     */
    @Parameter(property = "model.lockTimeout", defaultValue = "5s")
    String lockTimeout;

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
        if (needsDatabase()) checkUrl();
        try {
            run(load());
        } catch (ModelSyncException e) {
            throw new MojoFailureException(e.getMessage(), e);
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
        return true;
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
        Credentials credentials = Credentials.resolve(username, password, serverId, settings, settingsDecrypter);
        return ModelSync.configure()
                .baseDir(baseDirectory.toPath())
                .modelsDirectory(modelsDirectory.toPath())
                .changelogDirectory(changelogDirectory.toPath())
                .seedDirectory(seedDirectory.toPath())
                .url(effectiveUrl())
                .username(credentials.username())
                .password(credentials.password())
                .allowDestructive(allowDestructive)
                .lockWaitSeconds(lockWaitSeconds)
                .online(online)
                .lockTimeout(dev.modelsync.config.Online.parseDuration(lockTimeout == null ? "5s" : lockTimeout))
                .cacheDirectory(cache ? buildDirectory.toPath().toAbsolutePath().resolve("modelsync").resolve("cache") : null)
                .log(getLog()::info)
                .load();
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
    private String configured(String name) {
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
