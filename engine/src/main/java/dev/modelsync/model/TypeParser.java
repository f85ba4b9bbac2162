package dev.modelsync.model;

import dev.modelsync.problem.Pos;
import dev.modelsync.problem.Problems;
import dev.modelsync.problem.Suggest;

import dev.modelsync.model.TypeSpec.Logical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses a Sequelize type as written: {@code STRING}, {@code string(100)}, {@code DECIMAL(10, 2)},
 * {@code ENUM(a, b)}, {@code ENUM('a, b', "c")}, {@code DataTypes.INTEGER(11).UNSIGNED}, {@code ARRAY(TEXT)}.
 * Names are case-insensitive; Sequelize's aliases (NUMERIC, DOUBLE PRECISION) are resolved here.
 */
final class TypeParser {
    static final String VALID = "STRING, STRING(n), CHAR, CHAR(n), TEXT, INTEGER, BIGINT, SMALLINT, FLOAT, REAL, DOUBLE, "
            + "DECIMAL, DECIMAL(p), DECIMAL(p,s), BOOLEAN, DATE, DATEONLY, TIME, UUID, ENUM(a, b), ENUM('a', 'b'), "
            + "JSON, JSONB, BLOB, NUMERIC, DOUBLE PRECISION, CITEXT, INET, CIDR, MACADDR, TSVECTOR, HSTORE, "
            + "ARRAY(type), RANGE(type), VIRTUAL, TINYINT, MEDIUMINT (MariaDB/MySQL), GEOMETRY, GEOMETRY('POINT'), "
            + "GEOMETRY('POINT', 4326) (MariaDB/MySQL and H2); modifiers UNSIGNED, ZEROFILL, BINARY; a DataTypes. prefix is allowed";
    static final int MAX_LENGTH = 10_485_760;
    static final int MAX_PRECISION = 1000;
    private static final List<String> NAMES = Arrays.stream(Logical.values()).map(Enum::name).toList();
    private static final List<String> PREFIXES = List.of("DataTypes.", "Sequelize.DataTypes.", "Sequelize.");
    static final List<String> MODIFIERS = List.of("UNSIGNED", "ZEROFILL", "BINARY");
    private static final List<String> SIZES = List.of("TINY", "MEDIUM", "LONG");
    /** The geometry types GEOMETRY(type) takes (as MariaDB and H2 name them). */
    static final List<String> GEOMETRY_TYPES = List.of("POINT", "LINESTRING", "POLYGON", "MULTIPOINT",
            "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION");
    private static final Set<Logical> NUMBERS = EnumSet.of(Logical.INTEGER, Logical.BIGINT, Logical.SMALLINT,
            Logical.FLOAT, Logical.REAL, Logical.DOUBLE, Logical.DECIMAL);
    private static final Set<Logical> RANGE_ELEMENTS = EnumSet.of(Logical.INTEGER, Logical.BIGINT, Logical.DECIMAL,
            Logical.DATE, Logical.DATEONLY);
    private static final Set<Logical> ARRAY_REFUSED = EnumSet.of(Logical.ARRAY, Logical.RANGE, Logical.VIRTUAL,
            Logical.ENUM, Logical.HSTORE, Logical.TSVECTOR, Logical.BLOB, Logical.JSON, Logical.GEOMETRY);

    private TypeParser() {
    }

