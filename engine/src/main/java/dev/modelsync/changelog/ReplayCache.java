package dev.modelsync.changelog;

import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
 * others is not cached: there the changelog is parsed as before. Entries live in files {@code replay-<key>.bin} of the cache
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
    private static final int FORMAT = 2;
    private static final int KEEP = 8;
    private static final long MAX_BYTES = 256L << 20;
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}:\\s]+)");
    /**
     * A path that may lead out of the changelog directory: Liquibase resolves {@code ../x.yaml} and
     * absolute paths (an include, includeAll, sqlFile, loadData or property file) outside it, where
     * the key would not see the file. Any {@code ..}, or a file/path value that is absolute, a URL or
     * on the classpath, and the changelog is not cached.
     */
    private static final Pattern OUTSIDE = Pattern.compile(
            "\\.\\.|(?i)\\b(?:file|path)\\s*[\"']?\\s*[:=]\\s*[\"']?\\s*(?:/|\\\\|[a-z]:[\\\\/]|classpath:|file:|https?:)");
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
                if (OUTSIDE.matcher(content).find()) return Optional.empty();
                if (content.indexOf('$') >= 0) {
                    Matcher m = PROPERTY.matcher(content);
                    while (m.find()) names.add(m.group(1));
                }
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

    private static void text(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /**
     * Which modelsync code replays: the jar's name, size and time, or, run from class directories
     * (a build of modelsync itself), the newest time and the number of its class files.
     */
    private static String codeFingerprint() {
        String f = codeFingerprint;
        if (f != null) return f;
        f = codeOf(ReplayCache.class) + "|" + codeOf(liquibase.changelog.DatabaseChangeLog.class) + "|"
                + codeOf(org.yaml.snakeyaml.Yaml.class);
        codeFingerprint = f;
        return f;
    }

    private static String codeOf(Class<?> type) {
        String f;
        try {
            Path where = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
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

    private Path entry(String key) {
        return cacheDirectory.resolve("replay-" + key + ".bin");
    }

    Optional<Replay> load(String key) {
        Path file = entry(key);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (InputStream in = Files.newInputStream(file)) {
            Replay r = Codec.read(new DataInputStream(new BufferedInputStream(in, 1 << 16)), key);
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
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
                    Codec.write(data, key, replay);
                    data.flush();
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
        List<Path> entries;
        try (Stream<Path> all = Files.list(cacheDirectory)) {
            entries = all.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("replay-") && n.endsWith(".bin");
            }).toList();
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

    /** The stored form: a tagged, versioned record of the replay, field by field. */
    static final class Codec {
        private static final int MAGIC = 0x4d535250; // "MSRP"

        private Codec() {
        }

        static void write(DataOutputStream out, String key, Replay r) throws IOException {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            Schema s = r.schema();
            out.writeInt(s.tables().size());
            for (Table t : s.tables()) table(out, t);
            out.writeInt(s.enums().size());
            for (EnumType e : s.enums()) {
                out.writeUTF(e.name());
                strings(out, e.values());
            }
            strings(out, r.unsupported());
            out.writeBoolean(r.changeSets().isPresent());
            if (r.changeSets().isPresent()) {
                out.writeInt(r.changeSets().get().size());
                for (ChangeSetId cs : r.changeSets().get()) {
                    big(out, cs.id());
                    big(out, cs.author());
                    big(out, cs.filePath());
                    strings(out, cs.dbms());
                }
            }
            out.writeInt(MAGIC);
        }

        static Replay read(DataInputStream in, String key) throws IOException {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(key)) {
                throw new IOException("not a replay cache entry of this version and key");
            }
            int n = in.readInt();
            List<Table> tables = new ArrayList<>(n);
            for (int i = 0; i < n; i++) tables.add(table(in));
            int m = in.readInt();
            List<EnumType> enums = new ArrayList<>(m);
            for (int i = 0; i < m; i++) enums.add(new EnumType(in.readUTF(), strings(in)));
            List<String> unsupported = strings(in);
            Optional<List<ChangeSetId>> changeSets = Optional.empty();
            if (in.readBoolean()) {
                int k = in.readInt();
                List<ChangeSetId> list = new ArrayList<>(k);
                for (int i = 0; i < k; i++) list.add(new ChangeSetId(big(in), big(in), big(in), strings(in)));
                changeSets = Optional.of(list);
            }
            if (in.readInt() != MAGIC) throw new IOException("truncated replay cache entry");
            return new Replay(new Schema(tables, enums), unsupported, changeSets);
        }

        private static void table(DataOutputStream out, Table t) throws IOException {
            out.writeUTF(t.name());
            out.writeInt(t.columns().size());
            for (Column c : t.columns()) {
                out.writeUTF(c.name());
                ColumnType ty = c.type();
                out.writeByte(ty.kind().ordinal());
                out.writeInt(ty.length());
                out.writeInt(ty.precision());
                out.writeInt(ty.scale());
                out.writeUTF(ty.enumName());
                out.writeBoolean(c.nullable());
                out.writeBoolean(c.defaultValue().isPresent());
                if (c.defaultValue().isPresent()) {
                    out.writeByte(c.defaultValue().get().kind().ordinal());
                    big(out, c.defaultValue().get().value());
                }
                out.writeBoolean(c.autoIncrement());
                big(out, c.comment());
                strings(out, c.renamedFrom());
            }
            out.writeBoolean(t.primaryKey().isPresent());
            if (t.primaryKey().isPresent()) {
                out.writeUTF(t.primaryKey().get().name());
                strings(out, t.primaryKey().get().columns());
            }
            out.writeInt(t.foreignKeys().size());
            for (ForeignKey fk : t.foreignKeys()) {
                out.writeUTF(fk.name());
                strings(out, fk.columns());
                out.writeUTF(fk.refTable());
                strings(out, fk.refColumns());
                out.writeByte(fk.onDelete().ordinal());
                out.writeByte(fk.onUpdate().ordinal());
            }
            out.writeInt(t.uniques().size());
            for (UniqueConstraint u : t.uniques()) {
                out.writeUTF(u.name());
                strings(out, u.columns());
            }
            out.writeInt(t.indexes().size());
            for (Index ix : t.indexes()) {
                out.writeUTF(ix.name());
                out.writeInt(ix.columns().size());
                for (Index.IndexColumn ic : ix.columns()) {
                    out.writeUTF(ic.name());
                    out.writeBoolean(ic.descending());
                }
                out.writeBoolean(ix.unique());
                big(out, ix.where());
            }
            big(out, t.comment());
            strings(out, t.renamedFrom());
        }

        private static Table table(DataInputStream in) throws IOException {
            String name = in.readUTF();
            int nc = in.readInt();
            List<Column> columns = new ArrayList<>(nc);
            for (int i = 0; i < nc; i++) {
                String cn = in.readUTF();
                ColumnType ty = new ColumnType(ColumnType.Kind.values()[in.readByte()], in.readInt(), in.readInt(),
                        in.readInt(), in.readUTF());
                boolean nullable = in.readBoolean();
                Optional<DefaultValue> def = in.readBoolean()
                        ? Optional.of(new DefaultValue(DefaultValue.Kind.values()[in.readByte()], big(in)))
                        : Optional.empty();
                columns.add(new Column(cn, ty, nullable, def, in.readBoolean(), big(in), strings(in)));
            }
            Optional<PrimaryKey> pk = in.readBoolean() ? Optional.of(new PrimaryKey(in.readUTF(), strings(in))) : Optional.empty();
            int nf = in.readInt();
            List<ForeignKey> fks = new ArrayList<>(nf);
            for (int i = 0; i < nf; i++) {
                fks.add(new ForeignKey(in.readUTF(), strings(in), in.readUTF(), strings(in),
                        ForeignKey.Action.values()[in.readByte()], ForeignKey.Action.values()[in.readByte()]));
            }
            int nu = in.readInt();
            List<UniqueConstraint> uniques = new ArrayList<>(nu);
            for (int i = 0; i < nu; i++) uniques.add(new UniqueConstraint(in.readUTF(), strings(in)));
            int ni = in.readInt();
            List<Index> indexes = new ArrayList<>(ni);
            for (int i = 0; i < ni; i++) {
                String ixName = in.readUTF();
                int k = in.readInt();
                List<Index.IndexColumn> cols = new ArrayList<>(k);
                for (int j = 0; j < k; j++) cols.add(new Index.IndexColumn(in.readUTF(), in.readBoolean()));
                indexes.add(new Index(ixName, cols, in.readBoolean(), big(in)));
            }
            return new Table(name, columns, pk, fks, uniques, indexes, big(in), strings(in));
        }

        private static void strings(DataOutputStream out, List<String> list) throws IOException {
            out.writeInt(list.size());
            for (String s : list) big(out, s);
        }

        private static List<String> strings(DataInputStream in) throws IOException {
            int n = in.readInt();
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) list.add(big(in));
            return list;
        }

        /** A string of any length (writeUTF stops at 64 KiB; SQL defaults and messages may be longer). */
        private static void big(DataOutputStream out, String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        private static String big(DataInputStream in) throws IOException {
            int n = in.readInt();
            if (n < 0 || n > MAX_BYTES) throw new IOException("bad string length " + n);
            return new String(in.readNBytes(n), StandardCharsets.UTF_8);
        }
    }
}
