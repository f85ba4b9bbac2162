package dev.modelsync.seed.read;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A fast scanner for the plain shape most seed files have — block mappings and sequences,
 * one-line flow mappings, unquoted one-line scalars, printable ASCII, no comments — that
 * produces exactly the events SnakeYAML produces for such text (same values, styles and start
 * positions; marks that point into the text as SnakeYAML's do, so that a mark shows its line). It gives up at the first thing outside that shape ({@link #scan} returns how
 * many events it delivered); the caller then lets SnakeYAML read the whole text and skips
 * that many of its events. So any valid or invalid YAML still gets SnakeYAML's reading and
 * SnakeYAML's errors: this class only ever delivers a prefix of SnakeYAML's own events. To
 * keep it a prefix, events are held back until the next block sequence item starts (SnakeYAML
 * has produced everything before an item's "-" by then, reading nothing beyond it), and the
 * events of the item it gives up in are dropped.
 */
final class PlainYaml {
    private static final ImplicitTuple PLAIN = new ImplicitTuple(true, false);
    /** The name SnakeYAML's marks give text read from a {@code Reader}, as the reader reads seed files. */
    private static final String NAME = "'reader'";
    /** SnakeYAML refuses simple keys longer than this; such text is left to it. */
    private static final int MAX_KEY = 1000;

    private final byte[] s;
    private final int n;
    /**
     * The text's code points, the buffer every mark of this file points into (as SnakeYAML's marks
     * point into its reader's window), so that a mark shows its line: built once, after the text is
     * known to be ASCII, where code point i is byte i.
     */
    private int[] codePoints;
    private final Consumer<Event> sink;
    private int pos;
    private int line;
    private int lineStart;
    /** Events not yet delivered: those of the block sequence item being read. */
    private final List<Event> pending = new ArrayList<>();
    private int delivered;
    /** Block collections open; past {@link SeedReader#MAX_DEPTH} SnakeYAML reads the rest and the reader refuses it. */
    private int depth;

    private PlainYaml(byte[] text, Consumer<Event> sink) {
        this.s = text;
        this.n = text.length;
        this.sink = sink;
    }

    /**
     * Feeds the events of {@code text} (UTF-8; this class reads only ASCII) to {@code sink};
     * returns -1 when all were delivered, else how many were.
     */
    static int scan(byte[] text, Consumer<Event> sink) {
        PlainYaml p = new PlainYaml(text, sink);
        try {
            if (!plainCharacters(text)) return 0;
            p.codePoints = codePoints(text);
            p.document();
            p.deliver();
            return -1;
        } catch (GiveUp e) {
            return p.delivered;
        }
    }

    /** Printable ASCII and newlines only, none of the characters that start quoting, comments, tags, anchors... */
    private static boolean plainCharacters(byte[] s) {
        for (int i = 0; i < s.length; i++) {
            int c = s[i]; // bytes of non-ASCII characters are negative
            if (c == '\n') {
                if (marker(s, i + 1)) return false;
                continue;
            }
            if (c < 0x20 || c > 0x7e) return false;
            switch (c) {
                case '#', '\'', '"', '&', '*', '!', '|', '>', '%', '?', '[', ']', '`' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return !marker(s, 0);
    }

    private static int[] codePoints(byte[] ascii) {
        int[] out = new int[ascii.length];
        for (int i = 0; i < out.length; i++) out[i] = ascii[i];
        return out;
    }

    /** "---" or "..." at {@code i}: a document marker when at a line start. */
    private static boolean marker(byte[] s, int i) {
        if (i + 3 > s.length) return false;
        byte c = s[i];
        return (c == '-' || c == '.') && s[i + 1] == c && s[i + 2] == c;
    }

    private void document() {
        Mark start = mark();
        emit(new StreamStartEvent(start, start));
        skipBlankLines();
        if (pos >= n || column() != 0) throw GiveUp.INSTANCE;
        Mark doc = mark();
        emit(new DocumentStartEvent(doc, doc, false, null, null));
        blockMapping(0);
        if (pos < n) throw GiveUp.INSTANCE;
        Mark end = mark();
        emit(new DocumentEndEvent(end, end, false));
        emit(new StreamEndEvent(end, end));
    }

    // ------------------------------------------------------------------ block nodes

    /** A block mapping whose first key is at the current position, column {@code indent}. */
    private void blockMapping(int indent) {
        if (++depth > SeedReader.MAX_DEPTH) throw GiveUp.INSTANCE;
        emit(new MappingStartEvent(null, null, true, mark(), mark(), DumperOptions.FlowStyle.BLOCK));
        while (true) {
            key(false);
            // after "key:"
            skipSpaces();
            if (atLineEnd()) {
                nextLine();
                skipBlankLines();
                int k = pos < n ? column() : -1;
                if (k > indent) {
                    if (dash()) blockSequence(k, false);
                    else blockMapping(k);
                } else if (k == indent && dash()) {
                    blockSequence(k, true);
                } else {
                    throw GiveUp.INSTANCE; // an empty value
                }
            } else if (at(pos) == '{') {
                flowMapping();
                endOfLine();
            } else {
                blockScalar(indent);
            }
            if (pos >= n) break;
            int k = column();
            if (k < indent) break;
            if (k > indent || dash()) throw GiveUp.INSTANCE;
        }
        emit(new MappingEndEvent(mark(), mark()));
        depth--;
    }

    /** A block sequence whose first "- " is at the current position, column {@code indent}. */
    private void blockSequence(int indent, boolean indentless) {
        if (++depth > SeedReader.MAX_DEPTH) throw GiveUp.INSTANCE;
        emit(new SequenceStartEvent(null, null, true, mark(), mark(), DumperOptions.FlowStyle.BLOCK));
        while (true) {
            deliver(); // SnakeYAML has produced everything before an item's "-" without reading beyond it
            pos++; // the dash
            skipSpaces();
            if (atLineEnd()) throw GiveUp.INSTANCE; // the item starts on the next line
            int c = column();
            if (at(pos) == '{') {
                flowMapping();
                endOfLine();
            } else if (lineHasKey()) {
                blockMapping(c);
            } else {
                blockScalar(indent);
            }
            if (pos >= n) break;
            int k = column();
            if (k < indent) break;
            if (k > indent) throw GiveUp.INSTANCE;
            if (!dash()) {
                if (indentless) break;
                throw GiveUp.INSTANCE;
            }
        }
        emit(new SequenceEndEvent(mark(), mark()));
        depth--;
    }

    /**
     * "key:" at the current position, in block or flow context; leaves the position after the
     * colon. A colon ends the key when a space follows (in block context also a line end); in
     * flow context any other colon is left to SnakeYAML.
     */
    private void key(boolean flow) {
        int start = pos;
        checkStart();
        int end = -1;
        for (int i = pos; i < n; i++) {
            char c = at(i);
            if (c == '\n' || c == ',' || c == '{' || c == '}') break;
            if (c == ':') {
                char next = i + 1 < n ? at(i + 1) : '\n';
                if (next == ' ' || (!flow && next == '\n')) {
                    end = i;
                    break;
                }
                if (flow) break;
            }
        }
        if (end < 0 || end - start > MAX_KEY) throw GiveUp.INSTANCE;
        emitScalar(start, trimEnd(start, end));
        pos = end + 1;
    }

    /**
     * A one-line plain scalar in block context ending the line; the next line must not continue
     * it (be indented deeper than {@code parentIndent}).
     */
    private void blockScalar(int parentIndent) {
        int start = pos;
        checkStart();
        int end = pos;
        while (end < n && s[end] != '\n') end++;
        for (int i = pos; i < end; i++) {
            char c = at(i);
            if (c == '{' || c == '}' || (c == ':' && (i + 1 == end || at(i + 1) == ' '))) throw GiveUp.INSTANCE;
        }
        int textEnd = trimEnd(start, end);
        int after = pos = end;
        int afterLine = line;
        int afterLineStart = lineStart;
        nextLine();
        skipBlankLines();
        if (pos < n && column() > parentIndent) throw GiveUp.INSTANCE; // continued on the next line
        int resume = pos;
        int resumeLine = line;
        int resumeLineStart = lineStart;
        pos = after;
        line = afterLine;
        lineStart = afterLineStart;
        emitScalar(start, textEnd);
        pos = resume;
        line = resumeLine;
        lineStart = resumeLineStart;
    }

    /** Does the rest of this line hold "key: ..." (a mapping starting on a sequence item's line)? */
    private boolean lineHasKey() {
        for (int i = pos; i < n; i++) {
            char c = at(i);
            if (c == '\n') return false;
            if (c == ':' && (i + 1 == n || at(i + 1) == ' ' || at(i + 1) == '\n')) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ flow mappings (one line)

    private void flowMapping() {
        emit(new MappingStartEvent(null, null, true, mark(), mark(), DumperOptions.FlowStyle.FLOW));
        pos++; // {
        skipSpaces();
        if (pos < n && at(pos) == '}') {
            pos++;
            emit(new MappingEndEvent(mark(), mark()));
            return;
        }
        while (true) {
            key(true);
            skipSpaces();
            if (pos < n && at(pos) == '{') flowMapping();
            else flowScalar();
            skipSpaces();
            if (pos >= n) throw GiveUp.INSTANCE;
            char c = at(pos);
            if (c == '}') {
                pos++;
                emit(new MappingEndEvent(mark(), mark()));
                return;
            }
            if (c != ',') throw GiveUp.INSTANCE;
            pos++;
            skipSpaces();
            if (pos >= n || at(pos) == '}') throw GiveUp.INSTANCE; // a trailing comma
        }
    }

    private void flowScalar() {
        int start = pos;
        checkStart();
        int end = pos;
        while (end < n) {
            char c = at(end);
            if (c == ',' || c == '}') break;
            if (c == '\n' || c == ':' || c == '{') throw GiveUp.INSTANCE;
            end++;
        }
        int textEnd = trimEnd(start, end);
        if (textEnd == start) throw GiveUp.INSTANCE;
        emitScalar(start, textEnd);
        pos = end;
    }

    // ------------------------------------------------------------------ helpers

    /** A plain scalar may not start with an indicator (or be empty here). */
    private void checkStart() {
        if (pos >= n) throw GiveUp.INSTANCE;
        switch (at(pos)) {
            case '-', ':', ',', '{', '}', '@', ' ', '\n' -> throw GiveUp.INSTANCE;
            default -> {
            }
        }
    }

    private int trimEnd(int start, int end) {
        while (end > start && at(end - 1) == ' ') end--;
        return end;
    }

    private void emitScalar(int start, int end) {
        emit(new ScalarEvent(null, null, PLAIN, new String(s, start, end - start, StandardCharsets.ISO_8859_1),
                mark(start), mark(end), DumperOptions.ScalarStyle.PLAIN));
    }

    private void emit(Event e) {
        pending.add(e);
    }

    private void deliver() {
        for (Event e : pending) sink.accept(e);
        delivered += pending.size();
        pending.clear();
    }

    private char at(int i) {
        return (char) s[i];
    }

    private Mark mark() {
        return mark(pos);
    }

    /** A mark at {@code i} on the current line: index and pointer both {@code i}, the buffer the whole text. */
    private Mark mark(int i) {
        return new Mark(NAME, i, line, i - lineStart, codePoints, i);
    }

    private int column() {
        return pos - lineStart;
    }

    private boolean dash() {
        return pos < n && at(pos) == '-' && (pos + 1 == n || at(pos + 1) == ' ' || at(pos + 1) == '\n');
    }

    private void skipSpaces() {
        while (pos < n && at(pos) == ' ') pos++;
    }

    private boolean atLineEnd() {
        return pos >= n || at(pos) == '\n';
    }

    /** Only spaces may follow on this line; moves to the start of the next non-blank line. */
    private void endOfLine() {
        skipSpaces();
        if (!atLineEnd()) throw GiveUp.INSTANCE;
        nextLine();
        skipBlankLines();
    }

    /** From a line end (or the end of the text) to the start of the next line. */
    private void nextLine() {
        if (pos < n) {
            pos++;
            line++;
            lineStart = pos;
        }
    }

    /** At a line start: past lines holding only spaces, to the first non-space of the next content line. */
    private void skipBlankLines() {
        while (true) {
            int i = pos;
            while (i < n && at(i) == ' ') i++;
            if (i < n && at(i) == '\n') {
                pos = i + 1;
                line++;
                lineStart = pos;
            } else {
                pos = i;
                return;
            }
        }
    }

    private static final class GiveUp extends RuntimeException {
        static final GiveUp INSTANCE = new GiveUp();

        GiveUp() {
            super(null, null, false, false);
        }
    }
}
