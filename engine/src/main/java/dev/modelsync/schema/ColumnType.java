package dev.modelsync.schema;

/**
 * A physical, dialect-neutral column type. Logical Sequelize types are mapped by the resolver
 * (STRING → VARCHAR(255), FLOAT → DOUBLE or REAL by convention, DATE → TIMESTAMPTZ ...).
 * {@code length} is used by VARCHAR and CHAR; {@code precision}/{@code scale} by DECIMAL
 * (0 = unspecified) and by TIMESTAMPTZ, the digits of fractional seconds of {@code timestamp(n) with time
 * zone} (0: none given, {@code timestamp with time zone}; sequelize7 gives DATE(n) one); {@code enumName}
 * by ENUM, naming an {@link EnumType} of the schema, and by
 * NATIVE, holding the PostgreSQL type as its catalog spells it ({@code citext}, {@code inet},
 * {@code integer[]}, {@code int4range}): types that exist on PostgreSQL alone. {@code mariadb}: the
 * column's type on MariaDB/MySQL where it is not the kind's plain one there ({@code int unsigned},
 * {@code int(5) unsigned zerofill}, {@code mediumtext}, {@code datetime(6)}, {@code tinyint}), in
 * {@link MariaDbSpelling}'s canonical form; "" otherwise. PostgreSQL and H2 ignore it (as Sequelize does).
 * GEOMETRY (MariaDB/MySQL and H2; PostgreSQL would need PostGIS): {@code enumName} holds the geometry type
 * in upper case ({@code POINT}, "" for any geometry) and {@code length} the SRID (0: none; MariaDB keeps none).
 */
public record ColumnType(Kind kind, int length, int precision, int scale, String enumName, String mariadb) {
    public enum Kind {
        VARCHAR, CHAR, TEXT, INTEGER, BIGINT, SMALLINT, REAL, DOUBLE, DECIMAL, BOOLEAN,
        TIMESTAMPTZ, DATE, TIME, UUID, ENUM, JSON, JSONB, BLOB, NATIVE, GEOMETRY
    }

    /** The PostgreSQL-only types modelsync writes as NATIVE, arrays ({@code ...[]}) aside. */
    public static final java.util.Set<String> NATIVE_NAMES = java.util.Set.of("citext", "inet", "cidr", "macaddr",
            "tsvector", "hstore", "int4range", "int8range", "numrange", "tstzrange", "daterange");

    public ColumnType {
        enumName = enumName == null ? "" : enumName;
        mariadb = mariadb == null ? "" : mariadb;
    }

    public ColumnType(Kind kind, int length, int precision, int scale, String enumName) {
        this(kind, length, precision, scale, enumName, "");
    }

    /** This type with its MariaDB/MySQL spelling: "" when {@code spelling} is the kind's plain one there. */
    public ColumnType onMariaDb(String spelling) {
        String s = MariaDbSpelling.canonical(spelling);
        return new ColumnType(kind, length, precision, scale, enumName, s.equals(MariaDbSpelling.plain(this)) ? "" : s);
    }

    /** This type as PostgreSQL and H2 have it: without its MariaDB spelling. */
    public ColumnType portable() {
        return mariadb.isEmpty() ? this : new ColumnType(kind, length, precision, scale, enumName, "");
    }

    public static ColumnType of(Kind kind) {
        return new ColumnType(kind, 0, 0, 0, "");
    }

    public static ColumnType varchar(int length) {
        return new ColumnType(Kind.VARCHAR, length, 0, 0, "");
    }

    public static ColumnType chars(int length) {
        return new ColumnType(Kind.CHAR, length, 0, 0, "");
    }

    public static ColumnType decimal(int precision, int scale) {
        return new ColumnType(Kind.DECIMAL, 0, precision, scale, "");
    }

    /** {@code timestamp(n) with time zone}: {@code fraction} digits of fractional seconds, 0 when none are given. */
    public static ColumnType timestamptz(int fraction) {
        return new ColumnType(Kind.TIMESTAMPTZ, 0, fraction, 0, "");
    }

    /** The fractional-second digits a TIMESTAMPTZ column keeps on PostgreSQL and H2: 6 unless fewer are given. */
    public int fractionDigits() {
        return precision > 0 ? precision : 6;
    }

    public static ColumnType enumOf(String enumName) {
        return new ColumnType(Kind.ENUM, 0, 0, 0, enumName);
    }

    /** A PostgreSQL-only type, spelt as PostgreSQL's format_type() spells it. */
    public static ColumnType nativeType(String postgresName) {
        return new ColumnType(Kind.NATIVE, 0, 0, 0, postgresName);
    }

    /** A GEOMETRY column: {@code type} POINT, POLYGON, ... ("" for any geometry), {@code srid} 0 for none. */
    public static ColumnType geometry(String type, int srid) {
        return new ColumnType(Kind.GEOMETRY, srid, 0, 0, type.toUpperCase(java.util.Locale.ROOT));
    }

    /** A GEOMETRY's geometry type (POINT, ...), "" for any geometry or another kind. */
    public String geometryType() {
        return kind == Kind.GEOMETRY ? enumName : "";
    }

    /** The same GEOMETRY type without its SRID (as MariaDB keeps it); this type for other kinds. */
    public ColumnType withoutSrid() {
        return kind == Kind.GEOMETRY && length != 0 ? new ColumnType(kind, 0, 0, 0, enumName, mariadb) : this;
    }

    /** The PostgreSQL spelling of a NATIVE type; "" for other kinds. */
    public String nativeName() {
        return kind == Kind.NATIVE ? enumName : "";
    }

    /** Readable SQL-like form used in dumps and messages: VARCHAR(255), DECIMAL(10,2), ENUM enum_Users_status. */
    @Override
    public String toString() {
        return mariadb.isEmpty() ? base() : base() + " (mariadb " + mariadb + ")";
    }

    private String base() {
        return switch (kind) {
            case VARCHAR, CHAR -> kind + "(" + length + ")";
            case DECIMAL -> precision == 0 ? "DECIMAL" : "DECIMAL(" + precision + "," + scale + ")";
            case TIMESTAMPTZ -> precision == 0 ? "TIMESTAMPTZ" : "TIMESTAMPTZ(" + precision + ")";
            case ENUM -> "ENUM " + enumName;
            case NATIVE -> enumName.toUpperCase(java.util.Locale.ROOT);
            case GEOMETRY -> enumName.isEmpty() ? "GEOMETRY" : "GEOMETRY(" + enumName + (length == 0 ? "" : ", " + length) + ")";
            default -> kind.name();
        };
    }
}
