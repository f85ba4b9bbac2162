package dev.modelsync.changelog;

import dev.modelsync.GenerateResult;
import dev.modelsync.ModelSync;
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
import dev.modelsync.VerifyOptions;
import dev.modelsync.VerifyResult;
import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import dev.modelsync.verify.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The replay cache: an exact copy of what it stored, found only for the very same changelog. */
class ReplayCacheTest {

    @TempDir
    Path dir;

    static final String MODEL = """
            models:
              User:
                attributes:
                  email: { type: STRING, unique: true }
                  status: { type: ENUM, values: [active, gone], defaultValue: active }
            """;

    private Path changelog() {
        return dir.resolve("changelog");
    }

    private Path cache() {
        return dir.resolve("cache");
    }

    private ModelSync modelSync(String model) throws Exception {
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models/model.yaml"), model);
        return ModelSync.configure().baseDir(dir).modelsDirectory(Path.of("models")).changelogDirectory(Path.of("changelog"))
                .cacheDirectory(Path.of("cache")).url("jdbc:h2:mem:replaycache").load();
    }

    /** Replays through the cache, counting the real replays. */
    private Replay cached(AtomicInteger parses) {
        return ReplayCache.replay(changelog(), Optional.of(cache()), () -> {
            parses.incrementAndGet();
            return ChangelogReplayer.replay(changelog());
        });
    }

