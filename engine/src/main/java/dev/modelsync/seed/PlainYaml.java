package dev.modelsync.seed;

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

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A fast scanner for the plain shape most seed files have — block mappings and sequences,
 * one-line flow mappings, unquoted one-line scalars, printable ASCII, no comments — that
 * produces exactly the events SnakeYAML produces for such text (same values, styles and start
 * positions). It gives up at the first thing outside that shape ({@link #scan} returns how
 * many events it delivered); the caller then lets SnakeYAML read the whole text and skips
 * that many of its events. So any valid or invalid YAML still gets SnakeYAML's reading and
 * SnakeYAML's errors: this class only ever delivers a prefix of SnakeYAML's own events. To
 * keep it a prefix, events are held back until the next block sequence item starts (SnakeYAML
 * has produced everything before an item's "-" by then, reading nothing beyond it), and the
 * events of the item it gives up in are dropped.
 */
final class PlainYaml {
    private static final ImplicitTuple PLAIN = new ImplicitTuple(true, false);
    private static final int[] NO_BUFFER = new int[0];
    /** SnakeYAML refuses simple keys longer than this; such text is left to it. */
    private static final int MAX_KEY = 1000;

    private final String s;
    private final int n;
    private final Consumer<Event> sink;
    private int pos;
    private int line;
    private int lineStart;
    /** Events not yet delivered: those of the block sequence item being read. */
    private final List<Event> pending = new ArrayList<>();
    private int delivered;

    private PlainYaml(String text, Consumer<Event> sink) {
        this.s = text;
        this.n = text.length();
        this.sink = sink;
    }

    /** Feeds {@code text}'s events to {@code sink}; returns -1 when all were delivered, else how many were. */
    static int scan(String text, Consumer<Event> sink) {
        PlainYaml p = new PlainYaml(text, sink);
        try {
            if (!plainCharacters(text)) return 0;
            p.document();
            p.deliver();
            return -1;
        } catch (GiveUp e) {
            return p.delivered;
        }
    }

    /** Printable ASCII and newlines only, none of the characters that start quoting, comments, tags, anchors... */
    private static boolean plainCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                if (s.startsWith("---", i + 1) || s.startsWith("...", i + 1)) return false;
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
        return !s.startsWith("---") && !s.startsWith("...");
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
            } else if (s.charAt(pos) == '{') {
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
    }

    /** A block sequence whose first "- " is at the current position, column {@code indent}. */
    private void blockSequence(int indent, boolean indentless) {
        emit(new SequenceStartEvent(null, null, true, mark(), mark(), DumperOptions.FlowStyle.BLOCK));
        while (true) {
            deliver(); // SnakeYAML has produced everything before an item's "-" without reading beyond it
            pos++; // the dash
            skipSpaces();
            if (atLineEnd()) throw GiveUp.INSTANCE; // the item starts on the next line
            int c = column();
            if (s.charAt(pos) == '{') {
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
            char c = s.charAt(i);
            if (c == '\n' || c == ',' || c == '{' || c == '}') break;
            if (c == ':') {
                char next = i + 1 < n ? s.charAt(i + 1) : '\n';
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
        int end = s.indexOf('\n', pos);
        if (end < 0) end = n;
        for (int i = pos; i < end; i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '}' || (c == ':' && (i + 1 == end || s.charAt(i + 1) == ' '))) throw GiveUp.INSTANCE;
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
            char c = s.charAt(i);
            if (c == '\n') return false;
            if (c == ':' && (i + 1 == n || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\n')) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ flow mappings (one line)

    private void flowMapping() {
        emit(new MappingStartEvent(null, null, true, mark(), mark(), DumperOptions.FlowStyle.FLOW));
        pos++; // {
        skipSpaces();
        if (pos < n && s.charAt(pos) == '}') {
            pos++;
            emit(new MappingEndEvent(mark(), mark()));
            return;
        }
        while (true) {
            key(true);
            skipSpaces();
            if (pos < n && s.charAt(pos) == '{') flowMapping();
            else flowScalar();
            skipSpaces();
            if (pos >= n) throw GiveUp.INSTANCE;
            char c = s.charAt(pos);
            if (c == '}') {
                pos++;
                emit(new MappingEndEvent(mark(), mark()));
                return;
            }
            if (c != ',') throw GiveUp.INSTANCE;
            pos++;
            skipSpaces();
            if (pos >= n || s.charAt(pos) == '}') throw GiveUp.INSTANCE; // a trailing comma
        }
    }

    private void flowScalar() {
        int start = pos;
        checkStart();
        int end = pos;
        while (end < n) {
            char c = s.charAt(end);
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
        switch (s.charAt(pos)) {
            case '-', ':', ',', '{', '}', '@', ' ', '\n' -> throw GiveUp.INSTANCE;
            default -> {
            }
        }
    }

    private int trimEnd(int start, int end) {
        while (end > start && s.charAt(end - 1) == ' ') end--;
        return end;
    }

    private void emitScalar(int start, int end) {
        Mark m = new Mark("", start, line, start - lineStart, NO_BUFFER, 0);
        emit(new ScalarEvent(null, null, PLAIN, s.substring(start, end), m, m, DumperOptions.ScalarStyle.PLAIN));
    }

    private void emit(Event e) {
        pending.add(e);
    }

    private void deliver() {
        for (Event e : pending) sink.accept(e);
        delivered += pending.size();
        pending.clear();
    }

    private Mark mark() {
        return new Mark("", pos, line, pos - lineStart, NO_BUFFER, 0);
    }

    private int column() {
        return pos - lineStart;
    }

    private boolean dash() {
        return pos < n && s.charAt(pos) == '-' && (pos + 1 == n || s.charAt(pos + 1) == ' ' || s.charAt(pos + 1) == '\n');
    }

    private void skipSpaces() {
        while (pos < n && s.charAt(pos) == ' ') pos++;
    }

    private boolean atLineEnd() {
        return pos >= n || s.charAt(pos) == '\n';
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
            while (i < n && s.charAt(i) == ' ') i++;
            if (i < n && s.charAt(i) == '\n') {
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
