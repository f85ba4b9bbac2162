package dev.modelsync.seed;

import java.util.ArrayList;
import java.util.List;

/** How rows are named in messages: the model and its identity, else its first given values. */
final class Labels {
    private Labels() {
    }

    /** "User 'alice@example.com'" from a row mapping as written, or "User row". */
    static String of(SeedModel m, YNode.Map map) {
        outer:
        for (int[] cand : m.candidates) {
            List<String> parts = new ArrayList<>();
            for (int c : cand) {
                int i = map.keys().stream().map(YNode.Scalar::text).toList().indexOf(m.attributeOf[c]);
                if (i < 0 || !(map.values().get(i) instanceof YNode.Scalar s)) continue outer;
                parts.add(s.text());
            }
            return m.name + " " + quoteAll(parts);
        }
        return m.name + " row";
    }

    static String of(Row r) {
        return r.model.name + " " + key(r);
    }

    /** The identity of a row as text: 'alice@example.com', or {title: 'X', ...} for rows without one. */
    static String key(Row r) {
        int k = r.model.identity(r.values);
        if (k >= 0) {
            List<String> parts = new ArrayList<>();
            for (int c : r.model.candidates.get(k)) parts.add(text(r.values[c]));
            return quoteAll(parts);
        }
        StringBuilder sb = new StringBuilder("{");
        int n = 0;
        for (int c = 0; c < r.values.length && n < 3; c++) {
            Object v = r.values[c];
            if (v == null || v instanceof Row.Ref) continue;
            if (n++ > 0) sb.append(", ");
            sb.append(r.model.attributeOf[c]).append(": ").append(text(v));
        }
        return sb.append('}').toString();
    }

    static String text(Object v) {
        if (v == null || v == Row.NULL) return "null";
        if (v instanceof Row.Ref ref) return ref.target().model.name + " " + key(ref.target());
        if (v instanceof String || v instanceof Values.Json) return "'" + v + "'";
        return v.toString();
    }

    private static String quoteAll(List<String> parts) {
        if (parts.size() == 1) return parts.get(0).startsWith("'") ? parts.get(0) : "'" + parts.get(0) + "'";
        return "(" + String.join(", ", parts) + ")";
    }
}
