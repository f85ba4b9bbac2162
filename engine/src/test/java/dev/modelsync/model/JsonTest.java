package dev.modelsync.model;

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
        assertThat(Json.write(map)).isEqualTo("{\"b\":1,\"a\":[true,2.5,\"x\"],\"n\":null}");
        assertThat(Json.write(Arrays.asList(null, Map.of()))).isEqualTo("[null,{}]");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(Json.write("say \"hi\"\\\n\t\u0001")).isEqualTo("\"say \\\"hi\\\"\\\\\\n\\t\\u0001\"");
    }
}
