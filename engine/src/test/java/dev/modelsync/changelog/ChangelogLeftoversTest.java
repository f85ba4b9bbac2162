package dev.modelsync.changelog;

import dev.modelsync.ModelSync;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a generation killed while writing leaves behind is cleared (or reported) by the next one. */
class ChangelogLeftoversTest {
    @TempDir
    Path dir;

    private ModelSync engine(List<String> log, String attributes) throws Exception {
        Files.createDirectories(dir.resolve("src/main/models"));
        Files.writeString(dir.resolve("src/main/models/m.yaml"), "models:\n  User:\n    attributes:\n" + attributes);
        return ModelSync.configure().baseDir(dir).cacheDirectory(null).log(log::add).load();
    }

    @Test
    void aFileWrittenButNotIncludedIsWrittenAgainAndTemporaryFilesGo() throws Exception {
        List<String> log = new ArrayList<>();
        engine(log, "      name: STRING\n").generate();
        Path changes = dir.resolve("src/main/resources/db/changelog/changes");
        Path master = changes.getParent().resolve("db.changelog-master.yaml");
        String masterBefore = Files.readString(master);
        ModelSync ms = engine(log, "      name: STRING\n      bio: TEXT\n");
        Path second = ms.generate().writtenFile().orElseThrow();
        String written = Files.readString(second);
        // as if killed after writing the file and before including it, with a temporary file half written
        Files.writeString(master, masterBefore);
        Files.writeString(changes.resolve(".0003-users.yaml.123.tmp"), "databaseChangeLog:\n  - chan");

        Path again = ms.generate().writtenFile().orElseThrow();
        assertThat(again).isEqualTo(second);
        assertThat(Files.readString(again)).isEqualTo(written);
        assertThat(Files.readString(master)).contains("file: changes/" + second.getFileName());
        try (var files = Files.list(changes)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "0001-initial-schema.yaml", second.getFileName().toString());
        }
        assertThat(log).anyMatch(l -> l.startsWith("Removed changes/" + second.getFileName()));
        assertThat(ms.generate().writtenFile()).isEmpty();
    }

    @Test
    void aFileNotIncludedThatModelsyncDidNotWriteIsReportedAndKept() throws Exception {
        List<String> log = new ArrayList<>();
        ModelSync ms = engine(log, "      name: STRING\n");
        ms.generate();
        Path changes = dir.resolve("src/main/resources/db/changelog/changes");
        Path mine = changes.resolve("0007-by-hand.yaml");
        Files.writeString(mine, "databaseChangeLog: []\n");
        assertThat(ms.generate().writtenFile()).isEmpty();
        assertThat(mine).exists();
        assertThat(log).anyMatch(l -> l.startsWith("Warning: changes/0007-by-hand.yaml is not included"));
    }
}
