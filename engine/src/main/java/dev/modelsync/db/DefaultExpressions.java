package dev.modelsync.db;

import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a default expression as a catalog shows it ({@code 'abc'::character varying},
 * {@code CURRENT_TIMESTAMP}, {@code nextval('"Users_id_seq"'::regclass)}, {@code JSON '{}'})
 * into a {@link DefaultValue}, so that the forms PostgreSQL and H2 print compare equal to the
 * model's {@code NOW}, {@code UUIDV4} and literals.
 *
 * <ul>
 *   <li>{@code nextval(...)}: a serial column, reported as {@link Parsed#sequence()} (auto-increment, no default);</li>
 *   <li>{@code NULL}: no default;</li>
 *   <li>CURRENT_TIMESTAMP, now(), LOCALTIMESTAMP on a timestamp; CURRENT_DATE on a date;
 *       LOCALTIME, CURRENT_TIME on a time: {@code NOW};</li>
 *   <li>gen_random_uuid(), RANDOM_UUID(), uuid_generate_v4() on a uuid: {@code UUIDV4};</li>
 *   <li>a quoted string, a number or true/false, with any {@code ::type} casts: a literal
 *       (strings unquoted, booleans lower case);</li>
 *   <li>anything else: {@link DefaultValue#sql(String)} with the expression as printed, without
 *       parentheses around the whole of it.</li>
 * </ul>
 */
public final class DefaultExpressions {
    private static final Set<String> TIMESTAMP_NOW = Set.of("current_timestamp", "now()", "localtimestamp",
            "transaction_timestamp()", "statement_timestamp()", "clock_timestamp()", "current_timestamp()");
    private static final Set<String> DATE_NOW = Set.of("current_date", "curdate()");
    private static final Set<String> TIME_NOW = Set.of("localtime", "current_time", "curtime()", "current_time()");
    private static final Set<String> UUID_FUNCTIONS = Set.of("gen_random_uuid()", "random_uuid()",
            "uuid_generate_v4()", "uuid()");
    private static final Pattern CASTS = Pattern.compile("(::\\s*([a-zA-Z_]\\w*\\.)?(\"[^\"]*\"|[a-zA-Z_][\\w ]*(\\([\\d, ]*\\))?(\\[\\])?))+$");
    private static final Pattern STRING = Pattern.compile("^(?:[A-Za-z][A-Za-z ]*\\s)?'((?:[^']|'')*)'$", Pattern.DOTALL);
    /** H2 prints strings holding control characters as Unicode escapes: {@code U&'a\\001bb'}. */
    private static final Pattern UNICODE_STRING = Pattern.compile("^[Uu]&'((?:[^']|'')*)'$", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("^[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?$");
    private static final Pattern PRECISION = Pattern.compile("\\(\\d+\\)$");

    private DefaultExpressions() {
    }

    /** {@code value}: the normalised default; {@code sequence}: the default draws from a sequence (serial). */
    public record Parsed(Optional<DefaultValue> value, boolean sequence) {
        static final Parsed NONE = new Parsed(Optional.empty(), false);
    }

    public static Parsed parse(String expression, ColumnType type) {
        if (expression == null || expression.isBlank()) return Parsed.NONE;
        String expr = stripParens(expression.trim());
        String lower = expr.toLowerCase(Locale.ROOT);
        if (lower.startsWith("nextval(") || lower.startsWith("next value for")) return new Parsed(Optional.empty(), true);
        String uncast = stripParens(CASTS.matcher(expr).replaceFirst("").trim());
        String uncastLower = uncast.toLowerCase(Locale.ROOT);
        if (uncastLower.equals("null")) return Parsed.NONE;
        String fn = PRECISION.matcher(uncastLower.replaceAll("\\s+", "")).replaceFirst("");
        Optional<DefaultValue> special = special(fn, type.kind());
        if (special.isPresent()) return new Parsed(special, false);
        Matcher s = STRING.matcher(uncast);
        if (s.matches()) return literal(s.group(1).replace("''", "'"));
        Matcher u = UNICODE_STRING.matcher(uncast);
        if (u.matches()) {
            Optional<String> text = unicodeEscapes(u.group(1).replace("''", "'"));
            if (text.isPresent()) return literal(text.get());
        }
        if (NUMBER.matcher(uncast).matches()) return literal(uncast);
        if (uncastLower.equals("true") || uncastLower.equals("false")) return literal(uncastLower);
        return new Parsed(Optional.of(DefaultValue.sql(expr)), false); // PostgreSQL prints (1 + 1) for 1 + 1
    }

    /** The text of a {@code U&'...'} literal's body: {@code \\XXXX}, {@code \\+XXXXXX} and {@code \\\\}; empty if malformed. */
    static Optional<String> unicodeEscapes(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 < body.length() && body.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
                continue;
            }
            boolean wide = i + 1 < body.length() && body.charAt(i + 1) == '+';
            int start = i + (wide ? 2 : 1);
            int end = start + (wide ? 6 : 4);
            if (end > body.length()) return Optional.empty();
            try {
                out.appendCodePoint(Integer.parseInt(body.substring(start, end), 16));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            i = end - 1;
        }
        return Optional.of(out.toString());
    }

    private static Optional<DefaultValue> special(String fn, ColumnType.Kind kind) {
        boolean now = switch (kind) {
            case TIMESTAMPTZ -> TIMESTAMP_NOW.contains(fn);
            case DATE -> DATE_NOW.contains(fn);
            case TIME -> TIME_NOW.contains(fn);
            default -> false;
        };
        if (now) return Optional.of(DefaultValue.NOW);
        if (kind == ColumnType.Kind.UUID && UUID_FUNCTIONS.contains(fn)) return Optional.of(DefaultValue.UUIDV4);
        return Optional.empty();
    }

    private static Parsed literal(String value) {
        return new Parsed(Optional.of(DefaultValue.literal(value)), false);
    }

    /** Removes parentheses that wrap the whole expression: {@code ((1))} → {@code 1}. */
    public static String stripParens(String s) {
        String t = s;
        while (t.length() >= 2 && t.charAt(0) == '(' && t.charAt(t.length() - 1) == ')' && wraps(t)) {
            t = t.substring(1, t.length() - 1).trim();
        }
        return t;
    }

    private static boolean wraps(String t) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\'') quoted = !quoted;
            if (quoted) continue;
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (depth == 0 && i < t.length() - 1) return false;
        }
        return true;
    }
}
