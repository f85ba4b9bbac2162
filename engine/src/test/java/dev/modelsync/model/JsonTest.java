package dev.modelsync.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTest {
    @Test
    void writesCompactJsonKeepingMapOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1L);
        map.put("a", List.of(true, 2.5, "x"));
        map.put("n", null);
        assertThat(Json.write(map)).contains("{\"b\":1,\"a\":[true,2.5,\"x\"],\"n\":null}");
        assertThat(Json.write(Arrays.asList(null, Map.of()))).contains("[null,{}]");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() throws Exception {
        String text = "say \"hi\"\\\n\t\u0001";
        assertThat(Json.write(text)).contains("\"say \\\"hi\\\"\\\\\\n\\t\\u0001\"");
        assertThat(new ObjectMapper().readValue(Json.write(text).orElseThrow(), String.class)).isEqualTo(text);
    }

    @Test
    void refusesTheNumbersJsonHasNoFormFor() {
        assertThat(Json.write(Map.of("x", List.of(1.5, Double.NaN)))).isEmpty();
        assertThat(Json.write(Double.POSITIVE_INFINITY)).isEmpty();
        assertThat(Json.write(Map.of("x", List.of(1.5, -0.0)))).isPresent()
                .hasValueSatisfying(t -> assertThat(t).isEqualTo("{\"x\":[1.5,-0.0]}"));
    }
}
