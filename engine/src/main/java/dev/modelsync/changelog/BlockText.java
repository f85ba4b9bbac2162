package dev.modelsync.changelog;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a tree of maps, lists and scalars as block YAML without SnakeYAML's representer, serializer
 * and emitter, which cost most of a large generation's writing time. Its contract: SnakeYAML reads
 * the text back as the same tree (checked by tests over random trees and strings). It keeps
 * {@link ChangelogYaml#dump}'s layout (two-space indents, indented sequence indicators, no line
 * splitting, literal blocks for multi-line strings), so a changelog looks the same whichever of the
 * two wrote it. It covers what changelogs hold: plain scalars, simple literal blocks, integers and
 * booleans; the few one-line strings it cannot vouch are plain are rendered by SnakeYAML one by one.
 * Anything else (a literal needing an indentation or keep indicator, a null, a list in a list ...)
 * makes {@link #render} return empty, and the caller uses SnakeYAML for the whole tree.
 */
final class BlockText {
    private static final Resolver RESOLVER = new Resolver();
    private static final int INDENT = 2;
    private static final Map<String, String> QUOTED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Thrown inside the renderer when the tree holds something it does not cover. */
    private static final class NotCovered extends RuntimeException {
        NotCovered() {
            super(null, null, false, false);
        }
    }

    private final StringBuilder out = new StringBuilder(4096);

    private BlockText() {
    }

    static Optional<String> render(Object data) {
        if (!(data instanceof Map<?, ?> map) || map.isEmpty()) return Optional.empty();
        BlockText w = new BlockText();
        try {
            w.map(map, 0, false);
        } catch (NotCovered e) {
            return Optional.empty();
        }
        w.out.append('\n');
        return Optional.of(w.out.toString());
    }

    /** A block mapping whose keys start at column {@code indent}; {@code inline}: the first key follows a "- ". */
    private void map(Map<?, ?> map, int indent, boolean inline) {
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first || !inline) newLine(indent);
            first = false;
            if (!(e.getKey() instanceof String key) || key.length() >= 128 || !plain(key)) throw new NotCovered();
            out.append(key).append(':');
            value(e.getValue(), indent);
        }
    }

    /** The value of a mapping entry whose key is at column {@code indent}. */
    private void value(Object v, int indent) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) out.append(" {}");
            else map(m, indent + INDENT, false);
        } else if (v instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append(" []");
                return;
            }
            for (Object item : list) {
                newLine(indent + INDENT);
                out.append("- ");
                if (item instanceof Map<?, ?> m && !m.isEmpty()) map(m, indent + 2 * INDENT, true);
                else if (item instanceof Map<?, ?> || item instanceof List<?>) throw new NotCovered();
                else scalar(item, -1);
            }
        } else {
            out.append(' ');
            scalar(v, indent + INDENT);
        }
    }

    /** A scalar; {@code literalIndent}: the column of a literal block's lines, -1 where none is covered. */
    private void scalar(Object v, int literalIndent) {
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            out.append(v);
        } else if (v instanceof String s && plain(s)) {
            out.append(s);
        } else if (v instanceof String s && s.indexOf('\n') < 0) {
            out.append(snakeScalar(s));
        } else if (v instanceof String s && literalIndent >= 0 && literal(s)) {
            out.append(s.endsWith("\n") ? "|" : "|-");
            int start = 0;
            while (start < s.length()) {
                int end = s.indexOf('\n', start);
                if (end < 0) end = s.length();
                out.append('\n');
                if (end > start) out.append(" ".repeat(literalIndent)).append(s, start, end);
                start = end + 1;
            }
        } else {
            throw new NotCovered();
        }
    }

    private void newLine(int indent) {
        if (out.length() > 0) out.append('\n');
        for (int i = 0; i < indent; i++) out.append(' ');
    }

    /**
     * A string SnakeYAML writes plain: printable ASCII, starting with a letter, digit, '_', '$' or
     * '(', no surrounding spaces, no ": ", " #" or final ':', a letter somewhere when it starts with
     * a digit, and read back as a string (not as a number, boolean, null, date ...).
     */
    static boolean plain(String s) {
        int n = s.length();
        if (n == 0) return false;
        char c0 = s.charAt(0);
        if (!(Character.isLetterOrDigit(c0) && c0 < 128 || c0 == '_' || c0 == '$' || c0 == '(')) return false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) return false;
            if (c == ':' && (i == n - 1 || s.charAt(i + 1) == ' ')) return false;
            if (c == '#' && s.charAt(i - 1) == ' ') return false;
        }
        if (s.charAt(n - 1) == ' ') return false;
        // SnakeYAML quotes number-like strings its resolver reads as strings ("08", "1_"): digits need a letter
        if (Character.isDigit(c0) && s.chars().noneMatch(c -> c < 128 && Character.isLetter(c))) return false;
        return RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.STR);
    }

    /**
     * A one-line string {@link #plain} does not vouch for (few: "0", "-1", quotes ...), as SnakeYAML
     * writes it: quoted, or plain after all; remembered, since the same few values recur.
     */
    private static String snakeScalar(String s) {
        String known = QUOTED.get(s);
        if (known != null) return known;
        String line = ChangelogYaml.dump(Map.of("k", s));
        if (!line.startsWith("k: ") || line.indexOf('\n') != line.length() - 1) throw new NotCovered();
        String scalar = line.substring(3, line.length() - 1);
        if (QUOTED.size() < 10_000) QUOTED.put(s, scalar);
        return scalar;
    }

    /**
     * A multi-line string SnakeYAML writes as a literal block without indentation or keep indicator:
     * printable ASCII lines, not starting with a space or a line break, no space before a line break
     * or at the end, at most one final line break.
     */
    static boolean literal(String s) {
        int n = s.length();
        if (n < 2 || s.indexOf('\n') < 0) return false;
        if (s.charAt(0) == ' ' || s.charAt(0) == '\n' || s.charAt(n - 1) == ' ') return false;
        if (s.endsWith("\n\n")) return false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                if (s.charAt(i - 1) == ' ') return false;
            } else if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
