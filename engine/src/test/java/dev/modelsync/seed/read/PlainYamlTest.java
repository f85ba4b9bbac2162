package dev.modelsync.seed.read;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast scanner delivers exactly SnakeYAML's events (kind, value, style, tag flags, start
 * line and column) for the text it understands, and only a prefix of them for text it gives up on.
 */
class PlainYamlTest {
    /** The shape of the B3 benchmark's seed files. */
    private static final String SAMPLE = """
            User:
              - name: User 1
                email: user1@example.com
                projects:
                  - { title: Project 00008, UserProject: { role: developer } }
                  - { title: Project 01008, UserProject: { role: viewer } }
              - name: User 2
                email: user2@example.com
                projects:
                  - { title: Project 00015, UserProject: { role: viewer } }
            """;

    /** SnakeYAML's events, up to its failure if any. */
    private static List<String> snake(String text) {
        List<String> out = new ArrayList<>();
        try {
            for (Event e : SeedReader.yaml().parse(new StringReader(text))) out.add(describe(e));
        } catch (YAMLException e) {
            out.add("FAILED");
        }
        return out;
    }

    private static String describe(Event e) {
        StringBuilder sb = new StringBuilder(e.getEventId().toString());
        if (e instanceof NodeEvent) {
            sb.append(" @").append(e.getStartMark().getLine()).append(':').append(e.getStartMark().getColumn());
        }
        if (e instanceof ScalarEvent s) {
            sb.append(" [").append(s.getValue()).append("] plain=").append(s.isPlain()).append(" implicit=")
                    .append(s.getImplicit().canOmitTagInPlainScalar()).append(s.getImplicit().canOmitTagInNonPlainScalar())
                    .append(" tag=").append(s.getTag()).append(" anchor=").append(s.getAnchor());
        }
        if (e instanceof CollectionStartEvent c) {
            sb.append(' ').append(c.getFlowStyle()).append(" implicit=").append(c.getImplicit()).append(" tag=")
                    .append(c.getTag()).append(" anchor=").append(c.getAnchor());
        }
        return sb.toString();
    }

