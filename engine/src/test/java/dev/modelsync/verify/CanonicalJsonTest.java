package dev.modelsync.verify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTest {
    @Test
    void canonicalJsonIsOneFormWhateverTheSpacingAndKeyOrder() {
        assertThat(SchemaComparator.canonicalJson("{\"theme\": \"dark\", \"a\": [1, {\"z\": null, \"b\": true}]}"))
                .isEqualTo(SchemaComparator.canonicalJson("{\"a\":[1,{\"b\":true,\"z\":null}],\"theme\":\"dark\"}"))
                .isEqualTo("{\"a\":[1,{\"b\":true,\"z\":null}],\"theme\":\"dark\"}");
        // not JSON (YAML's leniencies included): returned as it is
        assertThat(SchemaComparator.canonicalJson("{a: yes}")).isEqualTo("{a: yes}");
        assertThat(SchemaComparator.canonicalJson("{} x")).isEqualTo("{} x");
    }
}
