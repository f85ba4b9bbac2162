package dev.modelsync.changelog;

import dev.modelsync.problem.ModelSyncException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterChangelogTest {
    @TempDir
    Path dir;

    @Test
    void appendsToAnExistingMasterKeepingItsText() throws Exception {
        Path master = dir.resolve("db.changelog-master.yaml");
        String before = "# ours\ndatabaseChangeLog:\n    - include:\n        file: legacy.xml   # kept\n";
        Files.writeString(master, before);
        MasterChangelog.addInclude(master, "changes/0001-a.yaml");
        assertThat(Files.readString(master)).isEqualTo(before
                + "    - include:\n        file: changes/0001-a.yaml\n        relativeToChangelogFile: true\n");
        MasterChangelog.addInclude(master, "changes/0001-a.yaml"); // already there: unchanged
        assertThat(Files.readString(master)).endsWith("relativeToChangelogFile: true\n");
        assertThat(Files.readString(master).split("0001-a", -1)).hasSize(2);
    }

    @Test
    void anIncludeAllOfChangesCoversNewFiles() throws Exception {
        Path master = dir.resolve("db.changelog-master.yaml");
        String text = "databaseChangeLog:\n  - includeAll:\n      path: changes/\n      relativeToChangelogFile: true\n";
        Files.writeString(master, text);
        MasterChangelog.addInclude(master, "changes/0002-b.yaml");
        assertThat(Files.readString(master)).isEqualTo(text);
    }

    @Test
    void anEmptyListIsFilled() throws Exception {
        Path master = dir.resolve("db.changelog-master.yaml");
        Files.writeString(master, "databaseChangeLog: []\n");
        MasterChangelog.addInclude(master, "changes/0001-a.yaml");
        assertThat(Files.readString(master)).isEqualTo(
                "databaseChangeLog:\n  - include:\n      file: changes/0001-a.yaml\n      relativeToChangelogFile: true\n");
    }

    @Test
    void aMasterItCannotExtendIsAnErrorWithTheEntryToAdd() throws Exception {
        Path master = dir.resolve("db.changelog-master.yaml");
        Files.writeString(master, "databaseChangeLog: [ { include: { file: a.yaml } } ]\n");
        assertThatThrownBy(() -> MasterChangelog.addInclude(master, "changes/0001-a.yaml"))
                .isInstanceOf(ModelSyncException.class).hasMessageContaining("file: changes/0001-a.yaml");
    }
}
