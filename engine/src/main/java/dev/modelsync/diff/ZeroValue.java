package dev.modelsync.diff;

import dev.modelsync.schema.ColumnType;

import java.util.List;

/**
 * The value existing rows get when a column without a default becomes NOT NULL under
 * {@code allowDestructive}: the "zero" of its type, accepted by H2 and PostgreSQL as a quoted
 * literal (Liquibase's {@code defaultNullValue} writes it quoted).
 *
 * @param value the literal text, unquoted: {@code 0}, {@code 1970-01-01}, {@code ""} for strings
 * @param shown how messages show it: {@code 0}, {@code ''}, {@code '1970-01-01'}, {@code false}
 */
public record ZeroValue(String value, String shown) {
    public static final String NIL_UUID = "00000000-0000-0000-0000-000000000000";
    public static final String EPOCH = "1970-01-01 00:00:00+00";

    /**
     * The zero value of a type; {@code enumValues} are the values of an ENUM type (its first value
     * is taken), ignored for other types.
     */
    public static ZeroValue of(ColumnType type, List<String> enumValues) {
        return switch (type.kind()) {
            case VARCHAR, CHAR, TEXT -> quoted("");
            case INTEGER, BIGINT, SMALLINT, REAL, DOUBLE, DECIMAL -> new ZeroValue("0", "0");
            case BOOLEAN -> new ZeroValue("false", "false");
            case TIMESTAMPTZ -> quoted(EPOCH);
            case DATE -> quoted("1970-01-01");
            case TIME -> quoted("00:00:00");
            case UUID -> quoted(NIL_UUID);
            case ENUM -> quoted(enumValues.isEmpty() ? "" : enumValues.get(0));
            case JSON, JSONB -> quoted("{}");
            case BLOB -> new ZeroValue("", "an empty value (0 bytes)");
            case NATIVE -> quoted(nativeZero(type.nativeName()));
            // H2 reads (extended) well-known text: an empty geometry of the column's type and SRID (MariaDB reads none)
            case GEOMETRY -> quoted((type.length() == 0 ? "" : "SRID=" + type.length() + ";")
                    + (type.geometryType().isEmpty() ? "GEOMETRYCOLLECTION" : type.geometryType()) + " EMPTY");
        };
    }

    private static String nativeZero(String name) {
        if (name.endsWith("[]")) return "{}";
        if (name.endsWith("range")) return "empty";
        return switch (name) {
            case "inet", "cidr" -> "0.0.0.0/32";
            case "macaddr" -> "00:00:00:00:00:00";
            default -> "";
        };
    }

    private static ZeroValue quoted(String v) {
        return new ZeroValue(v, "'" + v.replace("'", "''") + "'");
    }
}
