package dev.modelsync.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON text of plain Java values (Map, List, String, Number, Boolean, null), as JSON defaults and
 * JSON seed values are stored, written by Jackson: compact, map entries in their iteration order; and
 * JSON text read back into such values, strictly (RFC 8259: no YAML forms, no NaN, one value, no
 * key twice).
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

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

    /**
     * The plain Java value of a JSON text (maps in their order, lists, strings, numbers, booleans, null).
     *
     * @throws IllegalArgumentException with the parser's reason when {@code text} is not one JSON value
     */
    public static Object read(String text) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
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
