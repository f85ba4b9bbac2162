package dev.modelsync.model;

import dev.modelsync.problem.ProblemException;
import dev.modelsync.problem.Pos;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryTest {
    @TempDir
    Path tmp;

    private Path write(String relative, String content) throws IOException {
        Path file = tmp.resolve("models").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void readsYamlAndYmlRecursivelyInRelativePathOrder() throws IOException {
        write("zoo.yaml", "models: { Zebra: {} }\n");
        write("b/deep/nested.yml", "models: { Nested: {} }\n");
        write("a.yml", "models: { Apple: {} }\n");
        write("b.yaml", "models: { Banana: {} }\n");
        write("notes.txt", "models: { Ignored: {} }\n");
        write("README.md", "# not a model\n");
        write(".hidden.yaml", "models: { Hidden: {} }\n");
        write("empty.yaml", "");
        ModelSet set = ModelParser.parseDirectory(tmp.resolve("models"));
        assertThat(set.models()).extracting(ModelDef::name).containsExactly("Apple", "Banana", "Nested", "Zebra");
    }

    @Test
    void positionsNameTheFileByTheDirectoryAsGivenPlusTheRelativePath() throws IOException {
        write("shop/order.yaml", "models:\n  Order: {}\n");
        Path dir = tmp.resolve("models");
        ModelDef order = ModelParser.parseDirectory(dir).models().get(0);
        assertThat(order.pos()).isEqualTo(new Pos(dir + "/shop/order.yaml", 2, 3));
    }

    @Test
    void problemsFromSeveralFilesComeSortedByFileThenLine() throws IOException {
        write("b.yaml", "models:\n  B:\n    attributes: { x: STRNG }\n");
        write("a/one.yaml", "modles: {}\n");
        write("a/two.yaml", "models:\n  A:\n    tableNme: x\n    attributes: { y: INTEGR }\n");
        Path dir = tmp.resolve("models");
        assertThatThrownBy(() -> ModelParser.parseDirectory(dir)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problems()).extracting(p -> p.pos().toString()).containsExactly(
                    dir + "/a/one.yaml:1:1", dir + "/a/two.yaml:3:5", dir + "/a/two.yaml:4:22", dir + "/b.yaml:3:22");
            assertThat(e.getMessage()).startsWith("4 errors:\n  " + dir + "/a/one.yaml:1:1: unknown top-level key 'modles' "
                    + "(did you mean 'models'?)");
        });
    }

    @Test
    void anEmptyDirectoryIsAnEmptyModelSet() throws IOException {
        Files.createDirectories(tmp.resolve("models"));
        ModelSet set = ModelParser.parseDirectory(tmp.resolve("models"));
        assertThat(set.models()).isEmpty();
        assertThat(set.conventions()).isEqualTo(Conventions.SEQUELIZE6);
        assertThat(set.define()).isEqualTo(ModelOptions.NONE);
    }

    @Test
    void aMissingDirectoryIsAnError() {
        Path missing = tmp.resolve("nope");
        assertThatThrownBy(() -> ModelParser.parseDirectory(missing)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("models directory " + missing + " does not exist");
    }

    @Test
    void aFileThatIsNotUtf8IsReported() throws IOException {
        Path file = write("latin1.yaml", "");
        Files.write(file, new byte[]{'#', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> ModelParser.parseDirectory(tmp.resolve("models"))).isInstanceOf(ProblemException.class)
                .hasMessageContaining("latin1.yaml:1:3: the file is not UTF-8: the bytes 0xE9 0x0A here are not a UTF-8 character");
    }

    @Test
    void aByteOrderMarkIsIgnored() throws IOException {
        write("bom.yaml", "\uFEFFmodels:\n  A: {}\n");
        assertThat(ModelParser.parseDirectory(tmp.resolve("models")).models()).hasSize(1);
    }
}
