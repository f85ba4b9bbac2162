package dev.modelsync.changelog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Remembers the schema a changelog records, and its changesets, so that generating or verifying again
 * does not make Liquibase parse the whole changelog each time (at a thousand models its parse is most
 * of a generation, and most of a verify).
 *
 * <p>An entry is keyed by a SHA-256 over everything the replay depends on: every file under the
 * changelog directory (Liquibase runs on a directory resource accessor of it), path and bytes; the values of the system properties and environment variables
 * the files name as {@code ${...}} (Liquibase substitutes them) and Liquibase's own settings
 * ({@code liquibase.*} properties, {@code LIQUIBASE_*} variables); the changelog directory's place; the
 * code that replays (the modelsync, Liquibase and SnakeYAML jars, or class files); and this format's
 * version. Any change to any of them is a different key. A changelog that may read files outside its
 * directory ({@code ..}, absolute, classpath or URL paths) or names a property whose value names
 * others is not cached: there the changelog is parsed as before. Entries live in files {@code replay-<key>.json} of the cache
 * directory ({@code target/modelsync/cache} by default); the eight used last are kept. A file that
 * cannot be read is deleted and the changelog parsed. Changelog directories holding a symbolic link
 * to a directory, or more than 256 MiB, are not cached either.
 *
 * <p>After a generation writes a changeset, the schema it leads to is stored under the new
 * changelog's key ({@link #storeAfterWrite}), so the next generation (or verify) finds it: that schema
 * is the recorded one with the changes applied, and the changesets those recorded before plus the
 * written file's, which is what replaying the written changelog gives; with assertions on (every test
 * run) that is checked against a real replay each time.
 */