    /** What a mark says, as SnakeYAML's errors show it: file name, line, column and the line with a caret. */
    private static List<String> marks(List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            if (e instanceof NodeEvent) out.add(e.getEventId() + e.getStartMark().toString());
            if (e instanceof ScalarEvent) out.add("end" + e.getEndMark().toString());
        }
        return out;
    }

    @Test
    void marksShowTheSameSnippetAsSnakeYamlsOwn() {
        String text = SAMPLE + "Project:\n  - title: Project 00008\n    description: the first one\n  - { title: Last }\n";
        List<Event> fast = new ArrayList<>();
        assertThat(PlainYaml.scan(text.getBytes(StandardCharsets.UTF_8), fast::add)).isEqualTo(-1);
        List<Event> expected = new ArrayList<>();
        SeedReader.yaml().parse(new StringReader(text)).forEach(expected::add);
        assertThat(marks(fast)).isEqualTo(marks(expected));
        ScalarEvent role = (ScalarEvent) fast.stream()
                .filter(e -> e instanceof ScalarEvent s && s.getValue().equals("viewer")).findFirst().orElseThrow();
        assertThat(role.getStartMark().toString()).isEqualTo(" in 'reader', line 6, column 54:\n"
                + "     ... ect 01008, UserProject: { role: viewer } }\n"
                + "                                         ^");
    }

    /** Returns -1 when the fast scanner took the whole text, else how many events it delivered. */
    private static int check(String text) {
        List<String> fast = new ArrayList<>();
        int delivered = PlainYaml.scan(text.getBytes(StandardCharsets.UTF_8), e -> fast.add(describe(e)));
        List<String> expected = snake(text);
        if (delivered < 0) {
            assertThat(fast).as("events of:\n%s", text).isEqualTo(expected);
        } else {
            assertThat(fast).hasSize(delivered);
            assertThat(expected.size()).as("text:\n%s", text).isGreaterThanOrEqualTo(delivered);
            assertThat(fast).as("a prefix of SnakeYAML's events for:\n%s", text).isEqualTo(expected.subList(0, delivered));
        }
        return delivered;
    }

    @Test
    void theUsualShapeOfSeedFilesIsReadWholeWithSnakeYamlsEvents() {
        assertThat(check(SAMPLE)).isEqualTo(-1);
        assertThat(check("Project:\n  - { title: Project 00001, description: Generated project 1 }\n")).isEqualTo(-1);
        assertThat(check("User:\n- name: A\n  email: a@x.org\n  projects:\n  - title: P\n    UserProject: { role: admin }\n"
                + "\n   \nProject:\n    -   {title:   P   ,  description: d  }   \n")).isEqualTo(-1);
        assertThat(check("A:\n  - x\n  - y z, w\n  - { }\nB:\n  k: v\n  k2: 10:30\n  k3:\n    - 1.5\n")).isEqualTo(-1);
        assertThat(check("A:\n  - { a: { b: { c: d } }, e: f }")).isEqualTo(-1); // no newline at the end
        assertThat(check("key  : value\nother: ~\nnull: null\n")).isEqualTo(-1);
    }

    @Test
    void givesUpOnEverythingElseAfterAPrefixOfSnakeYamlsEvents() {
        String[] others = {
                "", "\n", "# comment\nA: 1\n", "A: 'quoted'\n", "A: \"dq\"\n", "A: &x 1\nB: *x\n", "A: !!str 1\n",
                "A: |\n  lit\n", "A: >\n  fold\n", "A: [1, 2]\n", "A:\n  - x\n  - y\n    z\n", "A: one\n  two\n",
                "A:\n", "A:\nB: 1\n", "A: {a: 1,\n  b: 2}\n", "A: { a: 1, }\n", "A: { a, b: 1 }\n", "A: { a: 1:2 }\n",
                "A: -1\n", "A: x: y\n", "A:\tx\n", "A: x\r\n", "A: é\n", "---\nA: 1\n", "A: 1\n...\n", "- a\n- b\n",
                "A:\n  -\n    x: 1\n", "A:\n  - x\n B: 1\n", "A:\n    k: v\n  j: w\n", "A: {a: b} c\n", "a\n", "A: @x\n",
                "A:\n  - { a: b }\n  x: 1\n", "A: 1\n A2: 2\n", "  A: 1\n", "A: 1\nA: 2\n", "A:\n  - a: 1\n    - b\n",
                "A: {a: {b: c}\n", "A: b}\n", "A: x\n  # c\n", "{A: 1}\n", "A:\n  - - x\n", "A: 1\n- b\n",
        };
        for (String t : others) check(t);
        // stream, document, mapping, A, sequence, { a: 1 } (4 events); the item holding "-1" is left to SnakeYAML
        assertThat(check("A:\n  - { a: 1 }\n  - { b: -1 }\n")).isEqualTo(9);
        assertThat(check("A: 1\nB: \"x\"\n")).isZero(); // quotes anywhere: all of it
    }

    @Test
    void randomSeedLikeTextAgreesWithSnakeYaml() {
        Random rnd = new Random(42);
        int whole = 0;
        int partly = 0;
        String[] words = {"a", "User 1", "x@y.org", "10:30", "1.5", "-", "- x", "{", "}", "{ k: v }", "k: v", ",", " ",
                "'", "\"q\"", "#", "~", "null", "a, b", "::", "k:", "[1]", "é", "\t", "&a", "*a", "|", "-1", "@"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int lines = 1 + rnd.nextInt(8);
            for (int l = 0; l < lines; l++) {
                int indent = rnd.nextInt(4) * 2;
                sb.append(" ".repeat(indent));
                switch (rnd.nextInt(6)) {
                    case 0 -> sb.append("Key").append(l).append(':');
                    case 1 -> sb.append("k").append(l).append(": ").append(words[rnd.nextInt(words.length)]);
                    case 2 -> sb.append("- ").append(words[rnd.nextInt(words.length)]);
                    case 3 -> sb.append("- { t: ").append(words[rnd.nextInt(words.length)]).append(", R: { r: ")
                            .append(words[rnd.nextInt(words.length)]).append(" } }");
                    case 4 -> sb.append("- n: ").append(words[rnd.nextInt(words.length)]);
                    default -> sb.append(words[rnd.nextInt(words.length)]);
                }
                if (rnd.nextInt(5) == 0) sb.append("  ");
                sb.append('\n');
                if (rnd.nextInt(8) == 0) sb.append('\n');
            }
            int delivered = check(sb.toString());
            if (delivered < 0) whole++;
            else if (delivered > 0) partly++;
        }
        assertThat(partly).isGreaterThan(50);
    }

    @Test
    void randomSeedFilesAndMutationsOfThemAgreeWithSnakeYaml() {
        Random rnd = new Random(7);
        String[] safe = {"a", "User 1", "x@y.org", "10:30", "1.5", "~", "null", "a, b", "x-y", "true", "Project 00012",
                "a.b", "c:d", "e/f", "5 pct"};
        String mutations = " -:{},\n#'\"&*[]@|>!?\t";
        int whole = 0;
        int partly = 0;
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            int models = 1 + rnd.nextInt(3);
            for (int m = 0; m < models; m++) {
                sb.append("Model").append(m).append(':').append(" ".repeat(rnd.nextInt(2))).append('\n');
                int ind = rnd.nextInt(3) * 2;
                for (int r = 0, rows = 1 + rnd.nextInt(3); r < rows; r++) {
                    String pad = " ".repeat(ind);
                    if (rnd.nextBoolean()) {
                        sb.append(pad).append("- {").append(" ".repeat(rnd.nextInt(2))).append("k: ")
                                .append(safe[rnd.nextInt(safe.length)].replace(":", "")).append(", j: { r: ")
                                .append(safe[rnd.nextInt(safe.length)].replace(":", "").replace(",", "")).append(" } }\n");
                    } else {
                        sb.append(pad).append("- name: ").append(safe[rnd.nextInt(safe.length)]).append('\n');
                        sb.append(pad).append("  other:  ").append(safe[rnd.nextInt(safe.length)]).append("  \n");
                        if (rnd.nextBoolean()) sb.append('\n');
                        sb.append(pad).append("  list:\n");
                        String itemPad = rnd.nextBoolean() ? "  " : "    ";
                        for (int k = 0, items = 1 + rnd.nextInt(3); k < items; k++) {
                            sb.append(pad).append(itemPad).append("- ")
                                    .append(safe[rnd.nextInt(safe.length)]).append('\n');
                        }
                    }
                }
            }
            String text = sb.toString();
            if (rnd.nextInt(3) == 0) {
                char[] c = text.toCharArray();
                c[rnd.nextInt(c.length)] = mutations.charAt(rnd.nextInt(mutations.length()));
                text = new String(c);
            }
            int delivered = check(text);
            if (delivered < 0) whole++;
            else if (delivered > 0) partly++;
        }
        assertThat(whole).isGreaterThan(1000);
        assertThat(partly).isGreaterThan(100);
    }
}
