package dev.modelsync.verify;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.modelsync.changelog.ChangeSetId;
import dev.modelsync.changelog.ReplayCache;
import dev.modelsync.config.Config;
import dev.modelsync.yaml.YamlFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the last clean verify saw, kept in the cache directory so that a verify whose inputs have not
 * changed since does not parse, resolve and replay again. Verify is a function of the model files, the
 * changelog, the live schema, the database's history table and its options: the record's key covers the
 * model files, the changelog (the replay cache's key: its files, the properties it names, the code that
 * reads it), the settings and the options; its content is the digest of what the inspection read from the catalog then,
 * the tables checked and the changelog's changesets. A verify with the same key that inspects a live
 * schema through the same catalog rows would find nothing in the changelog-lag and drift checks again, so only
 * the pending check (the history table, read each time) runs. Anything else (a changed file, another
 * live schema, a record that cannot be read) takes the whole path, and only a clean result is recorded.
 */
public final class VerifyMemo {
    private static final int FORMAT = 3;
    private static final String PREFIX = "verify-";
    /** Jackson's streaming reader and writer: the record is small, and a verify that finds it should start quickly. */
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /**
     * What a clean verify recorded: the digest of the catalog rows its inspection read, the tables it checked,
     * the changelog's changesets, and the schemas besides the default one that the models name (inspected too).
     */
    public record Seen(String liveDigest, Set<String> tables, List<ChangeSetId> changeSets, SortedSet<String> schemas) {
        public Seen {
            tables = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(tables));
            changeSets = List.copyOf(changeSets);
            schemas = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(schemas));
        }
    }

    private final Path cacheDirectory;
    private final String key;

    private VerifyMemo(Path cacheDirectory, String key) {
        this.cacheDirectory = cacheDirectory;
        this.key = key;
    }

    /**
     * The record of these settings and files; empty without a cache directory, without a changelog, or
     * when the inputs cannot be keyed (then verify takes the whole path each time).
     */
    public static Optional<VerifyMemo> of(Config config, boolean ignoreExtra) {
        if (config.cacheDirectory().isEmpty() || !Files.isRegularFile(config.masterChangelog())) return Optional.empty();
        Optional<String> changelog = ReplayCache.key(config.changelogDirectory());
        if (changelog.isEmpty()) return Optional.empty();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            text(sha, "modelsync-verify/" + FORMAT);
            text(sha, changelog.get());
            text(sha, config.modelsDirectory().toAbsolutePath().normalize().toString());
            text(sha, config.shownUrl());
            text(sha, String.valueOf(config.username()));
            text(sha, Boolean.toString(ignoreExtra));
            Path models = config.modelsDirectory();
            if (!Files.isDirectory(models)) return Optional.empty();
            try (Stream<Path> all = Files.walk(models)) {
                // a linked directory is followed by nothing here, but its files could change unseen
                if (all.anyMatch(p -> Files.isSymbolicLink(p) && Files.isDirectory(p))) return Optional.empty();
            }
            for (Path f : YamlFiles.under(models)) {
                byte[] bytes = Files.readAllBytes(f);
                text(sha, YamlFiles.relative(models, f));
                text(sha, Integer.toString(bytes.length));
                sha.update(bytes);
            }
            return Optional.of(new VerifyMemo(config.cacheDirectory().get().toAbsolutePath().normalize(),
                    HexFormat.of().formatHex(sha.digest())));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Path file() {
        return cacheDirectory.resolve(PREFIX + key + ".json");
    }

    /** What a clean verify with this key recorded; empty when none did (or the record cannot be read). */
    public Optional<Seen> load() {
        Path file = file();
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (JsonParser p = JSON.createParser(file.toFile())) {
            int format = -1;
            String storedKey = null;
            String live = null;
            Set<String> tables = new TreeSet<>();
            SortedSet<String> schemas = new TreeSet<>();
            List<ChangeSetId> changeSets = new ArrayList<>();
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "format" -> format = p.getIntValue();
                    case "key" -> storedKey = p.getText();
                    case "live" -> live = p.getText();
                    case "tables" -> strings(p, value, tables);
                    case "schemas" -> strings(p, value, schemas);
                    case "changeSets" -> {
                        expect(value, JsonToken.START_ARRAY);
                        while (p.nextToken() == JsonToken.START_OBJECT) changeSets.add(changeSet(p));
                    }
                    default -> p.skipChildren();
                }
            }
            if (format != FORMAT || !key.equals(storedKey) || live == null || live.isEmpty()) return Optional.empty();
            return Optional.of(new Seen(live, tables, changeSets, schemas));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static ChangeSetId changeSet(JsonParser p) throws IOException {
        String id = null;
        String author = null;
        String filePath = null;
        List<String> dbms = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "id" -> id = p.getText();
                case "author" -> author = p.getText();
                case "filePath" -> filePath = p.getText();
                case "dbms" -> strings(p, value, dbms);
                default -> p.skipChildren();
            }
        }
        if (id == null || author == null || filePath == null) throw new IOException("a changeset without id, author or file");
        return new ChangeSetId(id, author, filePath, dbms);
    }

    private static void strings(JsonParser p, JsonToken start, Collection<String> into) throws IOException {
        expect(start, JsonToken.START_ARRAY);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.VALUE_STRING);
            into.add(p.getText());
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) throw new IOException("expected " + expected + ", found " + actual);
    }

    /** Records a clean verify (written to a temporary file, then moved into place); a failure to write is no error. */
    public void store(Seen seen) {
        try {
            Files.createDirectories(cacheDirectory);
            try (Stream<Path> old = Files.list(cacheDirectory)) {
                // one record per models directory and database is enough: earlier keys are stale
                for (Path p : (Iterable<Path>) old::iterator) {
                    String n = p.getFileName().toString();
                    if (n.startsWith(PREFIX) && n.endsWith(".json") && !p.equals(file())) Files.deleteIfExists(p);
                }
            }
            Path tmp = Files.createTempFile(cacheDirectory, PREFIX, ".tmp");
            try {
                try (JsonGenerator g = JSON.createGenerator(tmp.toFile(), JsonEncoding.UTF8)) {
                    g.writeStartObject();
                    g.writeNumberField("format", FORMAT);
                    g.writeStringField("key", key);
                    g.writeStringField("live", seen.liveDigest());
                    g.writeArrayFieldStart("tables");
                    for (String t : seen.tables()) g.writeString(t);
                    g.writeEndArray();
                    g.writeArrayFieldStart("schemas");
                    for (String sc : seen.schemas()) g.writeString(sc);
                    g.writeEndArray();
                    g.writeArrayFieldStart("changeSets");
                    for (ChangeSetId cs : seen.changeSets()) {
                        g.writeStartObject();
                        g.writeStringField("id", cs.id());
                        g.writeStringField("author", cs.author());
                        g.writeStringField("filePath", cs.filePath());
                        g.writeArrayFieldStart("dbms");
                        for (String d : cs.dbms()) g.writeString(d);
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                try {
                    Files.move(tmp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // no record this time: the next verify takes the whole path
        }
    }

    /** Forgets the record (a verify with this key found something). */
    public void forget() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException ignored) {
            // a stale record cannot match: its digest is of a live schema that verified clean
        }
    }

    private static void text(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
