package dev.modelsync.maven;

import dev.modelsync.ModelSync;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** A goal that compares the model with the changelog and may write a changeset: generate, sync, sql. */
public abstract class AbstractChangesetMojo extends AbstractModelMojo {

    /** Directory holding the model files ({@code *.yaml}, {@code *.yml}, searched recursively). */
    @Parameter(property = "model.modelsDirectory", defaultValue = "${project.basedir}/src/main/models")
    File modelsDirectory;

    /** Directory holding {@code db.changelog-master.yaml} and {@code changes/}. */
    @Parameter(property = "model.changelogDirectory",
            defaultValue = "${project.basedir}/src/main/resources/db/changelog")
    File changelogDirectory;

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
     * How long a run waits, in seconds, for another run's lock on the changelog directory (and, for
     * sync, on the database) before it fails naming the holder; 0 fails at once.
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

    @Override
    protected void configure(ModelSync.Builder builder) throws MojoFailureException {
        builder.modelsDirectory(modelsDirectory.toPath())
                .changelogDirectory(changelogDirectory.toPath())
                .allowDestructive(allowDestructive)
                .lockWaitSeconds(lockWaitSeconds)
                .online(online)
                .lockTimeout(dev.modelsync.config.Online.parseDuration(lockTimeout == null ? "5s" : lockTimeout));
        if (!cache) builder.cacheDirectory(null);
    }
}
