package dev.modelsync.model;

import dev.modelsync.problem.ProblemException;
import dev.modelsync.problem.Pos;
import dev.modelsync.problem.Problem;

import dev.modelsync.resolve.SchemaResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs every case of src/test/resources/errors (see the README.md there): a .yaml/.yml file, or a
 * directory of them parsed as one models directory. Each case must fail in the parser or, when it
 * parses, in {@link SchemaResolver#resolve}, with exactly the problems its {@code # expect:} lines
 * list, in order.
 */
class ErrorCorpusTest {
    private static final Pattern EXPECT = Pattern.compile("^#\\s*expect:\\s*(?:([^\\s:]+):)?(\\d+):(\\d+)\\s+(.+?)\\s*$");

    /** One expected problem: file relative to the case ("" = the file of the header), line, column, message part. */
    record Expected(String file, int line, int column, String message) {
        @Override
        public String toString() {
            return (file.isEmpty() ? "" : file + ":") + line + ":" + column + " " + message;
        }
    }

    static Path corpus() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ErrorCorpusTest.class.getResource("/errors"), "errors corpus").toURI());
    }

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> list = Files.list(corpus())) {
            return list.filter(p -> Files.isDirectory(p) || isModelFile(p))
                    .map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static boolean isModelFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(String name) throws Exception {
        Path path = corpus().resolve(name);
        List<Expected> expected = expectations(path);
        assertThat(expected).as("%s has no '# expect:' lines", name).isNotEmpty();
        List<Problem> actual = run(path);
        List<String> shown = actual.stream().map(p -> show(path, p)).toList();
        assertThat(actual).as("problems of %s:%n  %s", name, String.join("\n  ", shown)).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            Problem p = actual.get(i);
            String file = Files.isDirectory(path) ? relativeFile(path, p.pos()) : "";
            assertThat(file + ":" + p.pos().line() + ":" + p.pos().column())
                    .as("position of problem %d of %s (all: %s)", i + 1, name, shown)
                    .isEqualTo(e.file() + ":" + e.line() + ":" + e.column());
            assertThat(p.message()).as("message of problem %d of %s", i + 1, name).contains(e.message());
        }
    }

    @Test
    void aFileWithSeveralErrorsReportsAllOfThemSorted() throws Exception {
        Path path = corpus().resolve("many-errors.yaml");
        List<Problem> problems = run(path);
        assertThat(problems).hasSizeGreaterThanOrEqualTo(5);
        assertThat(problems).isSortedAccordingTo(Problem::compareTo);
        assertThat(problems).extracting(p -> p.pos().file()).containsOnly("errors/many-errors.yaml");
        assertThat(problems.stream().map(p -> p.pos().line()).distinct().count()).isGreaterThanOrEqualTo(5);
    }

    /** The problems of a case, as thrown; fails when the case is accepted. */
    static List<Problem> run(Path path) throws IOException {
        try {
            ModelSet set = Files.isDirectory(path) ? ModelParser.parseDirectory(path)
                    : ModelParser.parse(List.of(new ModelParser.Source("errors/" + path.getFileName(), Files.readString(path))));
            SchemaResolver.resolve(set, dev.modelsync.db.Dialect.POSTGRESQL.nameLimit()); // the shortest names
        } catch (ProblemException e) {
            return e.problems();
        }
        return fail("%s was accepted, but it is in the error corpus", path.getFileName());
    }

    static List<Expected> expectations(Path path) throws IOException {
        List<Expected> out = new ArrayList<>();
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).filter(ErrorCorpusTest::isModelFile).sorted().toList();
            }
        } else {
            files = List.of(path);
        }
        for (Path file : files) {
            String own = Files.isDirectory(path) ? path.relativize(file).toString().replace('\\', '/') : "";
            for (String line : new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).split("\n")) { // leniently: a case may not be UTF-8
                Matcher m = EXPECT.matcher(line);
                if (m.matches()) {
                    out.add(new Expected(m.group(1) == null ? own : m.group(1), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)), m.group(4)));
                }
            }
        }
        out.sort(Comparator.comparing(Expected::file).thenComparingInt(Expected::line).thenComparingInt(Expected::column));
        return out;
    }

    private static String relativeFile(Path caseDir, Pos pos) {
        String prefix = caseDir.toString().replace('\\', '/') + "/";
        return pos.file().startsWith(prefix) ? pos.file().substring(prefix.length()) : pos.file();
    }

    private static String show(Path path, Problem p) {
        String file = Files.isDirectory(path) ? relativeFile(path, p.pos()) + ":" : "";
        return file + p.pos().line() + ":" + p.pos().column() + " " + p.message();
    }
}
