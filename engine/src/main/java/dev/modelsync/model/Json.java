package dev.modelsync.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON text of plain Java values (Map, List, String, Number, Boolean, null), as JSON defaults and
 * JSON seed values are stored, written by Jackson: compact, map entries in their iteration order.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /**
     * The JSON text of {@code value}, without whitespace; empty when it holds a number JSON has no
     * form for (NaN or an infinity, which YAML can write as {@code .nan} and {@code .inf}).
     */
    public static Optional<String> write(Object value) {
        if (!finite(value)) return Optional.empty();
        try {
            return Optional.of(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a plain JSON value: " + value, e);
        }
    }

    private static boolean finite(Object v) {
        if (v instanceof Double d) return Double.isFinite(d);
        if (v instanceof Float f) return Float.isFinite(f);
        if (v instanceof List<?> l) return l.stream().allMatch(Json::finite);
        if (v instanceof Map<?, ?> m) return m.values().stream().allMatch(Json::finite);
        return true;
    }
}
