package dev.modelsync.resolve;
import dev.modelsync.db.Identifiers;


import dev.modelsync.schema.ColumnType;

import dev.modelsync.model.Conventions;
import dev.modelsync.model.TypeSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a Sequelize data type to the dialect-neutral column type: STRING → VARCHAR(255),
 * CHAR → CHAR(255) unless a length is given, FLOAT → DOUBLE (sequelize6) or REAL (sequelize7),
 * DATE → TIMESTAMPTZ (DATE(n) → TIMESTAMPTZ(n) under sequelize7), DATEONLY → DATE, ENUM → a named
 * enum type {@code enum_<table>_<column>} (in the table's schema).
 */
final class TypeMapper {
    private TypeMapper() {
    }

    static ColumnType map(TypeSpec t, Conventions conventions, String table, String column) {
        ColumnType c = portable(t, conventions, table, column);
        String mariadb = mariaDb(t);
        return mariadb.isEmpty() ? c : c.onMariaDb(mariadb);
    }

    /**
     * The type as Sequelize's mariadb dialect writes it where it keeps more than the portable type: an
     * integer's display width, UNSIGNED and ZEROFILL (and TINYINT, MEDIUMINT), a DECIMAL's or floating type's
     * UNSIGNED and ZEROFILL, TEXT and BLOB sizes, DATE(n)'s fractional seconds; "" otherwise (cheap: most
     * types return at the first test).
     */
    static String mariaDb(TypeSpec t) {
        if (t.modifiers().isEmpty() && t.length() == 0 && (t.kind() != TypeSpec.Logical.DATE || t.precision() == 0)) return "";
        String sign = t.has("ZEROFILL") ? " unsigned zerofill" : t.has("UNSIGNED") ? " unsigned" : "";
        return switch (t.kind()) {
            case INTEGER, BIGINT, SMALLINT -> (t.has("TINYINT") ? "tinyint" : t.has("MEDIUMINT") ? "mediumint"
                    : t.kind() == TypeSpec.Logical.INTEGER ? "int" : t.kind().name().toLowerCase(Locale.ROOT))
                    + (t.length() > 0 ? "(" + t.length() + ")" : "") + sign;
            case DECIMAL -> sign.isEmpty() ? "" : "decimal" + (t.precision() == 0 ? "" : "(" + t.precision() + ","
                    + t.scale() + ")") + sign;
            case FLOAT, REAL, DOUBLE -> sign.isEmpty() ? "" : "double" + sign;
            case TEXT, BLOB -> t.modifiers().isEmpty() ? "" : t.modifiers().get(0).toLowerCase(Locale.ROOT)
                    + t.kind().name().toLowerCase(Locale.ROOT);
            case DATE -> t.precision() > 0 ? "datetime(" + t.precision() + ")" : "";
            default -> "";
        };
    }

    private static ColumnType portable(TypeSpec t, Conventions conventions, String table, String column) {
        return switch (t.kind()) {
            case STRING -> t.has("BINARY") ? ColumnType.of(ColumnType.Kind.BLOB)
                    : ColumnType.varchar(t.length() > 0 ? t.length() : 255);
            case CHAR -> t.has("BINARY") ? ColumnType.of(ColumnType.Kind.BLOB)
                    : ColumnType.chars(t.length() > 0 ? t.length() : 255);
            case TEXT -> ColumnType.of(ColumnType.Kind.TEXT);
            case INTEGER -> ColumnType.of(widened(t, conventions) ? ColumnType.Kind.BIGINT : ColumnType.Kind.INTEGER);
            case BIGINT -> ColumnType.of(ColumnType.Kind.BIGINT);
            case SMALLINT -> ColumnType.of(widened(t, conventions) ? ColumnType.Kind.INTEGER : ColumnType.Kind.SMALLINT);
            case FLOAT -> ColumnType.of(floatKind(t, conventions));
            case REAL -> ColumnType.of(ColumnType.Kind.REAL);
            case DOUBLE -> ColumnType.of(ColumnType.Kind.DOUBLE);
            case DECIMAL -> ColumnType.decimal(t.precision(), t.precision() == 0 ? 0 : t.scale());
            case BOOLEAN -> ColumnType.of(ColumnType.Kind.BOOLEAN);
            // Sequelize 7 keeps DATE(n)'s fractional seconds on PostgreSQL; Sequelize 6 drops them there
            case DATE -> ColumnType.timestamptz(conventions == Conventions.SEQUELIZE7 ? t.precision() : 0);
            case DATEONLY -> ColumnType.of(ColumnType.Kind.DATE);
            case TIME -> ColumnType.of(ColumnType.Kind.TIME);
            case UUID -> ColumnType.of(ColumnType.Kind.UUID);
            case ENUM -> ColumnType.enumOf(enumName(table, column));
            case JSON -> ColumnType.of(ColumnType.Kind.JSON);
            case JSONB -> ColumnType.of(ColumnType.Kind.JSONB);
            case BLOB -> ColumnType.of(ColumnType.Kind.BLOB);
            case CITEXT, INET, CIDR, MACADDR, TSVECTOR, HSTORE -> ColumnType.nativeType(t.kind().name().toLowerCase(Locale.ROOT));
            case ARRAY -> ColumnType.nativeType(postgresName(map(t.element().orElseThrow(), conventions, table, column)) + "[]");
            case RANGE -> ColumnType.nativeType(switch (t.element().orElseThrow().kind()) {
                case INTEGER -> "int4range";
                case BIGINT -> "int8range";
                case DECIMAL -> "numrange";
                case DATE -> "tstzrange";
                default -> "daterange";
            });
            case GEOMETRY -> ColumnType.geometry(t.modifiers().isEmpty() ? "" : t.modifiers().get(0), t.length());
            case VIRTUAL -> throw new IllegalArgumentException("a VIRTUAL attribute has no column");
        };
    }

    /**
     * What {@link #map} leaves out of the type as written, for an info line (Sequelize 6 warns on PostgreSQL
     * likewise): an integer's display width, UNSIGNED, ZEROFILL, FLOAT/DOUBLE/REAL precision and scale,
     * TEXT/BLOB sizes. Empty when nothing is dropped.
     */
    static Optional<String> dropped(TypeSpec t, Conventions conventions) {
        List<String> out = new ArrayList<>();
        switch (t.kind()) {
            case INTEGER, BIGINT, SMALLINT -> {
                if (t.length() > 0) out.add("the display width " + t.length());
            }
            case FLOAT -> {
                if (t.scale() > 0) out.add("the precision and scale (" + t.precision() + "," + t.scale() + ")");
            }
            case DOUBLE, REAL -> {
                if (t.precision() > 0) out.add("the precision" + (t.scale() > 0 ? " and scale (" + t.precision() + ","
                        + t.scale() + ")" : " " + t.precision()));
            }
            case TEXT, BLOB -> t.modifiers().stream().filter(x -> List.of("TINY", "MEDIUM", "LONG").contains(x))
                    .forEach(x -> out.add("the size " + x.toLowerCase(Locale.ROOT)));
            default -> { }
        }
        if (t.has("UNSIGNED") && !widened(t, conventions)) out.add("UNSIGNED");
        if (t.has("ZEROFILL")) out.add("ZEROFILL");
        if (out.isEmpty()) return Optional.empty();
        String last = out.remove(out.size() - 1);
        return Optional.of(out.isEmpty() ? last : String.join(", ", out) + " and " + last);
    }

    /**
     * Sequelize 7 (PostgreSQL) makes INTEGER.UNSIGNED a bigint and SMALLINT.UNSIGNED an integer, the next size that
     * holds every unsigned value; TINYINT and MEDIUMINT keep smallint and integer, and Sequelize 6 drops UNSIGNED.
     */
    private static boolean widened(TypeSpec t, Conventions conventions) {
        return conventions == Conventions.SEQUELIZE7 && t.has("UNSIGNED") && !t.has("ZEROFILL") && !t.has("TINYINT")
                && !t.has("MEDIUMINT") && (t.kind() == TypeSpec.Logical.INTEGER || t.kind() == TypeSpec.Logical.SMALLINT);
    }

    /**
     * FLOAT(p) is PostgreSQL's float(p): real up to 24 binary digits, double precision above (Sequelize 6
     * writes FLOAT(p) as is); FLOAT(p,s) drops both (Sequelize warns); plain FLOAT by convention.
     */
    private static ColumnType.Kind floatKind(TypeSpec t, Conventions conventions) {
        if (t.precision() > 0 && t.scale() == 0) return t.precision() <= 24 ? ColumnType.Kind.REAL : ColumnType.Kind.DOUBLE;
        return conventions == Conventions.SEQUELIZE7 ? ColumnType.Kind.REAL : ColumnType.Kind.DOUBLE;
    }

    /** A column type as PostgreSQL's format_type() spells it (the element of an ARRAY). */
    static String postgresName(ColumnType c) {
        return switch (c.kind()) {
            case VARCHAR -> "character varying(" + c.length() + ")";
            case CHAR -> "character(" + c.length() + ")";
            case DECIMAL -> c.precision() == 0 ? "numeric" : "numeric(" + c.precision() + "," + c.scale() + ")";
            case DOUBLE -> "double precision";
            case TIMESTAMPTZ -> "timestamp with time zone";
            case TIME -> "time without time zone";
            case NATIVE -> c.nativeName();
            default -> c.kind().name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * Sequelize's PostgreSQL enum type name, in the table's schema: {@code enum_<table>_<column>}, or
     * {@code app.enum_<table>_<column>} for a table {@code app.<table>} (as Sequelize 6 and 7 create it).
     */
    static String enumName(String table, String column) {
        String name = dev.modelsync.schema.EnumType.nameFor(table, column);
        String schema = dev.modelsync.schema.Table.schemaOf(name);
        return dev.modelsync.schema.Table.qualified(schema, Identifiers.limit(dev.modelsync.schema.Table.baseNameOf(name)));
    }
}
