package dev.modelsync.yaml;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Says what is wrong with a file SnakeYAML cannot read, in words a person editing it understands
 * ("line 5 is indented one space less than line 4 above it") instead of the parser's own
 * ("expected &lt;block end&gt;, but found '&lt;block mapping start&gt;'"). Used for model and seed files.
 * When no hint fits, SnakeYAML's problem is passed on as it is.
 */
public final class YamlSyntax {
    private YamlSyntax() {
    }

    /**
     * What is wrong, for the position of {@link #mark(MarkedYAMLException)}.
     *
     * @param text the file's text, for the hint; null when it cannot be had (then SnakeYAML's words)
     */
    public static String explain(MarkedYAMLException e, String text) {
        String problem = e.getProblem() != null ? e.getProblem() : String.valueOf(e.getMessage());
        Mark at = mark(e);
        if (text != null && at != null) {
            Optional<String> hint = hint(problem, e.getContextMark(), e.getContext(), at, text.lines().toList());
            if (hint.isPresent()) return hint.get();
        }
        return problem + (e.getContext() == null ? "" : " (" + e.getContext() + ")");
    }

    /** Where the problem is: SnakeYAML's problem mark, else its context mark; null when it gave neither. */
    public static Mark mark(MarkedYAMLException e) {
        return e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    }

    private static Optional<String> hint(String problem, Mark context, String contextText, Mark at, List<String> lines) {
        int line = at.getLine(); // 0-based
        if (problem.contains("'\\t(TAB)'") || problem.contains("cannot start any token") && tabIndented(lines, line)) {
            return Optional.of("line " + (line + 1) + " is indented with a tab; YAML indents with spaces only");
        }
        if (contextText != null && context != null) {
            String opened = contextText.contains("flow sequence") ? "'['"
                    : contextText.contains("flow mapping") ? "'{'"
                    : contextText.contains("quoted scalar") ? "quote" : null;
            if (opened != null && (problem.startsWith("expected ',' or") || problem.contains("end of stream")
                    || problem.contains("document separator"))) {
                return Optional.of("the " + opened + " at line " + (context.getLine() + 1) + ", column "
                        + (context.getColumn() + 1) + " is never closed" + closer(opened));
            }
        }
        if (line >= lines.size()) return Optional.empty();
        int column = firstColumn(lines.get(line));
        if (column < 0) return Optional.empty();
        if (problem.startsWith("mapping values are not allowed")) {
            return moreIndented(lines, line, column);
        }
        if (problem.startsWith("expected <block end>")) {
            return lessIndented(lines, line, column);
        }
        return Optional.empty();
    }

    private static String closer(String opened) {
        return switch (opened) {
            case "'['" -> ": end the list with ']' on the same line, or write one item per line as '- item'";
            case "'{'" -> ": end the mapping with '}' on the same line, or write one key per line";
            default -> ": end the value with the same quote";
        };
    }

    /** A key at {@code line} starts deeper than the key of the line above, which already has its value. */
    private static Optional<String> moreIndented(List<String> lines, int line, int column) {
        int above = previousContent(lines, line);
        if (above < 0) return Optional.empty();
        int key = keyColumn(lines.get(above));
        if (column <= key) return Optional.empty();
        return Optional.of("line " + (line + 1) + " is indented " + spaces(column - key) + " more than line "
                + (above + 1) + " above it; keys of one mapping start in the same column (" + key + " spaces in)");
    }

    /**
     * A key at {@code line} starts left of its siblings but right of their parent: find the lines
     * above it back to the parent and the column their keys use.
     */
    private static Optional<String> lessIndented(List<String> lines, int line, int column) {
        int sibling = -1;
        for (int i = previousContent(lines, line); i >= 0; i = previousContent(lines, i)) {
            String text = lines.get(i);
            int key = keyColumn(text);
            if (key == column) return Optional.empty(); // lines up with a key above: not an indentation slip
            if (key > column && (sibling < 0 || key < keyColumn(lines.get(sibling)))) sibling = i;
            if (firstColumn(text) < column) break; // the parent
        }
        if (sibling < 0) return Optional.empty();
        int key = keyColumn(lines.get(sibling));
        return Optional.of("line " + (line + 1) + " is indented " + spaces(key - column) + " less than line "
                + (sibling + 1) + " above it; keys of one mapping start in the same column (" + key + " spaces in)");
    }

    private static String spaces(int n) {
        String word = switch (n) {
            case 1 -> "one";
            case 2 -> "two";
            case 3 -> "three";
            case 4 -> "four";
            default -> String.format(Locale.ROOT, "%d", n);
        };
        return word + (n == 1 ? " space" : " spaces");
    }

    private static int previousContent(List<String> lines, int line) {
        for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
            int c = firstColumn(lines.get(i));
            if (c >= 0 && lines.get(i).charAt(c) != '#') return i;
        }
        return -1;
    }

    /** The column of the line's first character other than a space; -1 for a blank line. */
    private static int firstColumn(String line) {
        for (int i = 0; i < line.length(); i++) if (line.charAt(i) != ' ') return i;
        return -1;
    }

    /** The column where the line's key starts: after any "- " of list items. */
    private static int keyColumn(String line) {
        int i = firstColumn(line);
        while (i >= 0 && i + 1 < line.length() && line.charAt(i) == '-' && line.charAt(i + 1) == ' ') {
            i++;
            while (i < line.length() && line.charAt(i) == ' ') i++;
        }
        return i;
    }

    private static boolean tabIndented(List<String> lines, int line) {
        if (line >= lines.size()) return false;
        String text = lines.get(line);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') return true;
            if (c != ' ') return false;
        }
        return false;
    }
}
