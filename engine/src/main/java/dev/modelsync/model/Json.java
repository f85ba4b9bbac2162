package dev.modelsync.model;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compact JSON text of plain Java values (Map, List, Number, Boolean, null; anything else as a
 * string), as JSON defaults and JSON seed values are stored. Map entries keep their iteration order.
 */
public final class Json {
    private Json() {
    }

    /** The JSON text of {@code value}, without whitespace. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    /**
     * JSON text in one form whatever its spacing and key order (keys sorted), so that two texts of
     * the same JSON value are equal: PostgreSQL keeps a jsonb default as {@code {"a": 1, "theme": "dark"}},
     * the model writes it compactly in the order given. Text that is not JSON is returned as it is.
     */
    public static String canonical(String text) {
        try {
            return write(sortedKeys(new Yaml(new SafeConstructor(new LoaderOptions())).load(text)));
        } catch (RuntimeException e) {
            return text;
        }
    }

    private static Object sortedKeys(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, x) -> sorted.put(String.valueOf(k), sortedKeys(x)));
            return sorted;
        }
        if (v instanceof List<?> l) return l.stream().map(Json::sortedKeys).toList();
        return v;
    }

    private static void write(Object v, StringBuilder out) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) out.append(',');
                first = false;
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (v instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) out.append(',');
                write(l.get(i), out);
            }
            out.append(']');
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else {
            string(v.toString(), out);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
