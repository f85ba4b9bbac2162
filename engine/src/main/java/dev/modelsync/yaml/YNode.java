package dev.modelsync.yaml;

import dev.modelsync.problem.Pos;

import java.util.List;
import java.util.Optional;

/**
 * A YAML node as the model readers see it: scalars keep their text and whether they were
 * plain (unquoted), every node keeps its position. Built by {@link YamlReader}; never leaves
 * this package.
 */
public sealed interface YNode permits YNode.Scalar, YNode.Map, YNode.Seq {
    Pos pos();

    /** What this node is, for messages: "a text", "a map", "a list". */
    String describe();

    /**
     * A scalar. {@code kind} is the YAML 1.1 core resolution of a plain scalar (STR for quoted ones).
     */
    record Scalar(String text, Kind kind, boolean plain, Pos pos) implements YNode {
        public enum Kind { STR, INT, FLOAT, BOOL, NULL, OTHER }

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
            return "a map";
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
