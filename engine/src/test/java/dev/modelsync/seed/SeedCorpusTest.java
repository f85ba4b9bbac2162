package dev.modelsync.seed;
import dev.modelsync.problem.ProblemException;

import dev.modelsync.db.Dialect;
import dev.modelsync.problem.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The bad seed files of src/test/resources/seed-errors (see the README.md there) and a few
 * generated ones (deep nesting, huge values, long lines, an oversized file), each seeded over a
 * filled database on H2 and PostgreSQL: every one must fail with its expected problems at
 * file:line:col and leave every table exactly as it was. The generated ones are bounded in size,
 * so the limits (not memory or the stack) must stop them.
 */
class SeedCorpusTest {
    private static final Pattern EXPECT = Pattern.compile("^#\\s*expect:\\s*(\\d+):(\\d+)\\s+(.+?)\\s*$");

    @TempDir
    Path dir;

    /** A case: its name, its file's bytes (written as seeds/bad.yaml), and "LINE:COL message part" lines. */
    record Case(String name, Writer content, List<String> expected) {}

    interface Writer {
        void write(Path file) throws IOException;
    }

    static Path corpus() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SeedCorpusTest.class.getResource("/seed-errors"), "seed corpus").toURI());
    }

    static List<Case> cases() throws IOException, URISyntaxException {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                List<String> expected = new ArrayList<>();
                for (String line : Files.readAllLines(f, StandardCharsets.ISO_8859_1)) {
                    Matcher m = EXPECT.matcher(line);
                    if (m.matches()) expected.add(m.group(1) + ":" + m.group(2) + " " + m.group(3));
                }
                out.add(new Case(f.getFileName().toString(), to -> Files.copy(f, to), expected));
            }
        }
        out.addAll(generated());
        return out;
    }

    /** Cases too large to keep as files; each stays within a few MB. */
    static List<Case> generated() {
        int deep = 10_000;
        return List.of(
                new Case("generated: flow lists nested 10,000 deep", to -> Files.writeString(to,
                        "User:\n  - { name: " + "[".repeat(deep) + "]".repeat(deep) + " }\n"),
                        List.of("2:112 nested more than 100 levels deep")),
                new Case("generated: block maps nested 150 deep", to -> {
                    StringBuilder sb = new StringBuilder("User:\n  - name:\n");
                    for (int i = 0; i < 150; i++) sb.append("  ".repeat(i + 2)).append("k:\n");
                    sb.append("  ".repeat(152)).append("x\n");
                    Files.writeString(to, sb);
                }, List.of("103:205 nested more than 100 levels deep")),
                new Case("generated: one value of 2 MB over short lines", to -> {
                    StringBuilder sb = new StringBuilder("Project:\n  - title: x\n    description: \"");
                    for (int i = 0; i < 32_768; i++) sb.append("x".repeat(63)).append('\n').append("      ");
                    Files.writeString(to, sb.append("\"\n"));
                }, List.of("3:18 this value is longer than 1048576 characters")),
                new Case("generated: one line of 1.5 MB", to -> Files.writeString(to,
                        "Project:\n  - { title: x, description: " + "y".repeat(1_500_000) + " }\n"),
                        List.of("2:1 line 2 is longer than 1048576 bytes")),
                new Case("generated: a 300 MB file (sparse)", to -> {
                    try (RandomAccessFile f = new RandomAccessFile(to.toFile(), "rw")) {
                        f.setLength(300L << 20);
                    }
                }, List.of("1:1 the file is too large: 314572800 bytes, more than the 268435456 a seed file may hold")));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyBadSeedFileFailsAtItsPositionAndChangesNothing(Dialect dialect) throws Exception {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        Map<String, String> wrong = new LinkedHashMap<>();
        try (var run = new Fixtures.Run(dialect, dir)) {
            run.file("base.yaml", "User: [{ name: Zed, email: zed@example.com }]\nProject: [{ title: Old }]\n");
            run.seed();
            Map<String, List<String>> before = run.dumpAll();
            assertThat(before.get("Users")).hasSize(1);
            for (Case c : cases) {
                Path bad = run.seeds.resolve("bad.yaml");
                Files.deleteIfExists(bad);
                c.content().write(bad);
                ProblemException e = catchThrowableOfType(ProblemException.class, run::seed);
                Files.delete(bad);
                if (e == null) {
                    wrong.put(c.name(), "was accepted");
                    continue;
                }
                List<String> actual = e.problems().stream().map(SeedCorpusTest::show).toList();
                if (!matches(c.expected(), actual)) wrong.put(c.name(), "expected " + c.expected() + ", got " + actual);
                if (!run.dumpAll().equals(before)) wrong.put(c.name(), "changed the database");
            }
        }
        assertThat(wrong).as("cases that went wrong").isEmpty();
    }

    private static boolean matches(List<String> expected, List<String> actual) {
        if (expected.isEmpty() || expected.size() != actual.size()) return false;
        for (int i = 0; i < expected.size(); i++) {
            String e = expected.get(i);
            String position = e.substring(0, e.indexOf(' ') < 0 ? e.length() : e.indexOf(' '));
            String part = e.indexOf(' ') < 0 ? "" : e.substring(e.indexOf(' ') + 1);
            String a = actual.get(i);
            if (!a.startsWith(position + " ") || !a.contains(part)) return false;
        }
        return true;
    }

    /** "LINE:COL message" of a problem in seeds/bad.yaml; the file name is checked too. */
    private static String show(Problem p) {
        String where = p.pos().file().equals("seeds/bad.yaml") ? "" : p.pos().file() + ":";
        return where + p.pos().line() + ":" + p.pos().column() + " " + p.message();
    }
}
