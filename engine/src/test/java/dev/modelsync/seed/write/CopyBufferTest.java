package dev.modelsync.seed.write;

import dev.modelsync.seed.ColumnValues;
import dev.modelsync.seed.Row;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The COPY text the seed streams to PostgreSQL, byte for byte. */
class CopyBufferTest {
    private static String line(Object... values) {
        return lineIn(new CopyBuffer(4), values); // tiny: every append has to grow it
    }

    private static String lineIn(CopyBuffer b, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) b.tab();
            b.value(values[i]);
        }
        b.newline();
        return new String(Arrays.copyOf(b.bytes(), b.length()), StandardCharsets.UTF_8);
    }

    @Test
    void valuesInCopyTextFormat() {
        assertThat(line(null, Row.NULL, "plain text")).isEqualTo("\\N\t\\N\tplain text\n");
        assertThat(line(0L, 7L, -42L, Long.MAX_VALUE, Long.MIN_VALUE, 12, -3))
                .isEqualTo("0\t7\t-42\t9223372036854775807\t-9223372036854775808\t12\t-3\n");
        assertThat(line(true, false, new BigDecimal("1E+3"), new BigDecimal("-0.50")))
                .isEqualTo("t\tf\t1000\t-0.50\n");
        assertThat(line(ByteBuffer.wrap(new byte[] {0, 15, (byte) 0xab, (byte) 0xff})))
                .isEqualTo("\\\\x000fabff\n");
        UUID u = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertThat(line(u, LocalDate.of(2024, 2, 29), 1.5f)).isEqualTo(u + "\t2024-02-29\t1.5\n");
    }

    @Test
    void textIsEscapedAndUtf8Encoded() {
        assertThat(line("a\\b\tc\nd\re")).isEqualTo("a\\\\b\\tc\\nd\\re\n");
        assertThat(line("Zoë – 東京 😀 end\\")).isEqualTo("Zoë – 東京 😀 end\\\\\n");
        assertThat(line("bell\u0007")).isEqualTo("bell\u0007\n");
        assertThat(line(new ColumnValues.Json("{\"a\":\"x\\ty\"}", null))).isEqualTo("{\"a\":\"x\\\\ty\"}\n");
    }

    @Test
    void timestampsAsIsoWithOffsetAlsoWhenRepeated() {
        OffsetDateTime t = OffsetDateTime.parse("2024-05-01T10:30:00.123456Z");
        OffsetDateTime other = OffsetDateTime.parse("2024-05-01T12:30:00+02:00");
        CopyBuffer b = new CopyBuffer(8);
        b.value(t);
        b.tab();
        b.value(t);
        b.tab();
        b.value(other);
        assertThat(new String(Arrays.copyOf(b.bytes(), b.length()), StandardCharsets.UTF_8))
                .isEqualTo("2024-05-01T10:30:00.123456Z\t2024-05-01T10:30:00.123456Z\t2024-05-01T12:30:00+02:00");
        b.clear();
        assertThat(b.length()).isZero();
    }

    private static String loadDataLine(Object... values) {
        return lineIn(CopyBuffer.forLoadData(4), values);
    }

    @Test
    void loadDataFormatDiffersOnlyWhereMariaDbTypesDo() {
        // same separators, \N and escapes as COPY
        assertThat(loadDataLine(null, Row.NULL, "a\\b\tc\nd\re", 7L, new BigDecimal("-0.50")))
                .isEqualTo("\\N\t\\N\ta\\\\b\\tc\\nd\\re\t7\t-0.50\n");
        assertThat(loadDataLine("Zoë 😀 \\N")).isEqualTo("Zoë 😀 \\\\N\n");
        // TINYINT(1) booleans, UTC DATETIME text, bare hex (the statement unhexes), NUL escaped
        assertThat(loadDataLine(true, false)).isEqualTo("1\t0\n");
        assertThat(loadDataLine(OffsetDateTime.parse("2024-05-01T12:30:00.123456+02:00"),
                OffsetDateTime.parse("2024-05-01T10:30:00Z")))
                .isEqualTo("2024-05-01 10:30:00.123456\t2024-05-01 10:30:00.000000\n");
        assertThat(loadDataLine(ByteBuffer.wrap(new byte[] {0, 15, (byte) 0xab, (byte) 0xff}))).isEqualTo("000fabff\n");
        assertThat(loadDataLine("a\u0000b")).isEqualTo("a\\0b\n");
    }
}
