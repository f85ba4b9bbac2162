package dev.modelsync.seed.read;

import dev.modelsync.problem.Pos;
import dev.modelsync.seed.SeedProblems;
import dev.modelsync.yaml.YNode;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Streams one seed file through SnakeYAML's event API (no objects are constructed, so no
 * global tags can run code) and hands each row to a {@link Handler} as a small {@link YNode}
 * tree. Explicit tags and aliases are refused; duplicate keys are errors.
 */
public final class SeedReader {
    /** Receives the rows of a file in order. */
    interface Handler {
        /** A top-level key; returns false to skip its rows (an error was reported). */
        boolean model(String name, Pos pos);

        void row(String model, YNode row);
    }

    /** Limits of one seed file (docs/seeding.md, "Limits"): bytes, line bytes, characters of one value, nesting. */
    static final long MAX_FILE_BYTES = 256L << 20;
    static final int MAX_LINE_BYTES = 1 << 20;
    static final int MAX_SCALAR = 1 << 20;
    static final int MAX_DEPTH = 100;

    /** A file refused before or while parsing (not UTF-8, too large, a line too long), at a line and column. */
    static final class Refused extends RuntimeException {
        final int line;
        final int column;

        Refused(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    /** The file's name in positions. */
    private final String fileName;
    private final SeedProblems problems;
    private Iterator<Event> events;
    private Event peeked;
    private int depth;

    /** The file's text, read again only to explain a YAML syntax error; null when unknown. */
    private final java.util.function.Supplier<String> text;

    public SeedReader(int file, SeedProblems problems) {
        this(file, problems, () -> null);
    }

    public SeedReader(int file, SeedProblems problems, java.util.function.Supplier<String> text) {
        this.fileName = problems.sources().name(file);
        this.problems = problems;
        this.text = text;
    }

    public static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) MAX_FILE_BYTES); // bytes >= characters; the size is checked first
        options.setNestingDepthLimit(MAX_DEPTH); // the event API does not count it: node() does
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(false); // likewise checked by node()
        options.setProcessComments(false);
        options.setTagInspector(tag -> false);
        return new Yaml(options);
    }

    /** Reads a file from its events (e.g. scanned ahead by {@link ReadAhead}); scanner failures surface here. */
    public void read(Iterator<Event> source, Handler handler) {
        try {
            events = source;
            expect(Event.ID.StreamStart);
            while (peek().is(Event.ID.DocumentStart)) {
                next();
                document(handler);
                expect(Event.ID.DocumentEnd);
            }
            expect(Event.ID.StreamEnd);
        } catch (MarkedYAMLException e) {
            Mark m = dev.modelsync.yaml.YamlSyntax.mark(e);
            problems.add(m == null ? new Pos(fileName, 1, 1) : pos(m),
                    "not valid YAML: " + dev.modelsync.yaml.YamlSyntax.explain(e, text.get()));
        } catch (YAMLException e) {
            problems.add(new Pos(fileName, 1, 1), "cannot read YAML: " + e.getMessage());
        } catch (Refused e) {
            problems.add(new Pos(fileName, e.line, e.column), e.getMessage());
        } catch (Stop e) {
            // reported already
        }
    }

    private void document(Handler handler) {
        Event e = peek();
        if (e instanceof ScalarEvent s && s.isPlain() && (s.getValue().isEmpty() || "~".equals(s.getValue())
                || "null".equals(s.getValue()))) {
            next();
            return; // an empty document
        }
        if (!(e instanceof MappingStartEvent)) {
            fail(pos(e.getStartMark()), "a seed file holds a mapping of model names to lists of rows, e.g."
                    + " 'User:\\n  - { name: Alice }'; found " + kind(e));
        }
        checkNode((NodeEvent) next());
        Set<String> seen = new HashSet<>();
        while (!peek().is(Event.ID.MappingEnd)) {
            YNode keyNode = node();
            if (!(keyNode instanceof YNode.Scalar key)) {
                problems.add(keyNode.pos(), "a model name must be a plain name, not " + keyNode.describe());
                skip();
                continue;
            }
            if (!seen.add(key.text())) {
                problems.add(key.pos(), "model '" + key.text() + "' appears twice in this file; put all its rows"
                        + " in one list");
            }
            boolean wanted = handler.model(key.text(), key.pos());
            Event v = peek();
            if (v instanceof SequenceStartEvent) {
                checkNode((NodeEvent) next());
                while (!peek().is(Event.ID.SequenceEnd)) {
                    if (wanted) {
                        handler.row(key.text(), node());
                    } else {
                        skip();
                    }
                }
                next();
            } else {
                YNode value = node();
                boolean empty = value instanceof YNode.Scalar s && s.isNull();
                if (!empty && wanted) {
                    problems.add(value.pos(), "the rows of " + key.text() + " must be a list ('- ...' entries),"
                            + " not " + value.describe());
                }
            }
        }
        next();
    }

    /** Composes the next node and everything under it. */
    YNode node() {
        Event e = next();
        if (e instanceof AliasEvent a) {
            fail(pos(a.getStartMark()), "aliases (*" + a.getAnchor() + ") are not supported in seed files;"
                    + " write the value out");
        }
        checkNode((NodeEvent) e);
        Pos pos = pos(e.getStartMark());
        if (e instanceof ScalarEvent s) {
            if (s.getValue().length() > MAX_SCALAR) {
                fail(pos, "this value is longer than " + MAX_SCALAR + " characters, the most one seed value may hold");
            }
            return YNode.Scalar.of(s.getValue(), s.isPlain(), pos);
        }
        if (++depth > MAX_DEPTH) {
            fail(pos, "nested more than " + MAX_DEPTH + " levels deep; seed rows nest a few levels");
        }
        try {
            return collection(e, pos);
        } finally {
            depth--;
        }
    }

    private YNode collection(Event e, Pos pos) {
        if (e instanceof SequenceStartEvent) {
            List<YNode> items = new ArrayList<>();
            while (!peek().is(Event.ID.SequenceEnd)) items.add(node());
            next();
            return new YNode.Seq(items, pos);
        }
        if (e instanceof MappingStartEvent) {
            List<YNode.Entry> entries = new ArrayList<>(4);
            Set<String> seen = null; // for large mappings; small ones are checked by a scan of the keys
            while (!peek().is(Event.ID.MappingEnd)) {
                YNode k = node();
                YNode v = node();
                if (!(k instanceof YNode.Scalar key)) {
                    problems.add(k.pos(), "keys must be plain names, not " + k.describe());
                    continue;
                }
                boolean duplicate;
                if (seen != null) {
                    duplicate = !seen.add(key.text());
                } else {
                    duplicate = false;
                    for (YNode.Entry earlier : entries) {
                        if (earlier.key().text().equals(key.text())) {
                            duplicate = true;
                            break;
                        }
                    }
                    if (!duplicate && entries.size() >= 16) {
                        seen = new HashSet<>();
                        for (YNode.Entry earlier : entries) seen.add(earlier.key().text());
                        seen.add(key.text());
                    }
                }
                if (duplicate) {
                    problems.add(key.pos(), "duplicate key '" + key.text() + "'");
                    continue;
                }
                entries.add(new YNode.Entry(key, v));
            }
            next();
            return new YNode.Map(entries, pos);
        }
        throw new IllegalStateException("unexpected YAML event " + e);
    }

    private void skip() {
        Event e = next();
        if (e instanceof CollectionStartEvent) {
            int depth = 1;
            while (depth > 0) {
                Event n = next();
                if (n instanceof CollectionStartEvent) depth++;
                else if (n.is(Event.ID.SequenceEnd) || n.is(Event.ID.MappingEnd)) depth--;
            }
        }
    }

    private void checkNode(NodeEvent e) {
        String tag = e instanceof ScalarEvent s ? (s.getImplicit().canOmitTagInPlainScalar()
                || s.getImplicit().canOmitTagInNonPlainScalar() ? null : s.getTag())
                : e instanceof CollectionStartEvent c && !c.getImplicit() ? c.getTag() : null;
        if (tag != null) {
            fail(pos(e.getStartMark()), "YAML tags (" + tag + ") are not allowed in seed files");
        }
    }

    private Event peek() {
        if (peeked == null) peeked = events.next();
        return peeked;
    }

    private Event next() {
        Event e = peek();
        peeked = null;
        return e;
    }

    private void expect(Event.ID id) {
        Event e = next();
        if (!e.is(id)) fail(pos(e.getStartMark()), "unexpected " + kind(e));
    }

    private Pos pos(Mark m) {
        return new Pos(fileName, m.getLine() + 1, m.getColumn() + 1);
    }

    private static String kind(Event e) {
        if (e instanceof ScalarEvent s) return "the value '" + s.getValue() + "'";
        if (e instanceof SequenceStartEvent) return "a list";
        if (e instanceof MappingStartEvent) return "a mapping";
        return e.getEventId().toString();
    }

    private void fail(Pos pos, String message) {
        problems.add(pos, message);
        throw new Stop();
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
