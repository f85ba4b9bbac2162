package dev.modelsync.changelog;

import dev.modelsync.db.Dialect;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.ColumnType.Kind;
import dev.modelsync.schema.DefaultValue;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column types and defaults in three spellings: the Liquibase type text written in
 * {@code createTable}/{@code addColumn} (translated by Liquibase per database), the native SQL
 * of each dialect (used in our own {@code sql} changes), and the way back from a Liquibase type
 * text to a {@link ColumnType} (replay; PostgreSQL spelling is the reference).
 *
 * <p>Where Liquibase's own translation does not give the type we want on both databases
 * (JSONB, BLOB) or no common spelling exists (UUIDV4), the changeset file declares a changelog
 * property scoped by {@code dbms} and the column refers to it.
 */
public final class LiquibaseTypes {
    /** Liquibase's dbms list for MariaDB and MySQL (one dialect for both, as in Sequelize). */
    static final String MARIADB = Dialect.MARIADB.dbms();

    /** Changelog property holding the JSONB type: jsonb on PostgreSQL, json on H2. */
    public static final String PROP_JSONB = "modelsync.type.jsonb";
    /** Changelog property holding the BLOB type: bytea on PostgreSQL, blob on H2. */
    public static final String PROP_BLOB = "modelsync.type.blob";
    /** Changelog property holding the CITEXT type: citext on PostgreSQL, VARCHAR_IGNORECASE on H2. */
    public static final String PROP_CITEXT = "modelsync.type.citext";
    /** Changelog property holding the UUIDV4 default: gen_random_uuid() on PostgreSQL, RANDOM_UUID() on H2. */
    public static final String PROP_UUIDV4 = "modelsync.uuidv4";

    /**
     * Changelog property holding an empty JSON object as an SQL expression: {@code '{}'} on PostgreSQL,
     * {@code JSON '{}'} on H2 (where a plain {@code '{}'} would become the JSON string "{}").
     */
    public static final String PROP_JSON_EMPTY = "modelsync.json.empty";

    /** The values of each property per dbms, in the order they are declared. */
    public static final Map<String, Map<String, String>> PROPERTIES = Map.of(
            PROP_JSONB, Map.of("postgresql", "jsonb", "h2", "json", MARIADB, "json"),
            PROP_BLOB, Map.of("postgresql", "bytea", "h2", "blob", MARIADB, "blob"),
            PROP_CITEXT, Map.of("postgresql", "citext", "h2", "VARCHAR_IGNORECASE", MARIADB, "text"),
            PROP_UUIDV4, Map.of("postgresql", "gen_random_uuid()", "h2", "RANDOM_UUID()", MARIADB, "(UUID())"),
            PROP_JSON_EMPTY, Map.of("postgresql", "'{}'", "h2", "JSON '{}'", MARIADB, "'{}'"));

    /** Default expression of NOW on TIMESTAMPTZ; the parentheses keep Liquibase from rewriting it to NOW(). */
    static final String NOW_TIMESTAMP = "(CURRENT_TIMESTAMP)";
    static final String NOW_DATE = "CURRENT_DATE";
    static final String NOW_TIME = "LOCALTIME";

    private LiquibaseTypes() {
    }

    /**
     * A type with a MariaDB/MySQL form of its own: {@code mariadb(int unsigned) else integer}, which the
     * data type {@code dev.modelsync.apply.MariaDbTypes.Variant} makes the first on MariaDB and MySQL, the
     * second (Liquibase's translation of it) elsewhere, and replay reads back whole.
     */
    public static final Pattern VARIANT = Pattern.compile("(?s)mariadb\\((.+)\\) else (.+)");

    /** The type text for a Liquibase column definition (createTable, addColumn). */
    public static String liquibaseType(ColumnType t) {
        if (!t.mariadb().isEmpty()) return "mariadb(" + t.mariadb() + ") else " + liquibaseType(t.portable());
        return switch (t.kind()) {
            case JSONB -> "${" + PROP_JSONB + "}";
            case BLOB -> "${" + PROP_BLOB + "}";
            case NATIVE -> t.nativeName().equals("citext") ? "${" + PROP_CITEXT + "}" : arrayName(t.nativeName());
            // point, polygon ... on MariaDB/MySQL (no SRID there), H2's GEOMETRY(POINT, 4326) elsewhere
            case GEOMETRY -> "mariadb(" + dev.modelsync.schema.MariaDbSpelling.plain(t) + ") else " + sqlType(t, Dialect.H2);
            default -> sqlType(t, Dialect.POSTGRESQL);
        };
    }

    /** PostgreSQL's internal names of array types, by element type (Liquibase mangles {@code varchar(9)[]}). */
    private static final Map<String, String> ARRAYS = Map.ofEntries(Map.entry("integer", "_int4"),
            Map.entry("bigint", "_int8"), Map.entry("smallint", "_int2"), Map.entry("text", "_text"),
            Map.entry("boolean", "_bool"), Map.entry("uuid", "_uuid"), Map.entry("real", "_float4"),
            Map.entry("double precision", "_float8"), Map.entry("date", "_date"),
            Map.entry("time without time zone", "_time"), Map.entry("timestamp with time zone", "_timestamptz"),
            Map.entry("json", "_json"), Map.entry("jsonb", "_jsonb"), Map.entry("citext", "_citext"),
            Map.entry("inet", "_inet"), Map.entry("cidr", "_cidr"), Map.entry("macaddr", "_macaddr"),
            Map.entry("character varying", "_varchar"), Map.entry("character", "_bpchar"), Map.entry("numeric", "_numeric"));

