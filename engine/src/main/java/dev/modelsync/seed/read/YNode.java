package dev.modelsync.seed.read;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.List;

/**
 * A small YAML node with its packed position, composed for one seed row at a time from
 * SnakeYAML's event stream (a whole file is never held as a tree).
 */
sealed interface YNode permits YNode.Scalar, YNode.Map, YNode.Seq {
    long pos();

    String describe();

    /** A scalar; {@code plain} = unquoted, so YAML's implicit types (null, numbers, booleans) apply. */
    record Scalar(String text, boolean plain, long pos) implements YNode {
        private static final Resolver RESOLVER = new Resolver();

        Tag tag() {
            return plain ? RESOLVER.resolve(NodeId.scalar, text, true) : Tag.STR;
        }

        boolean isNull() {
            if (!plain || text.length() > 4) return false;
            return switch (text) {
                case "", "~", "null", "Null", "NULL" -> true;
                default -> false;
            };
        }

        @Override
        public String describe() {
            return isNull() ? "null" : "'" + text + "'";
        }
    }

    record Map(List<Scalar> keys, List<YNode> values, long pos) implements YNode {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Seq(List<YNode> items, long pos) implements YNode {
        @Override
        public String describe() {
            return "a list";
        }
    }
}
