package dev.modelsync.config;

import dev.modelsync.ModelSync;


import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything a modelsync run needs. Built by {@link ModelSync#configure()}; paths are absolute.
 * {@code changelogDirectory} holds {@code db.changelog-master.yaml} and {@code changes/}.
 * {@code log} receives one line per message a person should see. {@code cacheDirectory} holds what
 * modelsync can always rebuild (the schema the changelog records, so generating does not parse the
 * whole changelog each time); empty: no cache. {@code lockWaitSeconds}: how long a run waits for
 * another run's lock on the database (or on the changelog directory) before it gives up.
 * {@code strictReferences}: a seed reference to a row that is neither in the database nor declared
 * in the seed files is an error, instead of creating the row (docs/seeding.md).
 */
public record Config(Path baseDir, Path modelsDirectory, Path changelogDirectory, Path seedDirectory,
                     String url, String username, String password, boolean allowDestructive,
                     Consumer<String> log, Optional<Path> cacheDirectory, int lockWaitSeconds, Online online,
                     boolean strictReferences) {
    public static final String MASTER_FILE = "db.changelog-master.yaml";
    /** The default of {@link #lockWaitSeconds()}. */
    public static final int DEFAULT_LOCK_WAIT_SECONDS = 300;

    /** Settings where a seed reference to a row that exists nowhere creates the row (strictReferences off). */
    public Config(Path baseDir, Path modelsDirectory, Path changelogDirectory, Path seedDirectory,
                  String url, String username, String password, boolean allowDestructive,
                  Consumer<String> log, Optional<Path> cacheDirectory, int lockWaitSeconds, Online online) {
        this(baseDir, modelsDirectory, changelogDirectory, seedDirectory, url, username, password, allowDestructive,
                log, cacheDirectory, lockWaitSeconds, online, false);
    }

    /** Settings without online-safe forms ({@link Online#OFF}). */
    public Config(Path baseDir, Path modelsDirectory, Path changelogDirectory, Path seedDirectory,
                  String url, String username, String password, boolean allowDestructive,
                  Consumer<String> log, Optional<Path> cacheDirectory) {
        this(baseDir, modelsDirectory, changelogDirectory, seedDirectory, url, username, password, allowDestructive,
                log, cacheDirectory, DEFAULT_LOCK_WAIT_SECONDS, Online.OFF);
    }

    /** Settings without online-safe forms ({@link Online#OFF}). */
    public Config(Path baseDir, Path modelsDirectory, Path changelogDirectory, Path seedDirectory,
                  String url, String username, String password, boolean allowDestructive,
                  Consumer<String> log, Optional<Path> cacheDirectory, int lockWaitSeconds) {
        this(baseDir, modelsDirectory, changelogDirectory, seedDirectory, url, username, password, allowDestructive,
                log, cacheDirectory, lockWaitSeconds, Online.OFF);
    }

    /**
     * The embedded default database: an H2 file database {@code db} in the build's {@code modelsync}
     * directory ({@code target/modelsync}), so {@code mvn clean} removes it with the rest of the build.
     */
    public static String defaultUrl(Path buildDirectory) {
        return "jdbc:h2:file:" + buildDirectory.toAbsolutePath().resolve("modelsync").resolve("db").toString().replace('\\', '/');
    }

    /** A connection to the configured database; fails with a ModelSyncException saying what to check. */
    public java.sql.Connection connect() {
        return dev.modelsync.db.Db.connect(url, username, password);
    }

    public Path masterChangelog() {
        return changelogDirectory.resolve(MASTER_FILE);
    }

    public Path changesDirectory() {
        return changelogDirectory.resolve("changes");
    }

    /** The URL as messages show it: any password in it masked ({@link dev.modelsync.db.Secrets#mask}). */
    public String shownUrl() {
        return dev.modelsync.db.Secrets.mask(url);
    }

    /** The password is never shown, not even inside the URL. */
    @Override
    public String toString() {
        return "Config[baseDir=" + baseDir + ", models=" + modelsDirectory + ", changelog=" + changelogDirectory
                + ", seeds=" + seedDirectory + ", url=" + shownUrl() + ", username=" + username + ", allowDestructive="
                + allowDestructive + ", cache=" + cacheDirectory.map(Path::toString).orElse("none")
                + ", lockWaitSeconds=" + lockWaitSeconds + ", online=" + online + ", strictReferences=" + strictReferences + "]";
    }
}
