package dev.modelsync.diff;

import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.ColumnType.Kind;

import java.util.List;
import java.util.Map;

/**
 * Whether every value of one column type fits, unchanged, into another. Widening
 * (VARCHAR(100) → VARCHAR(255), INTEGER → BIGINT, VARCHAR → TEXT, DECIMAL(10,2) → DECIMAL(12,2),
 * TIMESTAMPTZ(3) → TIMESTAMPTZ(6), an enum gaining values) keeps data; anything else — narrowing or a change across families such
 * as TEXT → INTEGER — may lose it.
 */
final class TypeWidening {
    private TypeWidening() {
    }

    /** Decimal digits an integer type can hold. */
    private static final Map<Kind, Integer> INTEGER_DIGITS = Map.of(Kind.SMALLINT, 5, Kind.INTEGER, 10, Kind.BIGINT, 19);
    /** Exact integer digits of the floating types (mantissa 24 and 53 bits). */
    private static final Map<Kind, Integer> FLOAT_EXACT_DIGITS = Map.of(Kind.REAL, 7, Kind.DOUBLE, 15);
    private static final int UUID_LENGTH = 36;

    private static final List<String> SIZES = List.of("tiny", "", "medium", "long");

    /**
     * The same type on PostgreSQL and H2, another MariaDB form: a larger TEXT or BLOB size, more fractional
     * seconds, an integer's display width or ZEROFILL with the same sign keep every value; a change of
     * UNSIGNED does not (negative values, or the upper half of the range).
     */
    private static boolean mariaDbWidens(ColumnType from, ColumnType to) {
        String f = from.mariadb().isEmpty() ? dev.modelsync.schema.MariaDbSpelling.plain(from) : from.mariadb();
        String t = to.mariadb().isEmpty() ? dev.modelsync.schema.MariaDbSpelling.plain(to) : to.mariadb();
        return switch (from.kind()) {
            case TEXT, BLOB -> SIZES.indexOf(size(f)) <= SIZES.indexOf(size(t));
            case TIMESTAMPTZ -> fraction(f) <= fraction(t);
            case INTEGER, BIGINT, SMALLINT -> f.contains("unsigned") == t.contains("unsigned")
                    && f.replaceAll("[(].*", "").replace(" unsigned", "").replace(" zerofill", "")
                    .equals(t.replaceAll("[(].*", "").replace(" unsigned", "").replace(" zerofill", ""));
            default -> f.contains("unsigned") == t.contains("unsigned");
        };
    }

    private static String size(String spelling) {
        return spelling.replaceAll("(text|blob)$", "");
    }

    private static int fraction(String spelling) {
        return spelling.startsWith("datetime(") ? Integer.parseInt(spelling.replaceAll("\\D", "")) : 0;
    }

    /**
     * @param fromValues the values of {@code from} when it is an enum, else empty
     * @param toValues   the values of {@code to} when it is an enum, else empty
     */
    static boolean isSafe(ColumnType from, ColumnType to, List<String> fromValues, List<String> toValues) {
        if (from.equals(to)) return true;
        if (from.kind() == Kind.TIMESTAMPTZ && to.kind() == Kind.TIMESTAMPTZ) {
            // timestamp(3) → timestamp(6) (or none given, 6) keeps every value; fewer fractional digits round them
            return from.fractionDigits() <= to.fractionDigits() && mariaDbWidens(from, to);
        }
        if (from.portable().equals(to.portable())) return mariaDbWidens(from, to);
        Kind f = from.kind();
        Kind t = to.kind();
        if (t == Kind.TEXT) {
            return f == Kind.VARCHAR || f == Kind.CHAR || f == Kind.ENUM || f == Kind.UUID;
        }
        if (t == Kind.VARCHAR) {
            return switch (f) {
                case VARCHAR, CHAR -> to.length() >= from.length();
                case UUID -> to.length() >= UUID_LENGTH;
                case ENUM -> !fromValues.isEmpty() && fromValues.stream().allMatch(v -> v.length() <= to.length());
                default -> false;
            };
        }
        if (t == Kind.CHAR) {
            return f == Kind.CHAR && to.length() >= from.length();
        }
        if (t == Kind.ENUM) {
            return f == Kind.ENUM && toValues.containsAll(fromValues) && !fromValues.isEmpty();
        }
        if (INTEGER_DIGITS.containsKey(t)) {
            return INTEGER_DIGITS.containsKey(f) && INTEGER_DIGITS.get(t) >= INTEGER_DIGITS.get(f);
        }
        if (t == Kind.DECIMAL) {
            if (to.precision() == 0) return INTEGER_DIGITS.containsKey(f) || f == Kind.DECIMAL;
            int intDigits = to.precision() - to.scale();
            if (INTEGER_DIGITS.containsKey(f)) return intDigits >= INTEGER_DIGITS.get(f);
            if (f == Kind.DECIMAL) {
                return from.precision() != 0 && intDigits >= from.precision() - from.scale() && to.scale() >= from.scale();
            }
            return false;
        }
        if (FLOAT_EXACT_DIGITS.containsKey(t)) {
            if (f == Kind.REAL) return t == Kind.DOUBLE;
            if (INTEGER_DIGITS.containsKey(f)) return FLOAT_EXACT_DIGITS.get(t) >= INTEGER_DIGITS.get(f);
            return false;
        }
        if (t == Kind.TIMESTAMPTZ) {
            return f == Kind.DATE;
        }
        if (t == Kind.JSON || t == Kind.JSONB) {
            return f == Kind.JSON || f == Kind.JSONB;
        }
        if (t == Kind.GEOMETRY) { // to any geometry, keeping the SRID or dropping it
            return f == Kind.GEOMETRY && to.geometryType().isEmpty() && (to.length() == 0 || to.length() == from.length());
        }
        return false;
    }
}
