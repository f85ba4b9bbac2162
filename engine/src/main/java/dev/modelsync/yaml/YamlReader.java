package dev.modelsync.yaml;

import dev.modelsync.problem.Pos;
import dev.modelsync.problem.Problems;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Collections;

/**
 * Safe YAML loading: SnakeYAML's composer only (no object construction), no tags at all,
 * at most {@value #MAX_ALIASES} aliases to collections, at most {@value #MAX_CODE_POINTS}
 * characters ({@value #MAX_FILE_BYTES} bytes, checked before reading), lines and single values
 * of at most {@value #MAX_LINE} characters, nesting at most {@value #MAX_DEPTH} deep, duplicate
 * keys reported. Merge keys ({@code <<: *defaults}) are applied.
 */
public final class YamlReader {
    static final int MAX_ALIASES = 50;
    public static final int MAX_CODE_POINTS = 10 * 1024 * 1024;
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    static final int MAX_DEPTH = 50;
    /** The longest line and the longest single value (scalar), in characters. */
    static final int MAX_LINE = 64 * 1024;

    private final String file;
    private final Problems problems;
    private final Map<Node, YNode> converted = new IdentityHashMap<>();
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

    private YamlReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /**
     * The document's root node, empty for an empty document or when the YAML itself is broken
     * (the reason is then in {@code problems}).
     */
    public static Optional<YNode> read(String file, String content, Problems problems) {
        return new YamlReader(file, problems).read(content);
    }

    private Optional<YNode> read(String content) {
        if (content.length() > MAX_CODE_POINTS) {
            problems.add(new Pos(file, 1, 1), "file is too large: more than " + MAX_CODE_POINTS + " characters");
            return Optional.empty();
        }
        int lineStart = 0;
        for (int i = 0, line = 1; i <= content.length(); i++) {
            if (i == content.length() || content.charAt(i) == '\n') {
                if (i - lineStart > MAX_LINE) {
                    problems.add(new Pos(file, line, 1), "line " + line + " is longer than " + MAX_LINE
                            + " characters; split it (a model file's values are short)");
                    return Optional.empty();
                }
                lineStart = i + 1;
                line++;
            }
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setTagInspector(tag -> false);
        TagCheckingParser parser = new TagCheckingParser(new ParserImpl(new StreamReader(content), options));
        Node root;
        try {
            root = new Composer(parser, new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            if (parser.tagged) return Optional.empty(); // SnakeYAML's own global-tag check; already reported
            Mark mark = YamlSyntax.mark(e);
            problems.add(mark == null ? parser.lastPos() : pos(mark), "invalid YAML: " + YamlSyntax.explain(e, content));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(parser.lastPos(), "invalid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (parser.tagged || root == null) return Optional.empty();
        int before = problems.size();
        YNode node = convert(root);
        return problems.size() > before && node == null ? Optional.empty() : Optional.ofNullable(node);
    }

    private Pos pos(Mark mark) {
        return new Pos(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private YNode convert(Node node) {
        YNode done = converted.get(node);
        if (done != null) return done;
        if (!inProgress.add(node)) {
            problems.add(pos(node.getStartMark()), "a YAML alias may not refer to a node that contains it");
            return new YNode.Scalar("", YNode.Scalar.Kind.NULL, true, pos(node.getStartMark()));
        }
        YNode result;
        if (node instanceof ScalarNode s) {
            if (s.getValue().length() > MAX_LINE) {
                problems.add(pos(s.getStartMark()), "this value is longer than " + MAX_LINE
                        + " characters; a model file's values are short");
            }
            result = new YNode.Scalar(s.getValue(), YNode.Scalar.kind(s.getTag()), s.isPlain(), pos(s.getStartMark()));
        } else if (node instanceof SequenceNode s) {
            List<YNode> items = new ArrayList<>();
            for (Node item : s.getValue()) items.add(convert(item));
            result = new YNode.Seq(items, pos(s.getStartMark()));
        } else {
            result = convertMap((MappingNode) node);
        }
        inProgress.remove(node);
        converted.put(node, result);
        return result;
    }

    private YNode.Map convertMap(MappingNode node) {
        List<YNode.Entry> entries = new ArrayList<>();
        Map<String, YNode.Scalar> seen = new HashMap<>();
        List<YNode.Map> merged = new ArrayList<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode instanceof ScalarNode k && Tag.MERGE.equals(k.getTag())) {
                collectMerge(convert(tuple.getValueNode()), merged);
                continue;
            }
            YNode key = convert(keyNode);
            YNode value = convert(tuple.getValueNode());
            if (!(key instanceof YNode.Scalar k) || k.isNull()) {
                problems.add(key.pos(), "a key must be a plain name, found " + key.describe());
                continue;
            }
            YNode.Scalar first = seen.putIfAbsent(k.text(), k);
            if (first != null) {
                problems.add(k.pos(), "duplicate key '" + k.text() + "': already given at line " + first.pos().line()
                        + ", column " + first.pos().column());
                continue;
            }
            entries.add(new YNode.Entry(k, value));
        }
        for (YNode.Map m : merged) {
            for (YNode.Entry e : m.entries()) {
                if (seen.putIfAbsent(e.key().text(), e.key()) == null) entries.add(e);
            }
        }
        return new YNode.Map(entries, pos(node.getStartMark()));
    }

    private void collectMerge(YNode value, List<YNode.Map> into) {
        if (value instanceof YNode.Map m) {
            into.add(m);
        } else if (value instanceof YNode.Seq s && s.items().stream().allMatch(i -> i instanceof YNode.Map)) {
            s.items().forEach(i -> into.add((YNode.Map) i));
        } else {
            problems.add(value.pos(), "a merge key '<<' needs a mapping or a list of mappings, found " + value.describe());
        }
    }

    /** Reports every explicit tag ({@code !!java.lang.Runtime}, {@code !<tag:...>}, {@code !local}). */
    private final class TagCheckingParser implements Parser {
        private final Parser delegate;
        private Mark last;
        boolean tagged;

        TagCheckingParser(Parser delegate) {
            this.delegate = delegate;
        }

        Pos lastPos() {
            return last == null ? new Pos(file, 1, 1) : pos(last);
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return delegate.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = delegate.getEvent();
            last = event.getStartMark();
            String tag = event instanceof ScalarEvent s ? s.getTag()
                    : event instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null && !tag.equals("!")) {
                tagged = true;
                problems.add(pos(event.getStartMark()), "YAML tags are not allowed (found '" + tag
                        + "'): model files hold plain maps, lists and values only");
            }
            return event;
        }
    }
}
