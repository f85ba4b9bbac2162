package dev.modelsync;
import dev.modelsync.problem.ProblemException;

import dev.modelsync.lint.LintOptions;

import dev.modelsync.lint.LintResult;

import dev.modelsync.config.Online;

import dev.modelsync.config.Config;

import dev.modelsync.problem.ModelSyncException;

import dev.modelsync.db.Secrets;
import dev.modelsync.diagram.MermaidDiagram;
import dev.modelsync.model.ModelParser;
import dev.modelsync.model.ModelSet;
import dev.modelsync.resolve.Resolved;
import dev.modelsync.resolve.SchemaResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one entry point of the engine, used by the Maven plugin and by tests:
 * <pre>
 * ModelSync ms = ModelSync.configure().baseDir(projectDir).url("jdbc:h2:mem:x").load();
 * GenerateResult r = ms.generate();
 * </pre>
 */
public final class ModelSync {
    private final Config config;

    private ModelSync(Config config) {
        this.config = config;
    }

    /** A builder with every setting at its default (see the setters); finish with {@link Builder#load()}. */
    public static Builder configure() {
        return new Builder();
    }

    /** The settings this instance runs with; paths absolute, defaults filled in. */
    public Config config() {
        return config;
    }

    /** Parses and resolves the model files; throws {@link dev.modelsync.problem.ProblemException} listing every error. */
    public Resolved resolve() {
        return guarded(() -> SchemaResolver.resolve(parse(), nameLimit(config.url())));
    }

    private ModelSet parse() {
        Path models = config.modelsDirectory();
        Path base = config.baseDir().normalize();
        String shownAs = models.startsWith(base) && !models.equals(base)
                ? base.relativize(models).toString() : models.toString();
        return ModelParser.parseDirectory(models, shownAs);
    }

    private Migrations migrations() {
        return Migrations.forModels(config, this::parse, set -> SchemaResolver.resolve(set, nameLimit(config.url())));
    }

    /**
     * Runs a use case; a failure whose message (or a cause's) holds the password, inside the URL or
     * as configured, is passed on with it masked (a driver's message may echo the URL).
     */
    private <T> T guarded(java.util.function.Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (RuntimeException e) {
            throw Secrets.of(config.url(), config.password()).scrub(e);
        }
    }

    /** The configured database's name limit; none for a URL no dialect reads (connecting reports that). */
    private static dev.modelsync.schema.NameLimit nameLimit(String url) {
        try {
            return dev.modelsync.db.Dialect.fromUrl(url).nameLimit();
        } catch (IllegalArgumentException e) {
            return dev.modelsync.schema.NameLimit.NONE;
        }
    }

    /** Writes a changeset for the difference between the changelog and the model. No database. */
    public GenerateResult generate() {
        return guarded(() -> migrations().generate());
    }

    /** Generates, then applies pending changesets to the configured database. */
    public SyncResult sync() {
        return guarded(() -> migrations().sync());
    }

    /** The changeset generate would write and the SQL sync would run; writes no file and changes no database. */
    public SqlResult sql() {
        return guarded(() -> migrations().sql());
    }

    /** Removes the newest generated changeset file and its include, while no database has applied it. */
    public DiscardResult discard() {
        return guarded(() -> migrations().discard());
    }

    /** Reads the database and writes model files into the models directory (see docs/import.md). */
    public ImportResult importModels(dev.modelsync.ModelImporter.Options options) {
        return guarded(() -> new dev.modelsync.ModelImporter(config).run(options));
    }

    /** Changelog lag, pending changesets and live drift. */
    public VerifyResult verify(VerifyOptions options) {
        return guarded(() -> new dev.modelsync.Verifier(config, dev.modelsync.verify.ReplayingLagCheck.standard())
                .verify(() -> resolve().schema(), options));
    }

    /**
     * Checks the changesets of the changelog, hand-written ones included, for hazards on tables that hold
     * rows when PostgreSQL runs them (docs/migrations.md, "Online changes"); writes the reports when
     * {@link LintOptions#reportDirectory()} is given. Needs no database.
     */
    public LintResult lint(LintOptions options) {
        return guarded(() -> lintChangelog(options));
    }

    private LintResult lintChangelog(LintOptions options) {
        LintResult result = dev.modelsync.lint.ChangelogLint.lint(config.changelogDirectory(), cs -> true, options.ignore());
        options.reportDirectory().ifPresent(dir -> new dev.modelsync.lint.LintReport(result.changeSetsChecked(),
                result.hazards()).write(dir));
        return result;
    }

    /** Adopts an existing database: records the tables the model knows as they are, as an applied changeset. */
    public BaselineResult baseline() {
        return guarded(() -> new dev.modelsync.Baseliner(config).baseline(resolve().schema()));
    }

    /** Loads the seed files in one transaction. */
    public SeedResult seed() {
        return guarded(() -> {
            Resolved resolved = resolve();
            resolved.notes().forEach(config.log());
            return dev.modelsync.Seeder.seed(config, resolved);
        });
    }

    /**
     * Frees the lock row Liquibase left in DATABASECHANGELOGLOCK, when no modelsync run holds the
     * database lock; refuses naming the holder otherwise.
     */
    public UnlockResult unlock() {
        return guarded(() -> dev.modelsync.Unlocker.unlock(config));
    }

    /** Writes the model as a Mermaid erDiagram to {@code file}. */
    public DiagramResult diagram(Path file) {
        return guarded(() -> writeDiagram(file));
    }

