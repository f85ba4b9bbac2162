package dev.modelsync.seed;

import dev.modelsync.db.Dialect;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.yaml.PlainValues;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Seed values by column type: YAML text → a canonical Java value (so that seed values and
 * database values compare with {@code equals}), JDBC binding, and COPY text.
 * <p>Canonical forms: strings (VARCHAR, CHAR, TEXT, ENUM); Long (INTEGER, SMALLINT, BIGINT);
 * Float (REAL); Double (DOUBLE); BigDecimal without trailing zeros (DECIMAL); Boolean;
 * OffsetDateTime in UTC, microseconds (TIMESTAMPTZ); LocalDate; LocalTime; UUID;
 * {@link Json}; ByteBuffer (BLOB).
 */
public final class ColumnValues {
    private ColumnValues() {
    }

    /** A JSON value: its text as written to the database, and its tree for comparison. */
    public record Json(String text, Object tree) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Json j && java.util.Objects.equals(tree, j.tree);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hashCode(tree);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Thrown with a message saying what was expected. */
    public static final class BadValue extends Exception {
        public BadValue(String message) {
            super(message, null, false, false);
        }
    }

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    /** Converts text (a YAML scalar, or a model's literal default) to the canonical value. */
    public static Object fromText(String text, ColumnType t, List<String> enumValues) throws BadValue {
        String v = text;
        try {
            return switch (t.kind()) {
                case VARCHAR, CHAR -> {
                    if (t.length() > 0 && v.length() > t.length() && v.codePointCount(0, v.length()) > t.length()) {
                        throw new BadValue("is " + v.codePointCount(0, v.length()) + " characters long; the column"
                                + " holds at most " + t.length() + " (" + t + ")");
                    }
                    yield v;
                }
                case TEXT -> v;
                case ENUM -> {
                    if (enumValues != null && !enumValues.isEmpty() && !enumValues.contains(v)) {
                        throw new BadValue("is not one of the enum values " + enumValues);
                    }
                    yield v;
                }
                case INTEGER, SMALLINT, BIGINT -> {
                    long l = parseLong(v.trim().replace("_", ""));
                    long min = t.kind() == ColumnType.Kind.SMALLINT ? Short.MIN_VALUE
                            : t.kind() == ColumnType.Kind.INTEGER ? Integer.MIN_VALUE : Long.MIN_VALUE;
                    long max = t.kind() == ColumnType.Kind.SMALLINT ? Short.MAX_VALUE
                            : t.kind() == ColumnType.Kind.INTEGER ? Integer.MAX_VALUE : Long.MAX_VALUE;
                    if (l < min || l > max) throw new BadValue("is out of range for " + t + " (" + min + " to " + max + ")");
                    yield l;
                }
                case REAL -> Float.parseFloat(PlainValues.javaFloat(v));
                case DOUBLE -> Double.parseDouble(PlainValues.javaFloat(v));
                case DECIMAL -> {
                    BigDecimal d = new BigDecimal(v.trim().replace("_", ""));
                    if (t.precision() > 0) {
                        BigDecimal s = d.stripTrailingZeros();
                        int scale = Math.max(s.scale(), 0);
                        int intDigits = s.precision() - s.scale();
                        if (scale > t.scale() || intDigits > t.precision() - t.scale()) {
                            throw new BadValue("does not fit " + t);
                        }
                    }
                    yield canonicalDecimal(d);
                }
                case BOOLEAN -> switch (v.trim().toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "on", "y", "1" -> Boolean.TRUE;
                    case "false", "no", "off", "n", "0" -> Boolean.FALSE;
                    default -> throw new BadValue("expected true or false");
                };
                case TIMESTAMPTZ -> timestamp(v.trim());
                case DATE -> LocalDate.parse(v.trim());
                case TIME -> LocalTime.parse(v.trim()).truncatedTo(ChronoUnit.MICROS);
                case UUID -> UUID.fromString(v.trim());
                case JSON, JSONB -> json(v);
                case BLOB -> ByteBuffer.wrap(Base64.getDecoder().decode(v.trim()));
                case NATIVE -> v;
                case GEOMETRY -> throw new BadValue("is a geometry value: modelsync cannot seed " + t + " columns (null "
                        + "only); insert such values in a Liquibase changeset of your own");
            };
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            throw new BadValue("expected " + typeName(t) + example(t));
        } catch (IllegalArgumentException e) {
            throw new BadValue("expected " + typeName(t) + example(t));
        }
    }

