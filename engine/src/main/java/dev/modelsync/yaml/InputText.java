package dev.modelsync.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Checks the bytes of a model or seed file before any YAML parser sees them: every byte sequence
 * is well-formed UTF-8 (no U+FFFD in place of a Latin-1 byte) and no line is longer than a limit
 * (SnakeYAML's reader slows down sharply on one very long token). One pass, constant memory, the
 * first flaw with its line and column (1-based; the column counts characters).
 */
public final class InputText {
    /** The first flaw of a file: where and what. */
    public record Flaw(int line, int column, String message) {}

    private int line = 1;
    private int column = 1;
    private long lineBytes;
    private int need;
    private int lo = 0x80;
    private int hi = 0xBF;
    private int charLine;
    private int charColumn;
    /** The bytes of the character being read, for the message. */
    private final int[] charBytes = new int[4];
    private int charLength;
    private final long maxLineBytes;

    private InputText(long maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /** The first flaw of {@code bytes}, if any. */
    public static Optional<Flaw> check(byte[] bytes, long maxLineBytes) {
        InputText t = new InputText(maxLineBytes);
        Optional<Flaw> f = t.accept(bytes, bytes.length);
        return f.isPresent() ? f : t.end();
    }

    /** The first flaw of the stream's bytes, if any; reads it to the end or to the flaw. */
    public static Optional<Flaw> check(InputStream in, long maxLineBytes) throws IOException {
        InputText t = new InputText(maxLineBytes);
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            Optional<Flaw> f = t.accept(buffer, n);
            if (f.isPresent()) return f;
        }
        return t.end();
    }

    /** The first {@code n} bytes of {@code buffer}; runs of ASCII outside a character take the short way. */
    private Optional<Flaw> accept(byte[] buffer, int n) {
        int col = column;
        long bytesInLine = lineBytes;
        for (int i = 0; i < n; i++) {
            byte b = buffer[i];
            if (b > 0 && b != '\n' && need == 0) {
                col++;
                if (++bytesInLine > maxLineBytes) {
                    column = col;
                    lineBytes = bytesInLine - 1;
                    return accept(b);
                }
                continue;
            }
            column = col;
            lineBytes = bytesInLine;
            Optional<Flaw> f = accept(b & 0xff);
            if (f.isPresent()) return f;
            col = column;
            bytesInLine = lineBytes;
        }
        column = col;
        lineBytes = bytesInLine;
        return Optional.empty();
    }

    private Optional<Flaw> accept(int u) {
        if (need == 0) {
            charLine = line;
            charColumn = column;
            charLength = 0;
            if (u == '\n') {
                line++;
                column = 1;
                lineBytes = 0;
                return Optional.empty();
            }
            if (u >= 0x80) {
                charBytes[charLength++] = u;
                lo = 0x80;
                hi = 0xBF;
                if (u >= 0xC2 && u <= 0xDF) {
                    need = 1;
                } else if (u >= 0xE0 && u <= 0xEF) {
                    need = 2;
                    if (u == 0xE0) lo = 0xA0; // no overlong forms
                    if (u == 0xED) hi = 0x9F; // no surrogates
                } else if (u >= 0xF0 && u <= 0xF4) {
                    need = 3;
                    if (u == 0xF0) lo = 0x90;
                    if (u == 0xF4) hi = 0x8F; // nothing above U+10FFFF
                } else {
                    return notUtf8();
                }
            }
            column++;
        } else {
            charBytes[charLength++] = u;
            if (u < lo || u > hi) return notUtf8();
            lo = 0x80;
            hi = 0xBF;
            need--;
        }
        if (++lineBytes > maxLineBytes) {
            return Optional.of(new Flaw(line, 1, "line " + line + " is longer than " + maxLineBytes
                    + " bytes; split the value over several lines or shorten it"));
        }
        return Optional.empty();
    }

    private Optional<Flaw> end() {
        return need > 0 ? Optional.of(new Flaw(charLine, charColumn, "the file is not UTF-8: it ends inside a"
                + " character; save it as UTF-8")) : Optional.empty();
    }

    private Optional<Flaw> notUtf8() {
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < charLength; i++) bytes.append(String.format(" 0x%02X", charBytes[i]));
        return Optional.of(new Flaw(charLine, charColumn, "the file is not UTF-8: the bytes" + bytes
                + " here are not a UTF-8 character (Latin-1 or Windows-1252 text?); save the file as UTF-8"));
    }
}