    private DiagramResult writeDiagram(Path file) {
        String mermaid = MermaidDiagram.render(resolve());
        Path target = (file.isAbsolute() ? file : config.baseDir().resolve(file)).normalize();
        try {
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            Files.writeString(target, mermaid, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModelSyncException("Cannot write the diagram to " + target + ": " + e.getMessage()
                    + ". Check that the directory is writable, or choose another file "
                    + dev.modelsync.problem.Words.option("diagramFile") + ".", e);
        }
        return new DiagramResult(mermaid, target);
    }

    /**
     * Settings for {@link ModelSync}. Relative paths are taken against {@link #baseDir(Path)}; every
     * setting has a default, so {@code ModelSync.configure().load()} works in a project directory.
     */
    public static final class Builder {
        private Path baseDir = Path.of("").toAbsolutePath();
        private Path modelsDirectory;
        private Path changelogDirectory;
        private Path seedDirectory;
        private String url;
        private String username = "";
        private String password = "";
        private boolean allowDestructive;
        private Consumer<String> log = s -> { };
        private Path cacheDirectory = Path.of("target/modelsync/cache");
        private int lockWaitSeconds = Config.DEFAULT_LOCK_WAIT_SECONDS;
        private Boolean online;
        private java.time.Duration lockTimeout = Online.DEFAULT_LOCK_TIMEOUT;
        private boolean strictReferences;

        /** The project directory; default the current working directory. */
        public Builder baseDir(Path dir) {
            this.baseDir = dir.toAbsolutePath();
            return this;
        }

        /** Where the model files are; default {@code src/main/models}. */
        public Builder modelsDirectory(Path dir) {
            this.modelsDirectory = dir;
            return this;
        }

        /** Where {@code db.changelog-master.yaml} and {@code changes/} are; default {@code src/main/resources/db/changelog}. */
        public Builder changelogDirectory(Path dir) {
            this.changelogDirectory = dir;
            return this;
        }

        /** Where the seed files are; default {@code src/test/seeds}. */
        public Builder seedDirectory(Path dir) {
            this.seedDirectory = dir;
            return this;
        }

        /** JDBC URL; default an H2 file database under {@code target/modelsync} of the base directory. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** Database user; null or empty means none given ({@code sa} for H2). */
        public Builder username(String username) {
            this.username = username == null ? "" : username;
            return this;
        }

        /** Database password; null or empty means none. */
        public Builder password(String password) {
            this.password = password == null ? "" : password;
            return this;
        }

        /** Whether generated changesets may drop tables or columns or narrow types; default false. */
        public Builder allowDestructive(boolean allow) {
            this.allowDestructive = allow;
            return this;
        }

        /** Receives one line per message a person should see; default: discarded. */
        public Builder log(Consumer<String> log) {
            this.log = Objects.requireNonNull(log);
            return this;
        }

        /**
         * Where modelsync keeps what it can rebuild (the schema the changelog records, keyed by the
         * changelog's content; see docs/migrations.md); default {@code target/modelsync/cache}; null: no cache.
         */
        public Builder cacheDirectory(Path dir) {
            this.cacheDirectory = dir;
            return this;
        }

        /**
         * How long a run waits for another run's lock on the database or the changelog directory
         * before it fails, in seconds; default 300; 0: fail at once.
         */
        public Builder lockWaitSeconds(int seconds) {
            if (seconds < 0) throw new IllegalArgumentException("lockWaitSeconds must be 0 or more, not " + seconds);
            this.lockWaitSeconds = seconds;
            return this;
        }

        /**
         * Whether changes to existing tables are written in their online-safe form for PostgreSQL
         * (docs/migrations.md, "Online changes"); null (default): on when the URL is PostgreSQL's.
         */
        public Builder online(Boolean online) {
            this.online = online;
            return this;
        }

        /** How long a changeset on an existing table waits for its lock (PostgreSQL lock_timeout); default 5 s. */
        public Builder lockTimeout(java.time.Duration timeout) {
            this.lockTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /**
         * Whether a seed reference to a row that is neither in the database nor declared in the seed
         * files is an error; default false: the row is created from the reference, and the run lists it
         * ("created Tag 'rust' (first seen at seeds/posts.yaml:12:18)").
         */
        public Builder strictReferences(boolean strict) {
            this.strictReferences = strict;
            return this;
        }

        /** Fills in the defaults and makes the instance; reads no file and opens no connection yet. */
        public ModelSync load() {
            Path models = resolve(modelsDirectory, "src/main/models");
            Path changelog = resolve(changelogDirectory, "src/main/resources/db/changelog");
            Path seeds = resolve(seedDirectory, "src/test/seeds");
            String jdbc = url != null && !url.isBlank() ? url
                    : Config.defaultUrl(baseDir.resolve("target"));
            String user = username.isEmpty() && jdbc.startsWith("jdbc:h2:") ? "sa" : username;
            Secrets secrets = Secrets.of(jdbc, password);
            Consumer<String> shown = log;
            Consumer<String> masked = line -> shown.accept(secrets.apply(line)); // no password in any line
            return new ModelSync(new Config(baseDir, models, changelog, seeds, jdbc, user, password,
                    allowDestructive, masked, Optional.ofNullable(cacheDirectory).map(d -> resolve(d, "")), lockWaitSeconds,
                    new Online(online != null ? online : jdbc.toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:postgresql:"),
                            lockTimeout), strictReferences));
        }

        private Path resolve(Path given, String fallback) {
            Path p = given != null ? given : Path.of(fallback);
            return (p.isAbsolute() ? p : baseDir.resolve(p)).normalize();
        }
    }
}