    /** {@code character varying(255)[]} as {@code _varchar(255)}, which Liquibase passes through unchanged. */
    static String arrayName(String nativeName) {
        if (!nativeName.endsWith("[]")) return nativeName;
        String element = nativeName.substring(0, nativeName.length() - 2);
        int open = element.indexOf('(');
        String base = open < 0 ? element : element.substring(0, open);
        String internal = ARRAYS.get(base);
        return internal == null ? nativeName : internal + (open < 0 ? "" : element.substring(open));
    }

    /** {@code _varchar(255)} back to {@code character varying(255)[]}; empty when not an internal array name. */
    private static Optional<String> fromArrayName(String norm) {
        if (!norm.startsWith("_")) return Optional.empty();
        int open = norm.indexOf('(');
        String base = open < 0 ? norm : norm.substring(0, open);
        for (Map.Entry<String, String> e : ARRAYS.entrySet()) {
            if (e.getValue().equals(base)) return Optional.of(e.getKey() + (open < 0 ? "" : norm.substring(open)) + "[]");
        }
        return Optional.empty();
    }

    /** The property a Liquibase type text needs, if any. */
    static Optional<String> propertyOf(ColumnType t) {
        return switch (t.kind()) {
            case JSONB -> Optional.of(PROP_JSONB);
            case BLOB -> Optional.of(PROP_BLOB);
            case NATIVE -> t.nativeName().equals("citext") ? Optional.of(PROP_CITEXT) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Native SQL type text of a dialect, used in our own {@code sql} changes. */
    public static String sqlType(ColumnType t, Dialect d) {
        boolean pg = d == Dialect.POSTGRESQL;
        return switch (t.kind()) {
            case VARCHAR -> "varchar(" + t.length() + ")";
            case CHAR -> "char(" + t.length() + ")";
            case TEXT -> pg ? "text" : "CLOB";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case SMALLINT -> "smallint";
            case REAL -> "real";
            case DOUBLE -> "double precision";
            case DECIMAL -> t.precision() == 0 ? "numeric" : "numeric(" + t.precision() + "," + t.scale() + ")";
            case BOOLEAN -> "boolean";
            case TIMESTAMPTZ -> t.precision() == 0 ? "timestamp with time zone" : "timestamp(" + t.precision() + ") with time zone";
            case DATE -> "date";
            case TIME -> "time";
            case UUID -> "uuid";
            case JSON -> pg ? "json" : "JSON";
            case JSONB -> pg ? "jsonb" : "JSON";
            case BLOB -> pg ? "bytea" : "BLOB";
            case ENUM -> quoteTable(t.enumName());
            case NATIVE -> pg || !t.nativeName().equals("citext") ? t.nativeName() : "VARCHAR_IGNORECASE";
            case GEOMETRY -> t.toString(); // H2's spelling (PostgreSQL would need PostGIS: sync there is refused)
        };
    }

    public static String quote(String identifier) {
        return dev.modelsync.db.Identifiers.quote(identifier);
    }

    /** A table: {@code schema."table"} outside the default schema ({@link dev.modelsync.db.Identifiers#quoteTable}). */
    public static String quoteTable(String name) {
        return dev.modelsync.db.Identifiers.quoteTable(name);
    }

    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** H2's GEOMETRY, GEOMETRY(POINT), GEOMETRY(POINT, 4326) (lower case, spaces collapsed). */
    private static final Pattern GEOMETRY = Pattern.compile("geometry(?:\\s*\\(\\s*([a-z]+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");
    private static final Pattern SCHEMA_ENUM = Pattern.compile("([A-Za-z_][A-Za-z0-9_$]*)\\.\"((?:[^\"]|\"\")+)\"");
    private static final Pattern SIZED = Pattern.compile("([a-z ]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");
    /** {@code timestamp(6) with time zone} (PostgreSQL's spelling), {@code timestamptz(6)}. */
    private static final Pattern TIMESTAMPTZ = Pattern.compile("timestamp ?\\( ?(\\d) ?\\) with time zone|timestamptz ?\\( ?(\\d) ?\\)");
    private static final Map<String, Kind> NAMES = new TreeMap<>();

    static {
        for (String n : new String[]{"text", "clob", "longtext", "character large object"}) NAMES.put(n, Kind.TEXT);
        for (String n : new String[]{"integer", "int", "int4"}) NAMES.put(n, Kind.INTEGER);
        for (String n : new String[]{"bigint", "int8"}) NAMES.put(n, Kind.BIGINT);
        for (String n : new String[]{"smallint", "int2"}) NAMES.put(n, Kind.SMALLINT);
        for (String n : new String[]{"real", "float4"}) NAMES.put(n, Kind.REAL);
        for (String n : new String[]{"double precision", "double", "float8"}) NAMES.put(n, Kind.DOUBLE);
        for (String n : new String[]{"numeric", "decimal"}) NAMES.put(n, Kind.DECIMAL);
        for (String n : new String[]{"boolean", "bool"}) NAMES.put(n, Kind.BOOLEAN);
        for (String n : new String[]{"timestamp with time zone", "timestamptz"}) NAMES.put(n, Kind.TIMESTAMPTZ);
        NAMES.put("date", Kind.DATE);
        for (String n : new String[]{"time", "time without time zone"}) NAMES.put(n, Kind.TIME);
        NAMES.put("uuid", Kind.UUID);
        NAMES.put("json", Kind.JSON);
        NAMES.put("jsonb", Kind.JSONB);
        for (String n : new String[]{"bytea", "blob", "binary large object"}) NAMES.put(n, Kind.BLOB);
    }

    /**
     * Reads a Liquibase (or PostgreSQL) type text back. A double-quoted name, or a name that
     * {@code isEnum} accepts, is an enum type. Empty when the type is not one modelsync knows.
     */
    public static Optional<ColumnType> parse(String text, java.util.function.Predicate<String> isEnum) {
        if (text == null) return Optional.empty();
        String s = text.trim();
        if (s.length() > 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return Optional.of(ColumnType.enumOf(s.substring(1, s.length() - 1).replace("\"\"", "\"")));
        }
        Matcher inSchema = SCHEMA_ENUM.matcher(s);
        if (inSchema.matches()) { // an enum type in a model's schema: app."enum_Audits_status"
            return Optional.of(ColumnType.enumOf(inSchema.group(1).toLowerCase(Locale.ROOT) + "."
                    + inSchema.group(2).replace("\"\"", "\"")));
        }
        if (isEnum.test(s)) return Optional.of(ColumnType.enumOf(s));
        Matcher variant = s.startsWith("mariadb(") ? VARIANT.matcher(s) : null;
        if (variant != null && variant.matches()) return parse(variant.group(2), isEnum).map(t -> t.onMariaDb(variant.group(1)));
        String norm = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Optional<String> array = fromArrayName(norm.replace(" ", ""));
        if (array.isPresent()) return Optional.of(ColumnType.nativeType(array.get()));
        Matcher g = GEOMETRY.matcher(norm);
        if (g.matches()) return Optional.of(ColumnType.geometry(g.group(1) == null ? "" : g.group(1),
                g.group(2) == null ? 0 : Integer.parseInt(g.group(2))));
        Matcher ts = TIMESTAMPTZ.matcher(norm);
        if (ts.matches()) {
            return Optional.of(ColumnType.timestamptz(Integer.parseInt(ts.group(1) != null ? ts.group(1) : ts.group(2))));
        }
        Matcher m = SIZED.matcher(norm);
        if (m.matches()) {
            String name = m.group(1).trim();
            int a = Integer.parseInt(m.group(2));
            int b = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return switch (name) {
                case "varchar", "character varying" -> m.group(3) == null ? Optional.of(ColumnType.varchar(a)) : Optional.empty();
                case "char", "character" -> m.group(3) == null ? Optional.of(ColumnType.chars(a)) : Optional.empty();
                case "numeric", "decimal" -> Optional.of(ColumnType.decimal(a, b));
                default -> Optional.empty();
            };
        }
        Kind k = NAMES.get(norm);
        if (k == null && norm.equals("varchar_ignorecase")) return Optional.of(ColumnType.nativeType("citext"));
        if (k == null && (norm.endsWith("[]") || ColumnType.NATIVE_NAMES.contains(norm))) return Optional.of(ColumnType.nativeType(norm));
        return k == null ? Optional.empty() : Optional.of(ColumnType.of(k));
    }

    /** NOW as a database expression for the column type (Liquibase spelling, valid on both databases). */
    static String nowExpression(ColumnType t) {
        return switch (t.kind()) {
            case DATE -> NOW_DATE;
            case TIME -> NOW_TIME;
            default -> NOW_TIMESTAMP;
        };
    }

    /** Reads a computed default back: our NOW and UUIDV4 spellings, else a raw SQL default. */
    static DefaultValue computedDefault(String expression) {
        String e = expression.trim();
        String norm = e.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return switch (norm) {
            case "(current_timestamp)", "current_timestamp", "now()", "current_date", "localtime", "current_time" ->
                    DefaultValue.NOW;
            case "gen_random_uuid()", "random_uuid()", "(uuid())", "uuid()", "${" + PROP_UUIDV4 + "}" -> DefaultValue.UUIDV4;
            default -> DefaultValue.sql(dev.modelsync.db.DefaultExpressions.stripParens(e));
        };
    }

    /** Whether literal defaults of this type are written as defaultValueNumeric. */
    public static boolean numeric(ColumnType t) {
        return switch (t.kind()) {
            case INTEGER, BIGINT, SMALLINT, REAL, DOUBLE, DECIMAL -> true;
            default -> false;
        };
    }
}