    /** The type, or empty with the reason in {@code problems}. {@code pos}: where the type text is. */
    static Optional<TypeSpec> parse(String written, Pos pos, Problems problems) {
        String text = written.trim();
        String body = withoutPrefix(text);
        List<String> modifiers = new ArrayList<>();
        for (String m = trailingModifier(body); m != null; m = trailingModifier(body)) {
            modifiers.add(0, m);
            body = body.substring(0, body.length() - m.length() - 1).trim();
        }
        int open = body.indexOf('(');
        String name = canonicalName((open < 0 ? body : body.substring(0, open)).trim());
        // MariaDB's TINYINT and MEDIUMINT: SMALLINT and INTEGER elsewhere, the name kept as a modifier
        String mariaDbInteger = name.equals("TINYINT") || name.equals("MEDIUMINT") ? name : null;
        if (mariaDbInteger != null) name = name.equals("TINYINT") ? "SMALLINT" : "INTEGER";
        String refused = SequelizeVocabulary.refusedType(name);
        if (refused != null) {
            problems.add(pos, "type '" + text + "' is not supported: " + refused);
            return Optional.empty();
        }
        Optional<Logical> kind = NAMES.contains(name) ? Optional.of(Logical.valueOf(name)) : Optional.empty();
        if (kind.isEmpty() || !letters(name)) {
            problems.add(pos, "unparseable type '" + text + "'" + Suggest.didYouMean(name, NAMES) + "; valid types: " + VALID);
            return Optional.empty();
        }
        if (!modifiersFit(kind.get(), modifiers, text, pos, problems)) return Optional.empty();
        if (mariaDbInteger != null) modifiers.add(mariaDbInteger);
        if (open < 0) {
            if (kind.get() == Logical.ARRAY || kind.get() == Logical.RANGE) {
                problems.add(pos, kind.get() + " needs its element type, found '" + text + "'; write for example "
                        + kind.get() + "(INTEGER)");
                return Optional.empty();
            }
            return Optional.of(new TypeSpec(kind.get(), 0, 0, 0, List.of(), text, modifiers, Optional.empty()));
        }
        if (!body.endsWith(")")) {
            problems.add(pos, "unparseable type '" + text + "': missing ')' at the end; in a flow map { ... } quote a "
                    + "type that holds commas: { type: '" + text + ",...)' }");
            return Optional.empty();
        }
        String args = body.substring(open + 1, body.length() - 1);
        Optional<TypeSpec> parsed = switch (kind.get()) {
            case STRING, CHAR -> length(kind.get(), args, text, pos, problems);
            case DECIMAL -> decimal(args, text, pos, problems);
            case ENUM -> enumValues(args, pos, problems).map(v -> new TypeSpec(Logical.ENUM, 0, 0, 0, v, text));
            case INTEGER, BIGINT, SMALLINT -> displayWidth(kind.get(), args, text, pos, problems);
            case FLOAT, REAL, DOUBLE, DATE -> precision(kind.get(), args, text, pos, problems);
            case TEXT, BLOB -> size(kind.get(), args, text, pos, problems);
            case ARRAY, RANGE -> element(kind.get(), args, text, pos, problems);
            case GEOMETRY -> geometry(args, text, pos, problems);
            case VIRTUAL -> Optional.of(new TypeSpec(Logical.VIRTUAL, 0, 0, 0, List.of(), text));
            default -> {
                problems.add(pos, "type " + kind.get() + " takes no parameters, found '" + text + "'; write " + kind.get());
                yield Optional.empty();
            }
        };
        if (parsed.isEmpty() || modifiers.isEmpty() && !parsed.get().modifiers().isEmpty()) return parsed;
        TypeSpec t = parsed.get();
        List<String> all = new ArrayList<>(t.modifiers());
        for (String m : modifiers) if (!all.contains(m)) all.add(m);
        return Optional.of(new TypeSpec(t.kind(), t.length(), t.precision(), t.scale(), t.enumValues(), text, all,
                t.element()));
    }

    /** {@code DataTypes.STRING} and {@code Sequelize.STRING}, as pasted from code, are STRING. */
    static String withoutPrefix(String text) {
        for (String prefix : PREFIXES) {
            if (text.startsWith(prefix)) return text.substring(prefix.length()).trim();
        }
        return text;
    }

    /** The modifier chained at the end ({@code INTEGER.UNSIGNED}, {@code INTEGER(11) UNSIGNED}), or null. */
    private static String trailingModifier(String body) {
        for (String m : MODIFIERS) {
            int at = body.length() - m.length();
            if (at > 1 && body.regionMatches(true, at, m, 0, m.length())
                    && (body.charAt(at - 1) == '.' || body.charAt(at - 1) == ' ')) {
                return m;
            }
        }
        return null;
    }

