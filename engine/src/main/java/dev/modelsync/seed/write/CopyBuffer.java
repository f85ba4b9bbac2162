package dev.modelsync.seed.write;

import dev.modelsync.seed.ColumnValues;
import dev.modelsync.seed.Row;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * The bytes of PostgreSQL COPY text format (one row a line, tab-separated, {@code \N} for
 * null, backslash escapes), UTF-8 encoded straight into a byte array: no intermediate
 * String per chunk, numbers without a String, and the text of the last timestamp reused
 * (seeding stamps every new row with the same {@code now}).
 * <p>{@link #forLoadData} writes MariaDB/MySQL's {@code LOAD DATA} default format instead, which
 * has the same lines, separators, {@code \N} and escapes; values differ only where the column
 * types do: booleans as {@code 1}/{@code 0}, date-times as UTC {@code DATETIME} text
 * ({@code 2024-05-01 10:30:00.123456}), bytes as bare hex (the statement unhexes them), and a NUL
 * character as {@code \0}.
 */
final class CopyBuffer {
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private final boolean loadData;
    private byte[] buf;
    private int len;
    private OffsetDateTime lastTime;
    private byte[] lastTimeText;

    CopyBuffer(int capacity) {
        this(capacity, false);
    }

    private CopyBuffer(int capacity, boolean loadData) {
        this.buf = new byte[capacity];
        this.loadData = loadData;
    }

    /** A buffer in MariaDB/MySQL's LOAD DATA format (FIELDS TERMINATED BY '\t' ESCAPED BY '\\', LINES TERMINATED BY '\n'). */
    static CopyBuffer forLoadData(int capacity) {
        return new CopyBuffer(capacity, true);
    }

    int length() {
        return len;
    }

    byte[] bytes() {
        return buf;
    }

    void clear() {
        len = 0;
    }

    void tab() {
        ensure(1);
        buf[len++] = '\t';
    }

    void newline() {
        ensure(1);
        buf[len++] = '\n';
    }

    /** Appends one value in COPY text format. */
    void value(Object v) {
        if (v == null || v == Row.NULL) {
            ascii("\\N");
        } else if (v instanceof String s) {
            escaped(s);
        } else if (v instanceof Long l) {
            number(l);
        } else if (v instanceof Integer i) {
            number(i);
        } else if (v instanceof Boolean b) {
            ensure(1);
            buf[len++] = (byte) (loadData ? (b ? '1' : '0') : (b ? 't' : 'f'));
        } else if (v instanceof BigDecimal d) {
            ascii(d.toPlainString());
        } else if (v instanceof OffsetDateTime o) {
            if (o != lastTime) {
                String text = loadData ? o.withOffsetSameInstant(ZoneOffset.UTC).format(DATETIME)
                        : o.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                lastTimeText = text.getBytes(StandardCharsets.UTF_8);
                lastTime = o;
            }
            ensure(lastTimeText.length);
            System.arraycopy(lastTimeText, 0, buf, len, lastTimeText.length);
            len += lastTimeText.length;
        } else if (v instanceof ByteBuffer b) {
            ByteBuffer x = b.duplicate();
            if (!loadData) ascii("\\\\x");
            ensure(2 * x.remaining());
            while (x.hasRemaining()) {
                int o = x.get() & 0xff;
                buf[len++] = HEX[o >> 4];
                buf[len++] = HEX[o & 15];
            }
        } else if (v instanceof ColumnValues.Json j) {
            escaped(j.text());
        } else {
            escaped(v.toString());
        }
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private void number(long l) {
        if (l == Long.MIN_VALUE) {
            ascii(Long.toString(l));
            return;
        }
        ensure(20);
        if (l < 0) {
            buf[len++] = '-';
            l = -l;
        }
        int digits = 1;
        for (long x = l; x >= 10; x /= 10) digits++;
        int end = len + digits;
        for (int p = end - 1; p >= len; p--) {
            buf[p] = (byte) ('0' + (int) (l % 10));
            l /= 10;
        }
        len = end;
    }

    /** Text known to be ASCII without characters COPY escapes. */
    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) buf[len++] = (byte) s.charAt(i);
    }

    private void escaped(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '\\') {
                buf[len++] = (byte) c;
                continue;
            }
            // the rest of this string, the slow way
            escapedSlow(s, i);
            return;
        }
    }

    private void escapedSlow(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> ascii("\\\\");
                case '\t' -> ascii("\\t");
                case '\n' -> ascii("\\n");
                case '\r' -> ascii("\\r");
                case '\0' -> ascii(loadData ? "\\0" : "\0");
                default -> {
                    if (c < 0x80) {
                        ensure(1);
                        buf[len++] = (byte) c;
                    } else {
                        int end = i + 1;
                        while (end < s.length() && s.charAt(end) >= 0x80) end++;
                        byte[] b = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
                        ensure(b.length);
                        System.arraycopy(b, 0, buf, len, b.length);
                        len += b.length;
                        i = end - 1;
                    }
                }
            }
        }
    }

    private void ensure(int more) {
        if (len + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
}
