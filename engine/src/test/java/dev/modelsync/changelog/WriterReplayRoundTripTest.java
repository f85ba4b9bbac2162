package dev.modelsync.changelog;

import dev.modelsync.diff.SchemaChange;
import dev.modelsync.diff.SchemaChanges;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WriterReplayRoundTripTest {

    @TempDir
    Path dir;
    /** How changes to existing tables are written; the online forms must read back alike. */
    private dev.modelsync.config.Online online = dev.modelsync.config.Online.OFF;

    private Schema generation(Schema recorded, List<SchemaChange> changes) {
        Optional<Path> file = ChangelogWriter.write(dir, recorded, changes, online);
        assertThat(file).isPresent();
        Replay replay = ChangelogReplayer.replay(dir);
        assertThat(replay.unsupported()).isEmpty();
        Schema expected = SchemaChanges.apply(recorded, changes);
        assertThat(replay.schema()).isEqualTo(expected);
        return expected;
    }

    @Test
    void everyChangeKindReadsBackAsTheSchemaItBuilds() {
        List<SchemaChange> first = new ArrayList<>(Fixtures.initial());
        first.add(Fixtures.unusedEnum());
        Schema recorded = generation(Schema.EMPTY, first);
        Schema evolved = generation(recorded, Fixtures.evolution());
        // PostgreSQL only (H2 cannot move a type across schemas): an enum type moved with its table
        List<SchemaChange> move = List.of(new SchemaChange.MoveEnum(evolved.enumType("enum_Users_status").orElseThrow(),
                "app.enum_Users_status"));
        generation(evolved, move);

        Set<Class<?>> kinds = new HashSet<>();
        first.forEach(c -> kinds.add(c.getClass()));
        Fixtures.evolution().forEach(c -> kinds.add(c.getClass()));
        move.forEach(c -> kinds.add(c.getClass()));
        Set<Class<?>> all = new HashSet<>(List.of(SchemaChange.class.getPermittedSubclasses()));
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void everyChangeKindReadsBackInTheOnlineForm() throws Exception {
        online = new dev.modelsync.config.Online(true, java.time.Duration.ofSeconds(5));
        everyChangeKindReadsBackAsTheSchemaItBuilds();
        eachChangeAloneReadsBackIn(dir.resolve("alone"));
        try (var files = Files.list(dir.resolve("changes"))) {
            String text = String.join("\n", files.map(f -> {
                try {
                    return Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList());
            assertThat(text).as("the evolution touches existing tables").contains("runInTransaction: false", "lock_timeout");
        }
    }

    private void eachChangeAloneReadsBackIn(Path other) {
        Path saved = dir;
        dir = other;
        try {
            eachChangeAloneReadsBack();
        } finally {
            dir = saved;
        }
    }

    @Test
    void eachChangeAloneReadsBack() {
        // one generation per change: every change kind is written and replayed on its own
        List<SchemaChange> first = new ArrayList<>(Fixtures.initial());
        first.add(Fixtures.unusedEnum());
        Schema recorded = generation(Schema.EMPTY, first);
        for (SchemaChange c : Fixtures.evolution()) {
            recorded = generation(recorded, List.of(c));
        }
        try (var files = Files.list(dir.resolve("changes"))) {
            assertThat(files.count()).isEqualTo(1 + Fixtures.evolution().size());
        } catch (java.io.IOException e) {
            throw new RuntimeException(e);
        }
    }

    @Test
    void sameInputWritesIdenticalBytes(@TempDir Path other) throws Exception {
        Path a = ChangelogWriter.write(dir, Schema.EMPTY, Fixtures.initial()).orElseThrow();
        Path b = ChangelogWriter.write(other, Schema.EMPTY, Fixtures.initial()).orElseThrow();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readAllBytes(dir.resolve("db.changelog-master.yaml")))
                .isEqualTo(Files.readAllBytes(other.resolve("db.changelog-master.yaml")));
        assertThat(a.getFileName().toString()).isEqualTo("0001-initial-schema.yaml");
    }

    @Test
    void nothingToWriteWritesNothing() {
        assertThat(ChangelogWriter.write(dir, Schema.EMPTY, List.of())).isEmpty();
        assertThat(dir.resolve("db.changelog-master.yaml")).doesNotExist();
    }

    @Test
    void notNullWithoutDefaultIsWrittenFilledAndReadsBackAsANotNullColumnWithoutDefault() throws Exception {
        Schema recorded = generation(Schema.EMPTY, Fixtures.initial());
        List<SchemaChange> changes = new ArrayList<>();
        for (ColumnType.Kind kind : ColumnType.Kind.values()) {
            ColumnType t = switch (kind) {
                case ENUM -> ColumnType.enumOf(Fixtures.STATUS.name());
                case VARCHAR -> ColumnType.varchar(10);
                case CHAR -> ColumnType.chars(10);
                case DECIMAL -> ColumnType.decimal(10, 2);
                case NATIVE -> ColumnType.nativeType("character varying(20)[]");
                default -> ColumnType.of(kind);
            };
            changes.add(new SchemaChange.AddColumn("Users", Fixtures.col("new" + kind, t, false)));
        }
        for (String name : List.of("code", "bio", "ratio", "prefs", "meta", "avatar")) {
            Column c = recorded.table("Users").orElseThrow().column(name).orElseThrow();
            changes.add(new SchemaChange.AlterNullability("Users", new Column(c.name(), c.type(), false, c.defaultValue(),
                    false, c.comment(), List.of()), false));
        }
        Schema expected = generation(recorded, changes);
        Column added = expected.table("Users").orElseThrow().column("newINTEGER").orElseThrow();
        assertThat(added.nullable()).isFalse();
        assertThat(added.defaultValue()).isEmpty();
        assertThat(dev.modelsync.diff.Differ.diff(ChangelogReplayer.replay(dir).schema(), expected)).isEmpty();

        String text;
        try (var files = Files.list(dir.resolve("changes"))) {
            text = Files.readString(files.sorted().reduce((a, b) -> b).orElseThrow());
        }
        assertThat(text).doesNotContain("nullable: false")
                .contains("columnName: newINTEGER\n            defaultNullValue: '0'\n",
                        "columnName: newENUM\n            defaultNullValue: active\n",
                        "columnName: newBOOLEAN\n            defaultNullValue: 'false'\n",
                        "columnName: avatar\n            defaultNullValue: ''\n",
                        "valueComputed: ${modelsync.json.empty}\n            where: '\"prefs\" IS NULL'\n",
                        "name: modelsync.json.empty\n      value: JSON '{}'\n      dbms: h2");
    }
}
