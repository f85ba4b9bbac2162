package dev.modelsync.seed;

import java.util.ArrayList;
import java.util.List;

/** How rows are named in messages: the model and its identity, else its first given values. */
public final class Labels {
    private Labels() {
    }

    /** "User 'alice@example.com'" from the values of an identity candidate as written; "User row" for null. */
    public static String of(SeedModel m, List<String> identity) {
        return identity == null ? m.name() + " row" : m.name() + " " + quoteAll(identity);
    }

    public static String of(Row r) {
        return r.model().name() + " " + key(r);
    }

    /** The identity of a row as text: 'alice@example.com', or {title: 'X', ...} for rows without one. */
    public static String key(Row r) {
        int k = r.model().identity(r);
        if (k >= 0) {
            List<String> parts = new ArrayList<>();
            for (int c : r.model().candidates().get(k)) parts.add(text(r.get(c)));
            return quoteAll(parts);
        }
        StringBuilder sb = new StringBuilder("{");
        int n = 0;
        for (int c = 0; c < r.width() && n < 3; c++) {
            Object v = r.get(c);
            if (v == null || v instanceof Row.Ref) continue;
            if (n++ > 0) sb.append(", ");
            sb.append(r.model().attributeOf(c)).append(": ").append(text(v));
        }
        return sb.append('}').toString();
    }

    public static String text(Object v) {
        if (v == null || v == Row.NULL) return "null";
        if (v instanceof Row.Ref ref) return ref.target().model().name() + " " + key(ref.target());
        if (v instanceof String || v instanceof ColumnValues.Json) return "'" + v + "'";
        return v.toString();
    }

    private static String quoteAll(List<String> parts) {
        if (parts.size() == 1) return parts.get(0).startsWith("'") ? parts.get(0) : "'" + parts.get(0) + "'";
        return "(" + String.join(", ", parts) + ")";
    }
}
