package dev.modelsync.model;

import dev.modelsync.yaml.InputText;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class InputTextTest {
    /** The JDK's strict decoder is the reference for what is UTF-8. */
    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void agreesWithTheJdkDecoderOnRandomBytes() throws Exception {
        Random random = new Random(13);
        int[] interesting = {0x00, 0x0A, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
        int rejected = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[1 + random.nextInt(6)];
            for (int j = 0; j < b.length; j++) b[j] = (byte) interesting[random.nextInt(interesting.length)];
            boolean ours = InputText.check(b, Long.MAX_VALUE).isEmpty();
            assertThat(ours).as("bytes %s", java.util.HexFormat.of().formatHex(b)).isEqualTo(jdkAccepts(b));
            assertThat(InputText.check(new ByteArrayInputStream(b), Long.MAX_VALUE).isEmpty()).isEqualTo(ours);
            if (!ours) rejected++;
        }
        assertThat(rejected).as("both kinds were tried").isBetween(100, 19_900);
        for (int i = 0; i < 2_000; i++) {
            String s = random.ints(20, 0, 0x10FFFF).filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertThat(InputText.check(s.getBytes(StandardCharsets.UTF_8), Long.MAX_VALUE)).isEmpty();
        }
    }

    @Test
    void namesLineAndColumnInCharacters() {
        byte[] b = "ab\nçé x\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(InputText.check(b, Long.MAX_VALUE)).get()
                .isEqualTo(new InputText.Flaw(2, 1, "the file is not UTF-8: the bytes 0xE7 0xE9 here are not a UTF-8"
                        + " character (Latin-1 or Windows-1252 text?); save the file as UTF-8"));
        byte[] u = "ab\nçé x\u00ff".getBytes(StandardCharsets.UTF_8);
        assertThat(InputText.check(u, Long.MAX_VALUE)).isEmpty();
        assertThat(InputText.check("ab\ncdef\n".getBytes(StandardCharsets.UTF_8), 3)).get()
                .extracting(InputText.Flaw::line, InputText.Flaw::column).containsExactly(2, 1);
        assertThat(InputText.check("ab\ncde\n".getBytes(StandardCharsets.UTF_8), 3)).isEmpty();
    }
}
