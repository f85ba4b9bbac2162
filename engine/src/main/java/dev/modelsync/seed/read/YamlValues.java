package dev.modelsync.seed.read;

import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.seed.ColumnValues;
import dev.modelsync.seed.Row;
import dev.modelsync.yaml.PlainValues;
import dev.modelsync.yaml.YNode;

import java.util.List;

/** A YAML node of a seed row → the canonical value of its column ({@link ColumnValues}). */
final class YamlValues {
    private YamlValues() {
    }

    /** Converts a YAML node for a column; returns {@link Row#NULL} for null. */
    static Object fromYaml(YNode node, Column column, List<String> enumValues) throws ColumnValues.BadValue {
        ColumnType t = column.type();
        if (node instanceof YNode.Scalar s) {
            if (s.isNull()) return Row.NULL;
            if (t.kind() == ColumnType.Kind.JSON || t.kind() == ColumnType.Kind.JSONB) {
                String text = s.text().strip();
                boolean jsonText = !s.plain() && (text.startsWith("{") || text.startsWith("["));
                return jsonText ? ColumnValues.json(text) : ColumnValues.json(jsonTree(node));
            }
            return ColumnValues.fromText(s.text(), t, enumValues);
        }
        if (t.kind() == ColumnType.Kind.JSON || t.kind() == ColumnType.Kind.JSONB) return ColumnValues.json(jsonTree(node));
        if (t.nativeName().endsWith("[]") && node instanceof YNode.Seq q) return arrayLiteral(q);
        throw new ColumnValues.BadValue("expected " + ColumnValues.typeName(t) + ", found " + node.describe());
    }

    /** A YAML list as a PostgreSQL array literal: {@code {"a","b"}}, null items as NULL. */
    private static String arrayLiteral(YNode.Seq q) throws ColumnValues.BadValue {
        StringBuilder out = new StringBuilder("{");
        for (YNode item : q.items()) {
            if (!(item instanceof YNode.Scalar s)) throw new ColumnValues.BadValue("an array item must be a plain value, found " + item.describe());
            if (out.length() > 1) out.append(',');
            if (s.isNull()) out.append("NULL");
            else out.append('"').append(s.text().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }

    /** A YAML tree as the JSON value it stands for ({@link PlainValues}). */
    private static Object jsonTree(YNode node) {
        return PlainValues.tree(node, new int[] {Integer.MAX_VALUE}, s -> { });
    }
}
