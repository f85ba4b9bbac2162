package dev.modelsync.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every YAML example in docs/models.md parses: complete files as they are, snippets of a model
 * (attributes:, indexes:) or of an attributes map wrapped in a model.
 */
class DocsExamplesTest {
    private static final Pattern BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    @Test
    void completeExamplesInTheReferenceParse() throws IOException {
        String doc = Files.readString(Path.of("../docs/models.md"));
        List<String> files = new ArrayList<>();
        Matcher m = BLOCK.matcher(doc);
        while (m.find()) {
            String block = m.group(1);
            if (block.matches("(?s)(#[^\n]*\n)*(models|define|conventions):.*")) {
                files.add(block);
            } else if (block.matches("(?s)(attributes|indexes):.*")) {
                files.add("models:\n  M:\n" + indent(block, "    "));
            } else if (block.matches("(?s)[A-Za-z]+:.*")) {
                files.add("models:\n  M:\n    attributes:\n" + indent(block, "      "));
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        for (String file : files) {
            assertThatCode(() -> Parse.yaml(file)).as(file).doesNotThrowAnyException();
        }
    }

    private static String indent(String block, String by) {
        return block.lines().map(l -> by + l).reduce("", (a, b) -> a + b + "\n");
    }
}