    /** Upper case, with Sequelize's aliases resolved: NUMERIC is DECIMAL, DOUBLE PRECISION is DOUBLE. */
    private static String canonicalName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("DOUBLE") && upper.length() > 6 && Character.isWhitespace(upper.charAt(6))
                && upper.substring(6).trim().equals("PRECISION")) {
            return "DOUBLE";
        }
        return upper.equals("NUMERIC") ? "DECIMAL" : upper;
    }

    private static boolean letters(String name) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) return false;
        }
        return true;
    }

    private static boolean modifiersFit(Logical kind, List<String> modifiers, String text, Pos pos, Problems problems) {
        for (String m : modifiers) {
            boolean ok = m.equals("BINARY") ? kind == Logical.STRING || kind == Logical.CHAR : NUMBERS.contains(kind);
            if (!ok) {
                problems.add(pos, m + " is not a modifier of " + kind + " in '" + text + "'; "
                        + (m.equals("BINARY") ? "BINARY goes with STRING and CHAR"
                        : m + " goes with INTEGER, BIGINT, SMALLINT, FLOAT, REAL, DOUBLE and DECIMAL"));
                return false;
            }
        }
        return true;
    }

    /** INTEGER(11): MySQL's display width, kept for MariaDB; no effect on PostgreSQL and H2 (as Sequelize). */
    private static Optional<TypeSpec> displayWidth(Logical kind, String args, String text, Pos pos, Problems problems) {
        Optional<Integer> n = number(args.trim(), 1, 255);
        if (n.isEmpty()) {
            problems.add(pos, kind + " takes a display width from 1 to 255, found '" + text + "'; write " + kind
                    + " or for example " + kind + "(11)");
            return Optional.empty();
        }
        return Optional.of(new TypeSpec(kind, n.get(), 0, 0, List.of(), text));
    }

    /** FLOAT(p), FLOAT(p,s), REAL(p,s), DOUBLE(p,s); DATE(n): fractional second digits, 0 to 6. */
    private static Optional<TypeSpec> precision(Logical kind, String args, String text, Pos pos, Problems problems) {
        String[] parts = args.split(",", -1);
        int max = kind == Logical.DATE ? 6 : 53;
        Optional<Integer> p = number(parts[0].trim(), kind == Logical.DATE ? 0 : 1, max);
        Optional<Integer> s = parts.length == 2 ? number(parts[1].trim(), 0, 53) : Optional.of(0);
        if (parts.length > (kind == Logical.DATE ? 1 : 2) || p.isEmpty() || s.isEmpty()) {
            problems.add(pos, kind == Logical.DATE
                    ? "DATE takes the digits of fractional seconds, 0 to 6, found '" + text + "'; write for example DATE(6)"
                    : kind + " takes a precision from 1 to 53 and an optional scale, found '" + text
                    + "'; write for example " + kind + "(11) or " + kind + "(11, 2)");
            return Optional.empty();
        }
        return Optional.of(new TypeSpec(kind, 0, p.get(), s.get(), List.of(), text));
    }

    /** TEXT('tiny'), BLOB('long'): MariaDB's sized kinds; PostgreSQL and H2 use plain text/bytea (as Sequelize). */
    private static Optional<TypeSpec> size(Logical kind, String args, String text, Pos pos, Problems problems) {
        String size = args.trim();
        if (size.length() >= 2 && (size.charAt(0) == '\'' || size.charAt(0) == '"')
                && size.charAt(size.length() - 1) == size.charAt(0)) {
            size = size.substring(1, size.length() - 1);
        }
        size = size.toUpperCase(Locale.ROOT);
        if (!SIZES.contains(size)) {
            problems.add(pos, kind + " takes a size tiny, medium or long, found '" + text + "'; write for example "
                    + kind + "('long')");
            return Optional.empty();
        }
        return Optional.of(new TypeSpec(kind, 0, 0, 0, List.of(), text, List.of(size), Optional.empty()));
    }

    /** ARRAY(type) and RANGE(type) on PostgreSQL; the element type is parsed as any type. */
    private static Optional<TypeSpec> element(Logical kind, String args, String text, Pos pos, Problems problems) {
        Problems inner = new Problems();
        Optional<TypeSpec> element = parse(args, pos, inner);
        if (element.isEmpty()) {
            problems.add(pos, kind + " element type in '" + text + "': " + inner.list().get(0).message());
            return Optional.empty();
        }
        Logical e = element.get().kind();
        boolean ok = kind == Logical.RANGE ? RANGE_ELEMENTS.contains(e)
                : !ARRAY_REFUSED.contains(e) && !element.get().has("BINARY");
        if (!ok) {
            problems.add(pos, kind == Logical.RANGE
                    ? "RANGE takes INTEGER, BIGINT, DECIMAL, DATE or DATEONLY, found '" + text + "'"
                    : "ARRAY of " + e + " is not supported ('" + text + "'); an ARRAY holds a plain type such as "
                    + "ARRAY(STRING), ARRAY(INTEGER), ARRAY(UUID)");
            return Optional.empty();
        }
        return Optional.of(new TypeSpec(kind, 0, 0, 0, List.of(), text, List.of(), element));
    }

    /** GEOMETRY('POINT'), GEOMETRY('POINT', 4326): the geometry type (quoted or not, any case) and an SRID. */
    private static Optional<TypeSpec> geometry(String args, String text, Pos pos, Problems problems) {
        String[] parts = args.split(",", -1);
        String type = parts[0].trim();
        if (type.length() >= 2 && (type.charAt(0) == '\'' || type.charAt(0) == '"')
                && type.charAt(type.length() - 1) == type.charAt(0)) {
            type = type.substring(1, type.length() - 1).trim();
        }
        type = type.toUpperCase(Locale.ROOT);
        Optional<Integer> srid = parts.length == 2 ? number(parts[1].trim(), 0, 999_999_999) : Optional.of(0);
        if (parts.length > 2 || !GEOMETRY_TYPES.contains(type) || srid.isEmpty()) {
            problems.add(pos, "GEOMETRY takes a geometry type (" + String.join(", ", GEOMETRY_TYPES)
                    + ") and an optional SRID, found '" + text + "'; write for example GEOMETRY('POINT') or "
                    + "GEOMETRY('POINT', 4326)");
            return Optional.empty();
        }
        return Optional.of(new TypeSpec(Logical.GEOMETRY, srid.get(), 0, 0, List.of(), text, List.of(type), Optional.empty()));
    }

    private static Optional<TypeSpec> length(Logical kind, String args, String text, Pos pos, Problems problems) {
        int comma = args.indexOf(',');
        String binary = comma < 0 ? "" : args.substring(comma + 1).trim();
        if (binary.equals("true") || binary.equals("false")) {
            // Sequelize's STRING(40, true): the second argument is BINARY
            Optional<TypeSpec> t = length(kind, args.substring(0, comma), text, pos, problems);
            return binary.equals("false") ? t : t.map(s -> new TypeSpec(kind, s.length(), 0, 0, List.of(), text,
                    List.of("BINARY"), Optional.empty()));
        }
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
