package dev.modelsync.schema;

import dev.modelsync.model.ModelException;
import dev.modelsync.model.ModelParser;
import dev.modelsync.model.ModelSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The semantic part of the error corpus: {@code errors/semantic-*.yaml} parse cleanly but do not
 * resolve. Each file starts with {@code # expect: LINE:COL message-substring} lines, one per
 * problem, in file order; the resolver must report exactly those.
 */
class SemanticErrorCorpusTest {
    static final Path DIR = Path.of("src/test/resources/errors");

    @TestFactory
    Stream<DynamicTest> semanticErrors() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("semantic-")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> expects = text.lines().filter(l -> l.startsWith("# expect: "))
                .map(l -> l.substring("# expect: ".length()).trim()).toList();
        assertThat(expects).as("# expect: lines in " + file).isNotEmpty();
        ModelSet set = ModelParser.parse(List.of(new ModelParser.Source(file.getFileName().toString(), text)));
        List<String> actual;
        try {
            SchemaResolver.resolve(set);
            fail(file + " resolved without problems");
            return;
        } catch (ModelException e) {
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.pos().file()).isEqualTo(file.getFileName().toString()));
            actual = e.problems().stream().map(p -> p.pos().line() + ":" + p.pos().column() + " " + p.message()).toList();
        }
        assertThat(actual).as("problems of " + file).hasSameSizeAs(expects);
        for (int i = 0; i < expects.size(); i++) {
            String expect = expects.get(i);
            int space = expect.indexOf(' ');
            assertThat(actual.get(i)).as("problem " + (i + 1) + " of " + file)
                    .startsWith(expect.substring(0, space) + " ").contains(expect.substring(space + 1));
        }
    }
}
