package dev.modelsync.yaml;

import dev.modelsync.problem.Pos;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.List;
import java.util.Optional;

/**
 * A YAML node as the model and seed readers see it: scalars keep their text, their YAML 1.1 type and
 * whether they were plain (unquoted); every node keeps its position. Model files are read whole into a
 * tree of these ({@link YamlReader}); seed files one row at a time.
 */
public sealed interface YNode permits YNode.Scalar, YNode.Map, YNode.Seq {
    Pos pos();

    /** What this node is, for messages: "'text'", "nothing (null)", "a mapping", "a list". */
    String describe();

    /**
     * A scalar. {@code kind} is the YAML 1.1 core resolution of a plain scalar (STR for quoted ones).
     */
    record Scalar(String text, Kind kind, boolean plain, Pos pos) implements YNode {
        private static final Resolver RESOLVER = new Resolver();

        public enum Kind { STR, INT, FLOAT, BOOL, NULL, OTHER }

        /** A scalar as written: a plain one gets YAML 1.1's implicit type, a quoted one is a text. */
        public static Scalar of(String text, boolean plain, Pos pos) {
            return new Scalar(text, plain && !word(text) ? kind(RESOLVER.resolve(NodeId.scalar, text, true)) : Kind.STR,
                    plain, pos);
        }

        /**
         * A text longer than five characters that starts with a letter: always a string in YAML 1.1 (its
         * only implicit types that start with a letter are booleans and null, five characters at most), so
         * the seed's many names and e-mail addresses skip the resolver's patterns.
         */
        private static boolean word(String text) {
            return text.length() > 5 && Character.isLetter(text.charAt(0));
        }

        static Kind kind(Tag tag) {
            if (Tag.STR.equals(tag)) return Kind.STR;
            if (Tag.INT.equals(tag)) return Kind.INT;
            if (Tag.FLOAT.equals(tag)) return Kind.FLOAT;
            if (Tag.BOOL.equals(tag)) return Kind.BOOL;
            if (Tag.NULL.equals(tag)) return Kind.NULL;
            return Kind.OTHER;
        }

        public boolean isNull() {
            return kind == Kind.NULL;
        }

        @Override
        public String describe() {
            return isNull() ? "nothing (null)" : "'" + text + "'";
        }
    }

    record Entry(Scalar key, YNode value) {}

    record Map(List<Entry> entries, Pos pos) implements YNode {
        public Map {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().text().equals(key)).findFirst();
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Seq(List<YNode> items, Pos pos) implements YNode {
        public Seq {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }
}
