package dev.modelsync.model;

import dev.modelsync.model.TypeSpec.Logical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses a Sequelize type as written: {@code STRING}, {@code string(100)}, {@code DECIMAL(10, 2)},
 * {@code ENUM(a, b)}, {@code ENUM('a, b', "c")}. Names are case-insensitive.
 */
final class TypeParser {
    static final String VALID = "STRING, STRING(n), CHAR, CHAR(n), TEXT, INTEGER, BIGINT, SMALLINT, FLOAT, REAL, DOUBLE, "
            + "DECIMAL, DECIMAL(p), DECIMAL(p,s), BOOLEAN, DATE, DATEONLY, TIME, UUID, ENUM(a, b), ENUM('a', 'b'), "
            + "JSON, JSONB, BLOB";
    static final int MAX_LENGTH = 10_485_760;
    static final int MAX_PRECISION = 1000;
    private static final List<String> NAMES = Arrays.stream(Logical.values()).map(Enum::name).toList();

    private TypeParser() {
    }

    /** The type, or empty with the reason in {@code problems}. {@code pos}: where the type text is. */
    static Optional<TypeSpec> parse(String written, Pos pos, Problems problems) {
        String text = written.trim();
        int open = text.indexOf('(');
        String name = (open < 0 ? text : text.substring(0, open)).trim();
        Optional<Logical> kind = NAMES.contains(name.toUpperCase(Locale.ROOT))
                ? Optional.of(Logical.valueOf(name.toUpperCase(Locale.ROOT))) : Optional.empty();
        if (kind.isEmpty() || !name.matches("[A-Za-z]+")) {
            problems.add(pos, "unparseable type '" + text + "'" + Suggest.didYouMean(name, NAMES) + "; valid types: " + VALID);
            return Optional.empty();
        }
        if (open < 0) return Optional.of(new TypeSpec(kind.get(), 0, 0, 0, List.of(), text));
        if (!text.endsWith(")")) {
            problems.add(pos, "unparseable type '" + text + "': missing ')' at the end; in a flow map { ... } quote a "
                    + "type that holds commas: { type: '" + text + ",...)' }");
            return Optional.empty();
        }
        String args = text.substring(open + 1, text.length() - 1);
        return switch (kind.get()) {
            case STRING, CHAR -> length(kind.get(), args, text, pos, problems);
            case DECIMAL -> decimal(args, text, pos, problems);
            case ENUM -> enumValues(args, pos, problems).map(v -> new TypeSpec(Logical.ENUM, 0, 0, 0, v, text));
            default -> {
                problems.add(pos, "type " + kind.get() + " takes no parameters, found '" + text + "'; write " + kind.get());
                yield Optional.empty();
            }
        };
    }

    private static Optional<TypeSpec> length(Logical kind, String args, String text, Pos pos, Problems problems) {
        Optional<Integer> n = number(args.trim(), 1, MAX_LENGTH);
        if (n.isEmpty()) {
            problems.add(pos, kind + " length must be a whole number from 1 to " + MAX_LENGTH + ", found '" + text
                    + "'; write for example " + kind + "(100)");
            return Optional.empty();
        }
        return Optional.of(new TypeSpec(kind, n.get(), 0, 0, List.of(), text));
    }

    private static Optional<TypeSpec> decimal(String args, String text, Pos pos, Problems problems) {
        String[] parts = args.split(",", -1);
        Optional<Integer> precision = number(parts[0].trim(), 1, MAX_PRECISION);
        Optional<Integer> scale = parts.length == 2 ? number(parts[1].trim(), 0, MAX_PRECISION) : Optional.of(0);
        if (parts.length > 2 || precision.isEmpty() || scale.isEmpty() || scale.get() > precision.get()) {
            problems.add(pos, "DECIMAL needs a precision from 1 to " + MAX_PRECISION
                    + " and a scale from 0 to the precision, found '" + text + "'; write for example DECIMAL(10,2)");
            return Optional.empty();
        }
        return Optional.of(new TypeSpec(Logical.DECIMAL, 0, precision.get(), scale.get(), List.of(), text));
    }

    private static Optional<Integer> number(String s, int min, int max) {
        if (!s.matches("[0-9]{1,9}")) return Optional.empty();
        int n = Integer.parseInt(s);
        return n < min || n > max ? Optional.empty() : Optional.of(n);
    }

    /** {@code a, b} or {@code 'a', "b"}: quoted values may hold commas and spaces; a doubled quote escapes it. */
    static Optional<List<String>> enumValues(String args, Pos pos, Problems problems) {
        if (args.isBlank()) return enumError("no values", pos, problems);
        List<String> values = new ArrayList<>();
        int i = 0;
        int n = args.length();
        while (true) {
            while (i < n && Character.isWhitespace(args.charAt(i))) i++;
            StringBuilder value = new StringBuilder();
            if (i < n && (args.charAt(i) == '\'' || args.charAt(i) == '"')) {
                char quote = args.charAt(i++);
                boolean closed = false;
                while (i < n) {
                    char c = args.charAt(i++);
                    if (c == quote && i < n && args.charAt(i) == quote) {
                        value.append(quote);
                        i++;
                    } else if (c == quote) {
                        closed = true;
                        break;
                    } else {
                        value.append(c);
                    }
                }
                if (!closed) return enumError("an unclosed quote", pos, problems);
                while (i < n && Character.isWhitespace(args.charAt(i))) i++;
                if (i < n && args.charAt(i) != ',') return enumError("text after a quoted value", pos, problems);
            } else {
                int start = i;
                while (i < n && args.charAt(i) != ',') i++;
                String plain = args.substring(start, i).trim();
                if (plain.isEmpty()) return enumError("an empty value", pos, problems);
                if (plain.matches(".*['\"()].*")) return enumError("a quote or parenthesis inside the unquoted value '" + plain + "'", pos, problems);
                value.append(plain);
            }
            values.add(value.toString());
            if (i >= n) break;
            i++; // the comma
        }
        return checkEnumValues(values, pos, problems);
    }

    static Optional<List<String>> checkEnumValues(List<String> values, Pos pos, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (!seen.add(v)) {
                problems.add(pos, "ENUM value '" + v + "' is listed twice");
                return Optional.empty();
            }
        }
        if (values.isEmpty()) return enumError("no values", pos, problems);
        return Optional.of(List.copyOf(values));
    }

    private static Optional<List<String>> enumError(String what, Pos pos, Problems problems) {
        problems.add(pos, "ENUM has " + what + "; write ENUM(a, b) or ENUM('a', 'b'), quoting values that hold "
                + "commas, spaces or quotes (a doubled quote inside quotes stands for one)");
        return Optional.empty();
    }
}