public final class ReplayCache {
    /** Bump when the stored form or the meaning of a replay changes. */
    private static final int FORMAT = 6;
    /**
     * Entries as JSON, the schema records mapped by Jackson (records by their components, Optional by its
     * module); made when an entry is first read or written, not when a key is computed (a verify that
     * finds its answer recorded computes the key only).
     */
    private static final class Codec {
        private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module());
        private static final ObjectReader READER = JSON.readerFor(Entry.class);
        private static final ObjectWriter WRITER = JSON.writerFor(Entry.class);
    }
    private static final int KEEP = 8;
    private static final long MAX_BYTES = 256L << 20;
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}:\\s]+)");
    /**
     * A path that may lead out of the changelog directory: Liquibase resolves {@code ../x.yaml} and
     * absolute paths (an include, includeAll, sqlFile, loadData or property file) outside it, where
     * the key would not see the file. Any {@code ..}, or a file/path value that is absolute, a URL or
     * on the classpath, and the changelog is not cached.
     */
    static final Pattern OUTSIDE = Pattern.compile(
            "\\.\\.|(?i)\\b(?:file|path)\\s*[\"']?\\s*[:=]\\s*[\"']?\\s*(?:/|\\\\|[a-z]:[\\\\/]|classpath:|file:|https?:)");
    /**
     * {@link #OUTSIDE}'s second branch, tried only where "file" or "path" starts; with transparent
     * bounds, so that its {@code \b} sees the character before, as the JDK's own {@code \b} does.
     */
    private static final Pattern OUTSIDE_AT = Pattern.compile(
            "(?i)\\b(?:file|path)\\s*[\"']?\\s*[:=]\\s*[\"']?\\s*(?:/|\\\\|[a-z]:[\\\\/]|classpath:|file:|https?:)");
    private static volatile String codeFingerprint;

    private final Path changelogDirectory;
    private final Path cacheDirectory;

    private ReplayCache(Path changelogDirectory, Path cacheDirectory) {
        this.changelogDirectory = changelogDirectory.toAbsolutePath().normalize();
        this.cacheDirectory = cacheDirectory.toAbsolutePath().normalize();
    }

    /**
     * The replay of the changelog: the cached one when its key matches, else {@code replay}'s, then
     * stored. Without a cache directory, {@code replay}'s.
     */
    public static Replay replay(Path changelogDirectory, Optional<Path> cacheDirectory, Supplier<Replay> replay) {
        return replay(changelogDirectory, cacheDirectory, false, replay);
    }

    /**
     * As {@link #replay(Path, Optional, Supplier)}; with {@code withChangeSets}, a cached replay that
     * does not know the changelog's changesets (one a generation predicted) counts as a miss, and
     * {@code replay} (a parse, which knows them) replaces it.
     */
    public static Replay replay(Path changelogDirectory, Optional<Path> cacheDirectory, boolean withChangeSets,
                                Supplier<Replay> replay) {
        if (cacheDirectory.isEmpty()) return replay.get();
        ReplayCache cache = new ReplayCache(changelogDirectory, cacheDirectory.get());
        Optional<String> key = cache.key();
        if (key.isEmpty()) return replay.get();
        Optional<Replay> hit = cache.load(key.get());
        if (hit.isPresent() && (!withChangeSets || hit.get().changeSets().isPresent())) return hit.get();
        Replay fresh = replay.get();
        cache.store(key.get(), fresh);
        return fresh;
    }

    /**
     * Stores what the changelog records now that a generation has written a file: {@code after}, the
     * replay before the write with the written changes applied.
     */
    public static void storeAfterWrite(Path changelogDirectory, Optional<Path> cacheDirectory, Replay after) {
        if (cacheDirectory.isEmpty()) return;
        assert after.changeSets().isPresent() ? after.equals(ChangelogReplayer.replay(changelogDirectory))
                : after.sameSchema(ChangelogReplayer.replay(changelogDirectory))
                : "the schema predicted after writing differs from the replay of the written changelog:\n"
                + dev.modelsync.schema.SchemaDump.dump(after.schema()) + "\n---\n"
                + dev.modelsync.schema.SchemaDump.dump(ChangelogReplayer.replay(changelogDirectory).schema());
        put(changelogDirectory, cacheDirectory.get(), after);
    }

    /** Stores {@code replay} as what the changelog records as it is now. */
    static void put(Path changelogDirectory, Path cacheDirectory, Replay replay) {
        ReplayCache cache = new ReplayCache(changelogDirectory, cacheDirectory);
        cache.key().ifPresent(k -> cache.store(k, replay));
    }

    // ---- the key

    /**
     * The key of the changelog of {@code changelogDirectory} as it is now: its files, the properties they
     * name, Liquibase's settings and the code that replays them; empty when it is not to be cached.
     */
    public static Optional<String> key(Path changelogDirectory) {
        return new ReplayCache(changelogDirectory, changelogDirectory).key();
    }

    /** The key of the changelog as it is now; empty when it is not to be cached. */
    Optional<String> key() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            text(sha, "modelsync-replay/" + FORMAT);
            text(sha, codeFingerprint());
            text(sha, changelogDirectory.toString());
            List<Path> files = new ArrayList<>();
            try (Stream<Path> all = Files.walk(changelogDirectory)) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    if (Files.isSymbolicLink(p) && Files.isDirectory(p)) return Optional.empty();
                    if (Files.isRegularFile(p)) files.add(p);
                }
            }
            files.sort(Comparator.comparing(p -> changelogDirectory.relativize(p).toString()));
            long total = 0;
            TreeSet<String> names = new TreeSet<>();
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                total += bytes.length;
                if (total > MAX_BYTES) return Optional.empty();
                text(sha, changelogDirectory.relativize(f).toString().replace('\\', '/'));
                text(sha, Integer.toString(bytes.length));
                sha.update(bytes);
                String content = new String(bytes, StandardCharsets.UTF_8);
                if (mayLeadOutside(content)) return Optional.empty();
                propertyNames(content, names);
            }
            for (String n : names) {
                String property = System.getProperty(n);
                String env = System.getenv(n);
                // a value naming further properties: Liquibase expands it, the key would not see those
                if (property != null && property.contains("${") || env != null && env.contains("${")) return Optional.empty();
                text(sha, n);
                text(sha, String.valueOf(property));
                text(sha, String.valueOf(env));
            }
            // Liquibase's own settings change how it parses (duplicate file mode, property escaping ...)
            new TreeSet<>(System.getProperties().stringPropertyNames()).stream()
                    .filter(k -> k.toLowerCase(java.util.Locale.ROOT).startsWith("liquibase."))
                    .forEach(k -> text(sha, k + "=" + System.getProperty(k)));
            new TreeSet<>(System.getenv().keySet()).stream()
                    .filter(k -> k.toUpperCase(java.util.Locale.ROOT).startsWith("LIQUIBASE_"))
                    .forEach(k -> text(sha, k + "=" + System.getenv(k)));
            return Optional.of(HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return Optional.empty(); // a directory that cannot be read is the parser's to report
        }
    }

    /**
     * Whether {@link #OUTSIDE} occurs in {@code text}; the same answer, found by looking for {@code ..}
     * and then trying the pattern only where a word "file" or "path" starts (a changelog of some
     * megabytes holds few of them), instead of at every character.
     */
    static boolean mayLeadOutside(String text) {
        if (text.contains("..")) return true;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() != text.length()) return OUTSIDE.matcher(text).find(); // case mapping moved offsets
        Matcher m = OUTSIDE_AT.matcher(text).useTransparentBounds(true);
        for (String word : new String[] {"file", "path"}) {
            for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
                if (m.region(i, text.length()).lookingAt()) return true;
            }
        }
        return false;
    }

    /**
     * Adds the names of the properties {@code text} refers to ({@code ${name}}): the matches of
     * {@link #PROPERTY}, found by looking for "${" and trying the pattern only there, instead of at every
     * character (a changelog of some megabytes holds PostgreSQL's {@code $$} blocks, but few properties).
     */
    static void propertyNames(String text, Set<String> names) {
        Matcher m = PROPERTY.matcher(text);
        for (int i = text.indexOf("${"); i >= 0; ) {
            if (m.region(i, text.length()).lookingAt()) {
                names.add(m.group(1));
                i = text.indexOf("${", m.end());
            } else {
                i = text.indexOf("${", i + 1);
            }
        }
    }

    private static void text(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /**
     * Which modelsync code replays: the jar's name, size and time, or, run from class directories
     * (a build of modelsync itself), the newest time and the number of its class files; likewise for
     * Liquibase and SnakeYAML. Found from the class files as resources, so that no Liquibase class is
     * loaded when the cache answers.
     */
    static String codeFingerprint() {
        String f = codeFingerprint;
        if (f != null) return f;
        f = codeOf("dev/modelsync/changelog/ReplayCache.class") + "|" + codeOf("liquibase/changelog/DatabaseChangeLog.class")
                + "|" + codeOf("org/yaml/snakeyaml/Yaml.class");
        codeFingerprint = f;
        return f;
    }

    private static String codeOf(String classFile) {
        String f;
        try {
            java.net.URL url = ReplayCache.class.getClassLoader().getResource(classFile);
            if (url == null) throw new IOException("no " + classFile);
            String u = url.toString();
            Path where;
            if (u.startsWith("jar:file:") && u.contains("!/")) {
                where = Path.of(new java.net.URI(u.substring("jar:".length(), u.indexOf("!/"))));
            } else if (u.startsWith("file:")) {
                where = Path.of(url.toURI());
                for (int depth = classFile.split("/").length; depth > 0; depth--) where = where.getParent();
            } else {
                throw new IOException("code at " + u);
            }
            if (Files.isRegularFile(where)) {
                f = where + "|" + Files.size(where) + "|" + Files.getLastModifiedTime(where).toMillis();
            } else {
                long newest = 0;
                long count = 0;
                try (Stream<Path> all = Files.walk(where)) {
                    for (Path p : (Iterable<Path>) all::iterator) {
                        if (p.toString().endsWith(".class")) {
                            count++;
                            newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
                        }
                    }
                }
                f = where + "|" + count + "|" + newest;
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            f = "unknown|" + System.nanoTime(); // never matches a stored key: no caching
        }
        return f;
    }

    // ---- the entries

    /** The stored form of an entry: the replay with the format and key it was stored under. */
    record Entry(int format, String key, Replay replay) {
    }

    /** Writes {@code replay} as the entry of {@code key}. */
    static void write(OutputStream out, String key, Replay replay) throws IOException {
        Codec.WRITER.writeValue(out, new Entry(FORMAT, key, replay));
    }

    /** The replay stored by {@link #write} under {@code key}; fails on any other format, key or damaged text. */
    static Replay read(InputStream in, String key) throws IOException {
        Entry e = Codec.READER.readValue(in);
        if (e.format() != FORMAT || !key.equals(e.key()) || e.replay() == null) {
            throw new IOException("not a replay cache entry of this version and key");
        }
        return e.replay();
    }

    private Path entry(String key) {
        return cacheDirectory.resolve("replay-" + key + ".json");
    }

    Optional<Replay> load(String key) {
        Path file = entry(key);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Replay r = read(in, key);
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(r);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the parse below stands in for it either way
            }
            return Optional.empty();
        }
    }

    /** Writes the entry (to a temporary file, then moved into place) and prunes old ones; a cache that cannot be written is no error. */
    void store(String key, Replay replay) {
        try {
            Files.createDirectories(cacheDirectory);
            Path tmp = Files.createTempFile(cacheDirectory, "replay-", ".tmp");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    write(out, key, replay);
                }
                try {
                    Files.move(tmp, entry(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, entry(key), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            // no cache this time
        }
    }

    private void prune() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> all = Files.list(cacheDirectory)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String n = p.getFileName().toString();
                if (!n.startsWith("replay-")) continue;
                if (n.endsWith(".json")) entries.add(p);
                else if (n.endsWith(".bin")) Files.deleteIfExists(p); // the binary form of earlier versions
            }
        }
        if (entries.size() <= KEEP) return;
        List<Path> byAge = new ArrayList<>(entries);
        byAge.sort(Comparator.comparing((Path p) -> {
            try {
                return Files.getLastModifiedTime(p).toMillis();
            } catch (IOException e) {
                return 0L;
            }
        }).reversed());
        for (Path old : byAge.subList(KEEP, byAge.size())) Files.deleteIfExists(old);
    }
}