    private static long parseLong(String v) {
        if (v.startsWith("0x") || v.startsWith("0X")) return Long.parseLong(v.substring(2), 16);
        try {
            return Long.parseLong(v.startsWith("+") ? v.substring(1) : v);
        } catch (NumberFormatException e) {
            BigDecimal d = new BigDecimal(v); // 1e3, 10.0
            return d.longValueExact();
        }
    }

    public static BigDecimal canonicalDecimal(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public static OffsetDateTime timestamp(String v) {
        var parsed = TIMESTAMP.parseBest(v, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
        OffsetDateTime odt;
        if (parsed instanceof OffsetDateTime o) odt = o;
        else if (parsed instanceof LocalDateTime l) odt = l.atOffset(ZoneOffset.UTC);
        else odt = ((LocalDate) parsed).atStartOfDay().atOffset(ZoneOffset.UTC);
        return canonical(odt);
    }

    public static OffsetDateTime canonical(OffsetDateTime odt) {
        return odt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public static String typeName(ColumnType t) {
        return switch (t.kind()) {
            case VARCHAR, CHAR, TEXT -> "a string";
            case ENUM -> "an enum value";
            case INTEGER, SMALLINT, BIGINT -> "an integer (" + t + ")";
            case REAL, DOUBLE, DECIMAL -> "a number (" + t + ")";
            case BOOLEAN -> "true or false";
            case TIMESTAMPTZ -> "a date-time";
            case DATE -> "a date";
            case TIME -> "a time";
            case UUID -> "a UUID";
            case JSON, JSONB -> "JSON";
            case BLOB -> "base64 text";
            case NATIVE -> "a " + t.nativeName() + " value in PostgreSQL's text form";
            case GEOMETRY -> "null (geometry values are not seeded)";
        };
    }

    private static String example(ColumnType t) {
        return switch (t.kind()) {
            case TIMESTAMPTZ -> " such as 2024-05-01T12:30:00Z or 2024-05-01";
            case DATE -> " such as 2024-05-01";
            case TIME -> " such as 12:30:00";
            case UUID -> " such as 123e4567-e89b-12d3-a456-426614174000";
            default -> "";
        };
    }

    // ------------------------------------------------------------------ JSON

    public static Json json(String text) throws BadValue {
        Object tree;
        try {
            tree = normalize(dev.modelsync.model.Json.read(text));
        } catch (IllegalArgumentException e) {
            throw new BadValue("is not valid JSON");
        }
        return new Json(text, tree);
    }

    public static Json json(Object tree) throws BadValue {
        return new Json(dev.modelsync.model.Json.write(tree)
                .orElseThrow(() -> new BadValue("holds NaN or an infinite number, which JSON has no form for")), tree);
    }

    private static Object normalize(Object o) {
        if (o instanceof Integer || o instanceof Short || o instanceof Byte) return ((Number) o).longValue();
        if (o instanceof BigInteger b) return b.bitLength() < 64 ? (Object) b.longValue() : b;
        if (o instanceof Float f) return f.doubleValue();
        if (o instanceof List<?> l) {
            List<Object> r = new ArrayList<>();
            for (Object x : l) r.add(normalize(x));
            return r;
        }
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> r = new HashMap<>();
            for (var e : m.entrySet()) r.put(String.valueOf(e.getKey()), normalize(e.getValue()));
            return r;
        }
        if (o instanceof java.util.Date d) return d.toInstant().toString();
        return o;
    }

    // ------------------------------------------------------------------ database

    /** Reads a column value into its canonical form (null for SQL NULL). */
    public static Object fromDb(ResultSet rs, int i, ColumnType t, Dialect d) throws SQLException {
        Object o = rs.getObject(i);
        if (o == null) return null;
        if (d == Dialect.MARIADB) {
            // DATETIME holds UTC wall-clock time, UUID is CHAR(36): see bind
            if (t.kind() == ColumnType.Kind.TIMESTAMPTZ) {
                return canonical(rs.getObject(i, LocalDateTime.class).atOffset(java.time.ZoneOffset.UTC));
            }
            if (t.kind() == ColumnType.Kind.UUID) return java.util.UUID.fromString(rs.getString(i));
        }
        return switch (t.kind()) {
            case VARCHAR, TEXT, ENUM -> rs.getString(i);
            case CHAR -> stripTrailing(rs.getString(i));
            case INTEGER, SMALLINT, BIGINT -> ((Number) o).longValue();
            case REAL -> ((Number) o).floatValue();
            case DOUBLE -> ((Number) o).doubleValue();
            case DECIMAL -> canonicalDecimal(rs.getBigDecimal(i));
            case BOOLEAN -> rs.getBoolean(i);
            case TIMESTAMPTZ -> canonical(rs.getObject(i, OffsetDateTime.class));
            case DATE -> rs.getObject(i, LocalDate.class);
            case TIME -> rs.getObject(i, LocalTime.class).truncatedTo(ChronoUnit.MICROS);
            case UUID -> o instanceof UUID u ? u : UUID.fromString(o.toString());
            case JSON, JSONB -> {
                String text = o instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : rs.getString(i);
                try {
                    yield json(text);
                } catch (BadValue e) {
                    yield new Json(text, text);
                }
            }
            case BLOB -> ByteBuffer.wrap(rs.getBytes(i));
            case NATIVE -> rs.getString(i);
            case GEOMETRY -> o; // never equal to a seed value: seeds hold null only
        };
    }

    private static String stripTrailing(String s) {
        return s == null ? null : s.stripTrailing();
    }

    /**
     * The value as a column of type {@code t} keeps it: the fractional seconds the column does not hold are
     * cut off here, before the value is written or compared, so a rerun does not see a change (the database
     * would truncate or round them: MariaDB truncates, MySQL and H2 round). MariaDB/MySQL's DATETIME and TIME
     * and H2's TIME keep {@code precision} digits (none, as modelsync creates them; a DATE(n) is a
     * {@code datetime(n)} there); PostgreSQL's columns and
     * H2's TIMESTAMP WITH TIME ZONE keep microseconds, as the canonical value does, unless a
     * {@code timestamp(n) with time zone} keeps fewer.
     */
    public static Object stored(ColumnType t, Object v, Dialect d) {
        int digits = switch (t.kind()) {
            case TIME -> d == Dialect.POSTGRESQL ? 6 : t.precision();
            case TIMESTAMPTZ -> d == Dialect.MARIADB ? dateTimeDigits(t) : t.fractionDigits();
            default -> 6;
        };
        if (digits >= 6) return v;
        if (v instanceof OffsetDateTime o) {
            int kept = keptNanos(o.getNano(), digits);
            return kept == o.getNano() ? o : o.withNano(kept);
        }
        if (v instanceof LocalTime lt) {
            int kept = keptNanos(lt.getNano(), digits);
            return kept == lt.getNano() ? lt : lt.withNano(kept);
        }
        return v;
    }

    private static int keptNanos(int nano, int digits) {
        int unit = 1;
        for (int i = Math.max(digits, 0); i < 9; i++) unit *= 10;
        return nano - nano % unit;
    }

    /** Do a seed value and a database value mean the same, in a column of database {@code d}? */
    public static boolean same(ColumnType t, Object seed, Object db, Dialect d) {
        return same(t, stored(t, seed, d), db);
    }

    /** Do a seed value and a database value mean the same? */
    public static boolean same(ColumnType t, Object seed, Object db) {
        if (seed == null || seed == Row.NULL) return db == null;
        if (db == null) return false;
        if (t.kind() == ColumnType.Kind.CHAR) return seed.toString().stripTrailing().equals(db.toString());
        if (seed instanceof BigDecimal a && db instanceof BigDecimal b) return a.compareTo(b) == 0;
        return seed.equals(db);
    }

    /** The SQL placeholder for a column: casts where the driver cannot infer the type. */
    public static String placeholder(ColumnType t, Dialect d) {
        if (d == Dialect.H2 && (t.kind() == ColumnType.Kind.JSON || t.kind() == ColumnType.Kind.JSONB)) {
            return "? FORMAT JSON";
        }
        return "?";
    }

    /** A MariaDB/MySQL DATETIME's fractional-second digits: those of its {@code datetime(n)} form (DATE(n)), else none. */
    private static int dateTimeDigits(ColumnType t) {
        String m = t.mariadb();
        if (m.startsWith("datetime(") && m.endsWith(")")) return Integer.parseInt(m.substring("datetime(".length(), m.length() - 1));
        return t.precision();
    }

    public static void bind(PreparedStatement ps, int i, ColumnType t, Object v, Dialect d) throws SQLException {
        if (v == null || v == Row.NULL) {
            ps.setNull(i, sqlType(t, d));
            return;
        }
        if (d == Dialect.MARIADB && t.kind() == ColumnType.Kind.TIMESTAMPTZ) {
            // as Sequelize's mariadb dialect (timezone +00:00): DATETIME in UTC
            OffsetDateTime o = (OffsetDateTime) stored(t, v, d);
            ps.setObject(i, o.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime());
            return;
        }

        if (d == Dialect.MARIADB && t.kind() == ColumnType.Kind.UUID) {
            ps.setString(i, v.toString());
            return;
        }
        switch (t.kind()) {
            case ENUM, JSON, JSONB, NATIVE -> {
                if (d == Dialect.POSTGRESQL) ps.setObject(i, v.toString(), Types.OTHER);
                else ps.setString(i, v.toString());
            }
            case INTEGER, SMALLINT, BIGINT -> {
                long l = ((Number) v).longValue();
                if (t.kind() == ColumnType.Kind.BIGINT) ps.setLong(i, l);
                else ps.setInt(i, (int) l);
            }
            case BLOB -> {
                ByteBuffer b = ((ByteBuffer) v).duplicate();
                byte[] bytes = new byte[b.remaining()];
                b.get(bytes);
                ps.setBytes(i, bytes);
            }
            case TIME -> ps.setObject(i, stored(t, v, d));
            default -> ps.setObject(i, v);
        }
    }

    private static int sqlType(ColumnType t, Dialect d) {
        return switch (t.kind()) {
            case VARCHAR, CHAR, TEXT -> Types.VARCHAR;
            case ENUM, JSON, JSONB, NATIVE -> d == Dialect.POSTGRESQL ? Types.OTHER : Types.VARCHAR;
            case INTEGER -> Types.INTEGER;
            case SMALLINT -> Types.SMALLINT;
            case BIGINT -> Types.BIGINT;
            case REAL -> Types.REAL;
            case DOUBLE -> Types.DOUBLE;
            case DECIMAL -> Types.NUMERIC;
            case BOOLEAN -> Types.BOOLEAN;
            case TIMESTAMPTZ -> Types.TIMESTAMP_WITH_TIMEZONE;
            case DATE -> Types.DATE;
            case TIME -> Types.TIME;
            case UUID, GEOMETRY -> Types.OTHER;
            case BLOB -> Types.BINARY;
        };
    }

    /** A default that seeding fills itself; null when the database must compute it (SQL defaults). */
    public static Object defaultValue(Column c, List<String> enumValues, OffsetDateTime now) {
        if (c.defaultValue().isEmpty()) return null;
        var d = c.defaultValue().get();
        return switch (d.kind()) {
            case NOW -> switch (c.type().kind()) {
                case DATE -> now.toLocalDate();
                case TIME -> now.toLocalTime();
                default -> now;
            };
            case UUIDV4 -> UUID.randomUUID();
            case SQL -> null;
            case LITERAL -> {
                try {
                    yield fromText(d.value(), c.type(), enumValues);
                } catch (BadValue e) {
                    yield null;
                }
            }
        };
    }
}
