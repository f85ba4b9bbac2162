package dev.modelsync.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * YAML nodes as plain Java values, by YAML 1.1's types: the one place that turns a scalar's text into
 * a number, a boolean or null, for model files (validator arguments, JSON defaults) and seed files
 * (JSON values) alike.
 */
public final class PlainValues {
    private PlainValues() {
    }

    /**
     * The value of a scalar: null; Boolean for true and false (YAML 1.1's other booleans, yes/no/on/off,
     * stay texts); Long, or BigInteger beyond 64 bits; Double (also .inf and .nan); else the text.
     */
    public static Object of(YNode.Scalar s) {
        return switch (s.kind()) {
            case NULL -> null;
            case BOOL -> s.text().equalsIgnoreCase("true") ? Boolean.TRUE
                    : s.text().equalsIgnoreCase("false") ? Boolean.FALSE : s.text();
            case INT -> integer(s.text());
            case FLOAT -> {
                try {
                    yield parseFloat(s.text());
                } catch (NumberFormatException e) {
                    yield s.text();
                }
            }
            default -> s.text();
        };
    }

    /**
     * The value of a tree: scalars as {@link #of(YNode.Scalar)}, lists as List, mappings as Map in key
     * order (both unmodifiable). {@code onNull} sees every null scalar. At most {@code budget[0]} nodes
     * are converted; the budget left is stored back, negative when the tree is larger (the value is then
     * incomplete).
     */
    public static Object tree(YNode node, int[] budget, Consumer<YNode.Scalar> onNull) {
        if (--budget[0] < 0) return null;
        if (node instanceof YNode.Seq seq) {
            List<Object> out = new ArrayList<>();
            for (YNode item : seq.items()) out.add(tree(item, budget, onNull));
            return Collections.unmodifiableList(out);
        }
        if (node instanceof YNode.Map map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (YNode.Entry e : map.entries()) out.put(e.key().text(), tree(e.value(), budget, onNull));
            return Collections.unmodifiableMap(out);
        }
        YNode.Scalar s = (YNode.Scalar) node;
        if (s.isNull()) onNull.accept(s);
        return of(s);
    }

    /** A YAML 1.1 float's text as a double: '_' separators, .inf, -.inf and .nan in any case. */
    public static double parseFloat(String text) {
        return Double.parseDouble(javaFloat(text));
    }

    /** A YAML 1.1 float's text in the form Java's {@code Double.parseDouble} and {@code Float.parseFloat} read. */
    public static String javaFloat(String text) {
        String s = text.trim().replace("_", "");
        return switch (s.toLowerCase(Locale.ROOT)) {
            case ".nan" -> "NaN";
            case ".inf", "+.inf" -> "Infinity";
            case "-.inf" -> "-Infinity";
            default -> s;
        };
    }

    private static Object integer(String text) {
        String t = text.replace("_", "");
        try {
            BigInteger b = new BigInteger(t.startsWith("+") ? t.substring(1) : t);
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