    private List<Path> entries() throws Exception {
        if (!Files.isDirectory(cache())) return List.of();
        try (Stream<Path> s = Files.list(cache())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /** The code in the key: modelsync's class directory here, and the Liquibase and SnakeYAML jars, each found. */
    @Test
    void theKeyNamesTheCodeThatReplays() throws Exception {
        String[] parts = ReplayCache.codeFingerprint().split("\\|");
        assertThat(parts).hasSize(9).doesNotContain("unknown");
        Path liquibase = Path.of(liquibase.changelog.DatabaseChangeLog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(parts[3]).isEqualTo(liquibase.toString());
        assertThat(parts[4]).isEqualTo(Long.toString(Files.size(liquibase)));
        Path classes = Path.of(ReplayCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Path.of(parts[0])).isEqualTo(classes);
        assertThat(Long.parseLong(parts[1])).as("class files counted").isGreaterThan(100);
        assertThat(parts[6]).endsWith(".jar");
    }

    @Test
    void theStoredFormGivesBackAnEqualReplay() throws Exception {
        Column withEverything = new Column("status", ColumnType.enumOf("enum_Users_status"), false,
                Optional.of(DefaultValue.literal("active")), false, "a comment: with 'quotes'\nand lines", List.of("state", "st"));
        Table users = new Table("Users", List.of(
                new Column("id", ColumnType.of(ColumnType.Kind.BIGINT), false, Optional.empty(), true, "", List.of()),
                new Column("price", ColumnType.decimal(10, 2), true, Optional.of(DefaultValue.sql("(1 + 2)")), false, "", List.of()),
                new Column("code", ColumnType.chars(3), true, Optional.of(DefaultValue.NOW), false, "é ✓ " + "x".repeat(70_000), List.of()),
                new Column("uid", ColumnType.of(ColumnType.Kind.UUID), true, Optional.of(DefaultValue.UUIDV4), false, "", List.of()),
                withEverything),
                Optional.of(new PrimaryKey("Users_pkey", List.of("id"))),
                List.of(new ForeignKey("Users_teamId_fkey", List.of("id", "code"), "Teams", List.of("a", "b"),
                        ForeignKey.Action.SET_NULL, ForeignKey.Action.NO_ACTION)),
                List.of(new UniqueConstraint("Users_code_key", List.of("code"))),
                List.of(new Index("users_price", List.of(new Index.IndexColumn("price", true), new Index.IndexColumn("code", false)),
                        true, "\"price\" > 0")),
                "the users", List.of("People"));
        Table bare = new Table("Teams", List.of(Column.of("a", ColumnType.varchar(40), true)), Optional.empty(),
                List.of(), List.of(), List.of(), "", List.of());
        // a table in a model's schema, with a foreign key to another schema's table
        Table inSchema = new Table("audit.Entries", List.of(Column.of("teamId", ColumnType.of(ColumnType.Kind.INTEGER), true)),
                Optional.empty(), List.of(new ForeignKey("Entries_teamId_fkey", List.of("teamId"), "other.Teams", List.of("a"),
                ForeignKey.Action.CASCADE, ForeignKey.Action.CASCADE)), List.of(), List.of(), "", List.of());
        Replay r = new Replay(new Schema(List.of(users, bare, inSchema), List.of(new EnumType("enum_Users_status", List.of("active", "gone")))),
                List.of("changes/x.yaml::1: sql: not understood"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReplayCache.write(bytes, "k1", r);
        Replay back = ReplayCache.read(new ByteArrayInputStream(bytes.toByteArray()), "k1");

        assertThat(back).isEqualTo(r);
        // stored under another key or damaged: not read
        assertThatThrownBy(() -> ReplayCache.read(new ByteArrayInputStream(bytes.toByteArray()), "k2"))
                .isInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> ReplayCache.read(new ByteArrayInputStream(java.util.Arrays.copyOf(bytes.toByteArray(),
                bytes.size() - 3)), "k1")).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void theStoredFormGivesBackTheChangesets() throws Exception {
        Replay r = new Replay(Schema.EMPTY, List.of(), Optional.of(List.of(
                new ChangeSetId("0001-1-create-table-users", "modelsync", "db/changelog/changes/0001-users.yaml", List.of()),
                new ChangeSetId("x", "someone", "changes/hand.yaml", List.of("h2", "!postgresql")))));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReplayCache.write(bytes, "k1", r);
        Replay back = ReplayCache.read(new ByteArrayInputStream(bytes.toByteArray()), "k1");

        assertThat(back).isEqualTo(r);
    }

    @Test
    void aGenerationStoresTheChangesetsItWroteAsLiquibaseReadsThem() throws Exception {
        ModelSync ms = modelSync(MODEL);
        ms.generate();
        modelSync(MODEL + "      bio: TEXT\n").generate();

        AtomicInteger parses = new AtomicInteger();
        Replay viaCache = ReplayCache.replay(changelog(), Optional.of(cache()), true, () -> {
            parses.incrementAndGet();
            return ChangelogReplayer.replay(changelog());
        });

        assertThat(parses.get()).as("found, not parsed").isZero();
        assertThat(viaCache.changeSets()).isEqualTo(ChangelogReplayer.replay(changelog()).changeSets());
        assertThat(viaCache.changeSets().orElseThrow()).extracting(ChangeSetId::filePath)
                .allMatch(f -> f.startsWith("changes/000"));
    }

    @Test
    void aCachedReplayWithoutChangesetsDoesNotServeACallerThatNeedsThem() throws Exception {
        modelSync(MODEL).generate();
        ReplayCache.put(changelog(), cache(), new Replay(Schema.EMPTY, List.of("sentinel")));

        AtomicInteger parses = new AtomicInteger();
        Replay r = ReplayCache.replay(changelog(), Optional.of(cache()), true, () -> {
            parses.incrementAndGet();
            return ChangelogReplayer.replay(changelog());
        });

        assertThat(parses.get()).isEqualTo(1);
        assertThat(r).isEqualTo(ChangelogReplayer.replay(changelog()));
        assertThat(cached(parses)).as("stored in its place").isEqualTo(r);
        assertThat(parses.get()).isEqualTo(1);
    }

    /** Removes verify's record of its clean result (dev.modelsync.verify.VerifyMemo) from the cache directory. */
    private void forgetCleanVerify() throws java.io.IOException {
        try (java.util.stream.Stream<Path> s = Files.list(dir.resolve("cache"))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.getFileName().toString().startsWith("verify-")) Files.delete(p);
            }
        }
    }

    /**
     * Verify reads the recorded schema and the changesets through the cache as generate does: what
     * the cache holds under the changelog's key is what the lag check and the pending check go by.
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void verifyReadsTheChangelogThroughTheCache(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            Files.createDirectories(dir.resolve("models"));
            Files.writeString(dir.resolve("models/model.yaml"), """
                    models:
                      User:
                        attributes:
                          email: { type: STRING, unique: true }
                    """);
            ModelSync ms = ModelSync.configure().baseDir(dir).modelsDirectory(Path.of("models"))
                    .changelogDirectory(Path.of("changelog")).cacheDirectory(Path.of("cache"))
                    .url(db.url()).username(db.user()).password(db.password()).load();
            ms.sync();
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();

            Replay real = ChangelogReplayer.replay(changelog());
            List<ChangeSetId> withOneMore = new java.util.ArrayList<>(real.changeSets().orElseThrow());
            withOneMore.add(new ChangeSetId("9999-1-sentinel", "modelsync", "changes/9999-sentinel.yaml", List.of()));
            ReplayCache.put(changelog(), cache(), new Replay(real.schema(), List.of("sentinel"), Optional.of(withOneMore)));
            forgetCleanVerify(); // else the first verify's record answers without reading the changelog

            VerifyResult r = ms.verify(VerifyOptions.DEFAULT);

            assertThat(r.findings()).extracting(Finding::code).containsExactly("UNSUPPORTED_CHANGE", "PENDING_CHANGESET");
            assertThat(r.findings().get(1).message()).contains("changes/9999-sentinel.yaml::9999-1-sentinel");

            // without changesets the entry does not serve verify: the changelog is parsed and agrees again
            ReplayCache.put(changelog(), cache(), new Replay(real.schema(), List.of("sentinel")));
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
        }
    }

    @Test
    void aGenerationStoresWhatTheNextOneReadsInsteadOfParsing() throws Exception {
        ModelSync ms = modelSync(MODEL);
        GenerateResult first = ms.generate();
        assertThat(first.writtenFile()).isPresent();
        assertThat(entries()).hasSize(1);

        AtomicInteger parses = new AtomicInteger();
        Replay viaCache = cached(parses);

        assertThat(parses.get()).as("found, not parsed").isZero();
        assertThat(viaCache).isEqualTo(ChangelogReplayer.replay(changelog()));
        assertThat(viaCache.schema()).isEqualTo(SchemaChangesView.recorded(ms));
    }

    @Test
    void anyEditToAnyFileOfTheChangelogDirectoryIsADifferentKey() throws Exception {
        modelSync(MODEL).generate();
        AtomicInteger parses = new AtomicInteger();
        cached(parses);
        assertThat(parses.get()).isZero();

        Path written;
        try (Stream<Path> s = Files.list(changelog().resolve("changes"))) {
            written = s.findFirst().orElseThrow();
        }
        Files.writeString(written, Files.readString(written) + "# a comment\n");
        cached(parses);
        assertThat(parses.get()).as("edited file").isEqualTo(1);
        cached(parses);
        assertThat(parses.get()).as("stored after the parse").isEqualTo(1);

        Files.writeString(changelog().resolve("notes.txt"), "unrelated, but readable by the parser");
        cached(parses);
        assertThat(parses.get()).as("new file").isEqualTo(2);
    }

    @Test
    void aSystemPropertyTheChangelogNamesIsPartOfTheKey() throws Exception {
        modelSync(MODEL).generate();
        Files.writeString(changelog().resolve("extra.txt"), "${modelsync.test.replaycache.prop}");
        AtomicInteger parses = new AtomicInteger();
        cached(parses);
        cached(parses);
        assertThat(parses.get()).isEqualTo(1);
        assertThat(parsesWith("modelsync.test.replaycache.prop", "other", parses)).isEqualTo(2);
    }

    /** Replays once with the system property set (then cleared); the parses counted so far. */
    private int parsesWith(String property, String value, AtomicInteger parses) {
        System.setProperty(property, value);
        try {
            cached(parses);
            return parses.get();
        } finally {
            System.clearProperty(property);
        }
    }

    @Test
    void aChangelogThatReadsFilesOutsideItsDirectoryIsNotCached() throws Exception {
        Files.createDirectories(changelog());
        Files.writeString(dir.resolve("outside.yaml"), """
                databaseChangeLog:
                  - changeSet:
                      id: o1
                      author: me
                      changes:
                        - createTable:
                            tableName: t1
                            columns:
                              - column: { name: a, type: int }
                """);
        Files.writeString(changelog().resolve("db.changelog-master.yaml"), """
                databaseChangeLog:
                  - include:
                      file: ../outside.yaml
                      relativeToChangelogFile: true
                """);
        AtomicInteger parses = new AtomicInteger();
        assertThat(cached(parses).schema().table("t1")).isPresent();
        Files.writeString(dir.resolve("outside.yaml"), Files.readString(dir.resolve("outside.yaml"))
                + "              - column: { name: b, type: int }\n");

        Replay after = cached(parses);

        assertThat(parses.get()).as("parsed both times").isEqualTo(2);
        assertThat(after.schema().table("t1").orElseThrow().column("b")).isPresent();
        assertThat(entries()).isEmpty();
    }

    @Test
    void liquibaseSettingsArePartOfTheKey() throws Exception {
        modelSync(MODEL).generate();
        AtomicInteger parses = new AtomicInteger();
        cached(parses);
        assertThat(parses.get()).isZero();
        assertThat(parsesWith("liquibase.duplicateFileMode", "WARN", parses)).isEqualTo(1);
    }

    @Test
    void aStoredEntryIsReturnedAsStoredUnderItsKey() throws Exception {
        modelSync(MODEL).generate();
        Replay sentinel = new Replay(Schema.EMPTY, List.of("sentinel"));
        ReplayCache.put(changelog(), cache(), sentinel);

        AtomicInteger parses = new AtomicInteger();
        assertThat(cached(parses)).isEqualTo(sentinel);
        assertThat(parses.get()).isZero();
    }

    @Test
    void aDamagedEntryIsDeletedAndTheChangelogParsed() throws Exception {
        modelSync(MODEL).generate();
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        AtomicInteger parses = new AtomicInteger();
        Replay r = cached(parses);

        assertThat(parses.get()).isEqualTo(1);
        assertThat(r).isEqualTo(ChangelogReplayer.replay(changelog()));
        assertThat(entries()).hasSize(1);
        assertThat(Files.readAllBytes(entries().get(0))).isNotEqualTo(java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    @Test
    void keepsTheEightEntriesUsedLast() throws Exception {
        ModelSync ms = modelSync(MODEL);
        ms.generate();
        for (int i = 0; i < 10; i++) {
            Files.writeString(changelog().resolve("note.txt"), "version " + i);
            cached(new AtomicInteger());
        }
        assertThat(entries()).hasSize(8);
    }

    @Test
    void withoutACacheDirectoryNothingIsWritten() throws Exception {
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models/model.yaml"), MODEL);
        ModelSync ms = ModelSync.configure().baseDir(dir).modelsDirectory(Path.of("models"))
                .changelogDirectory(Path.of("changelog")).cacheDirectory(null).url("jdbc:h2:mem:nocache").load();
        ms.generate();
        ms.generate();
        assertThat(ms.config().cacheDirectory()).isEmpty();
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.toString().endsWith(".json")).toList()).isEmpty();
        }
    }

    @Test
    void aModelEditedTwiceGeneratesFromTheCachedSchemaAndFindsOnlyTheNewChange() throws Exception {
        modelSync(MODEL).generate();
        GenerateResult second = modelSync(MODEL.replace("email: { type: STRING, unique: true }",
                "email: { type: STRING, unique: true }\n      age: INTEGER")).generate();
        assertThat(second.changes()).hasSize(1);
        GenerateResult third = modelSync(MODEL.replace("email: { type: STRING, unique: true }",
                "email: { type: STRING, unique: true }\n      age: INTEGER\n      nick: STRING")).generate();
        assertThat(third.changes()).hasSize(1);
        assertThat(third.changes().get(0).toString()).contains("nick");
        GenerateResult again = modelSync(MODEL.replace("email: { type: STRING, unique: true }",
                "email: { type: STRING, unique: true }\n      age: INTEGER\n      nick: STRING")).generate();
        assertThat(again.upToDate()).isTrue();
    }

    /** The schema the resolved model leads to, as a changelog records it (no rename hints). */
    static final class SchemaChangesView {
        static Schema recorded(ModelSync ms) {
            return dev.modelsync.diff.SchemaChanges.withoutHints(ms.resolve().schema());
        }
    }
}
