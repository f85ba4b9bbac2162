package dev.modelsync.seed.read;

import dev.modelsync.seed.ColumnValues;
import dev.modelsync.seed.Row;

import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.seed.ColumnValues;
import dev.modelsync.seed.Row;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private static Object jsonTree(YNode node) throws ColumnValues.BadValue {
        if (node instanceof YNode.Scalar s) {
            if (s.isNull()) return null;
            Tag tag = s.tag();
            if (Tag.INT.equals(tag)) {
                try {
                    return Long.parseLong(s.text().replace("_", ""));
                } catch (NumberFormatException e) {
                    return s.text();
                }
            }
            if (Tag.FLOAT.equals(tag)) {
                try {
                    return Double.parseDouble(ColumnValues.number(s.text()));
                } catch (NumberFormatException e) {
                    return s.text();
                }
            }
            if (Tag.BOOL.equals(tag)) return s.text().equalsIgnoreCase("true");
            return s.text();
        }
        if (node instanceof YNode.Seq q) {
            List<Object> l = new ArrayList<>();
            for (YNode n : q.items()) l.add(jsonTree(n));
            return l;
        }
        YNode.Map m = (YNode.Map) node;
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < m.keys().size(); i++) map.put(m.keys().get(i).text(), jsonTree(m.values().get(i)));
        return map;
    }

}
