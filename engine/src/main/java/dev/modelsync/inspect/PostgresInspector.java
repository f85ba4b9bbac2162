package dev.modelsync.inspect;

import dev.modelsync.db.DefaultExpressions;

import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL: four pg_catalog queries per schema — tables with columns, constraints
 * (primary, unique, foreign keys with their actions), indexes that back no constraint, and
 * enum types with their labels.
 *
 * <p>The queries avoid per-row calls of SQL-language functions ({@code obj_description},
 * {@code col_description}: each call runs a query of its own, twice per column row) and per-row
 * {@code pg_get_indexdef} for plain columns; comments and column names are read with indexed
 * scalar subqueries, the table comment once per table. On a 500-table schema this took the four
 * queries from ~110 ms to ~50 ms of server time (docs/benchmarks.md, B2).
 */
final class PostgresInspector implements Inspector {
    static final String COLUMNS = """
            WITH tbl AS MATERIALIZED (
                SELECT c.oid, c.relname,
                       (SELECT ds.description FROM pg_description ds WHERE ds.objoid = c.oid
                          AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0) AS table_comment
                FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition)
            SELECT c.relname AS table_name, c.table_comment,
                   a.attname AS column_name, a.attnotnull AS not_null, a.attidentity AS identity,
                   format_type(a.atttypid, a.atttypmod) AS formatted, t.typname AS type_name, t.typtype AS type_type,
                   (SELECT tn.nspname FROM pg_namespace tn WHERE tn.oid = t.typnamespace) AS type_schema,
                   pg_get_expr(d.adbin, d.adrelid) AS default_expr,
                   (SELECT ds.description FROM pg_description ds WHERE ds.objoid = c.oid
                      AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = a.attnum) AS column_comment
            FROM tbl c
            LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            ORDER BY c.relname, a.attnum""";
    static final String CONSTRAINTS = """
            SELECT con.conname AS constraint_name, con.contype AS constraint_type, rel.relname AS table_name,
                   (SELECT a.attname FROM pg_attribute a
                     WHERE a.attrelid = con.conrelid AND a.attnum = k.attnum) AS column_name,
                   fr.relname AS ref_table, fn.nspname AS ref_schema,
                   (SELECT fa.attname FROM pg_attribute fa
                     WHERE fa.attrelid = con.confrelid AND fa.attnum = con.confkey[k.ord]) AS ref_column,
                   con.confdeltype AS on_delete, con.confupdtype AS on_update,
                   con.condeferrable AS deferrable, con.condeferred AS initially_deferred
            FROM pg_constraint con
            JOIN pg_namespace n ON n.oid = con.connamespace
            JOIN pg_class rel ON rel.oid = con.conrelid
            CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
            LEFT JOIN pg_class fr ON fr.oid = con.confrelid
            LEFT JOIN pg_namespace fn ON fn.oid = fr.relnamespace
            WHERE n.nspname = ? AND con.contype IN ('p', 'u', 'f')
            ORDER BY rel.relname, con.conname, k.ord""";
    static final String INDEXES = """
            SELECT t.relname AS table_name, i.relname AS index_name, ix.indisunique AS is_unique,
                   a.attname AS column_name,
                   CASE WHEN k.attnum = 0 THEN pg_get_indexdef(ix.indexrelid, k.ord::int, true) END AS expression,
                   (ix.indoption[k.ord - 1] & 1) = 1 AS descending,
                   pg_get_expr(ix.indpred, ix.indrelid, true) AS predicate,
                   am.amname AS method,
                   (SELECT opc.opcname FROM pg_opclass opc
                     WHERE opc.oid = ix.indclass[k.ord - 1] AND NOT opc.opcdefault) AS operator,
                   (SELECT co.collname FROM pg_collation co
                     WHERE co.oid = ix.indcollation[k.ord - 1] AND co.oid <> a.attcollation) AS collation
            FROM pg_namespace n
            JOIN pg_class t ON t.relnamespace = n.oid
            JOIN pg_index ix ON ix.indrelid = t.oid
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_am am ON am.oid = i.relam
            CROSS JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
            LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
            WHERE n.nspname = ? AND k.ord <= ix.indnkeyatts
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                              WHERE c.conindid = ix.indexrelid AND c.contype IN ('p', 'u', 'x'))
            ORDER BY t.relname, i.relname, k.ord""";
    static final String ENUMS = """
            SELECT t.typname AS type_name, e.enumlabel AS label
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_enum e ON e.enumtypid = t.oid
            WHERE n.nspname = ?
            ORDER BY t.typname, e.enumsortorder""";

    static final String UNMODELLED = """
            SELECT c.relname AS table_name,
                   CASE con.contype WHEN 'c' THEN 'check constraint ' ELSE 'exclusion constraint ' END || con.conname
                   || ' ' || pg_get_constraintdef(con.oid) AS what
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND con.contype IN ('c', 'x')
            UNION ALL
            SELECT c.relname, 'trigger ' || t.tgname || ': ' || pg_get_triggerdef(t.oid)
            FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND NOT t.tgisinternal
            UNION ALL
            SELECT '', CASE c.relkind WHEN 'm' THEN 'materialized view ' ELSE 'view ' END || c.relname
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('v', 'm')
            ORDER BY 1, 2""";

    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");
    private static final Pattern CHAR = Pattern.compile("character\\((\\d+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("numeric(?:\\((\\d+)(?:,(\\d+))?\\))?");
    private static final Pattern TIMESTAMPTZ = Pattern.compile("timestamp(\\(\\d+\\))? with time zone");
    private static final Pattern TIME = Pattern.compile("time(\\(\\d+\\))? without time zone");

    private final CatalogQuery catalog;
    private final String schema;

    /** Further schemas the models name (Sequelize's schema option): their tables are read as {@code schema.table}. */
    private final java.util.Set<String> others;

    PostgresInspector(CatalogQuery catalog, String schema) {
        this(catalog, schema, java.util.Set.of());
    }

    PostgresInspector(CatalogQuery catalog, String schema, java.util.Set<String> others) {
        this.catalog = catalog;
        this.schema = schema;
        this.others = new java.util.TreeSet<>(others);
        this.others.remove(schema);
    }

    @Override
    public String catalogDigest() {
        return catalog.readDigest();
    }

    @Override
    public LiveSchema inspectLive() {
        Map<String, TableBuilder> tables = TableBuilder.newMap();
        Map<String, String> unmapped = new LinkedHashMap<>();
        Map<String, Optional<ColumnType>> types = new HashMap<>(); // a schema has few distinct formatted types
        List<EnumType> enums = new ArrayList<>(inspect(schema, tables, unmapped, types));
        for (String other : others) enums.addAll(inspect(other, tables, unmapped, types));
        return new LiveSchema(new Schema(tables.values().stream().map(TableBuilder::build).toList(), enums),
                new HashMap<>(unmapped));
    }

    /** A table's name in the schema records: qualified outside the default schema. */
    private String name(String nsp, String table) {
        return nsp == null || nsp.equals(schema) ? table : dev.modelsync.schema.Table.qualified(nsp, table);
    }

    /** Reads the tables of one schema into {@code tables}; returns its enum types (named as its tables are). */
    private List<EnumType> inspect(String nsp, Map<String, TableBuilder> tables, Map<String, String> unmapped,
                                   Map<String, Optional<ColumnType>> types) {
        for (CatalogQuery.Row r : catalog.query(COLUMNS, nsp)) {
            String tableName = name(nsp, r.str("table_name"));
            if (TableBuilder.isLiquibaseTable(tableName)) continue;
            TableBuilder t = tables.computeIfAbsent(tableName, TableBuilder::new);
            t.comment(r.str("table_comment"));
            if (r.str("column_name") == null) continue;
            String columnName = r.str("column_name");
            String formatted = r.str("formatted");
            Optional<ColumnType> type = "e".equals(r.str("type_type")) ? Optional.of(ColumnType.enumOf(name(r.str("type_schema"), r.str("type_name"))))
                    : formatted == null ? Optional.empty() : types.computeIfAbsent(formatted, PostgresInspector::mapType);
            if (type.isEmpty()) unmapped.put(LiveSchema.key(tableName, columnName), formatted);
            ColumnType columnType = type.orElse(ColumnType.of(ColumnType.Kind.TEXT));
            DefaultExpressions.Parsed def = DefaultExpressions.parse(r.str("default_expr"), columnType);
            String identity = r.strOr("identity", "");
            boolean autoIncrement = def.sequence() || identity.equals("a") || identity.equals("d");
            t.column(new Column(columnName, columnType, !r.bool("not_null"),
                    autoIncrement ? Optional.empty() : def.value(), autoIncrement,
                    r.strOr("column_comment", ""), List.of()));
        }
        for (CatalogQuery.Row r : catalog.query(CONSTRAINTS, nsp)) {
            TableBuilder t = tables.get(name(nsp, r.str("table_name")));
            if (t == null) continue;
            String name = r.str("constraint_name");
            String column = r.str("column_name");
            switch (r.str("constraint_type")) {
                case "p" -> t.primaryKeyColumn(name, column);
                case "u" -> t.uniqueColumn(name, column);
                default -> t.foreignKeyColumn(name, column, name(r.str("ref_schema"), r.str("ref_table")), r.str("ref_column"),
                        action(r.str("on_delete")), action(r.str("on_update")), r.bool("deferrable"),
                        r.bool("initially_deferred"));
            }
        }
        for (CatalogQuery.Row r : catalog.query(INDEXES, nsp)) {
            TableBuilder t = tables.get(name(nsp, r.str("table_name")));
            if (t == null) continue;
            String column = r.str("column_name") != null ? r.str("column_name") : r.str("expression");
            t.indexColumn(r.str("index_name"), r.bool("is_unique"), r.strOr("predicate", ""), column,
                    r.bool("descending"), "btree".equals(r.str("method")) ? "" : r.str("method"), r.strOr("operator", ""),
                    r.strOr("collation", ""));
        }
        Map<String, List<String>> enumValues = new LinkedHashMap<>();
        for (CatalogQuery.Row r : catalog.query(ENUMS, nsp)) {
            enumValues.computeIfAbsent(r.str("type_name"), k -> new ArrayList<>()).add(r.str("label"));
        }
        return enumValues.entrySet().stream().map(e -> new EnumType(name(nsp, e.getKey()), e.getValue())).toList();
    }

    @Override
    public List<Unmodelled> unmodelled() {
        List<Unmodelled> out = new ArrayList<>();
        for (String nsp : Stream.concat(Stream.of(schema), others.stream()).toList()) {
            for (CatalogQuery.Row r : catalog.query(UNMODELLED, nsp, nsp, nsp)) {
                String table = r.strOr("table_name", "");
                out.add(new Unmodelled(table.isEmpty() ? "" : name(nsp, table), r.str("what")));
            }
        }
        return out;
    }

    static Optional<ColumnType> mapType(String formatted) {
        if (formatted == null) return Optional.empty();
        Matcher m;
        if ((m = VARCHAR.matcher(formatted)).matches()) return Optional.of(ColumnType.varchar(Integer.parseInt(m.group(1))));
        if ((m = CHAR.matcher(formatted)).matches()) return Optional.of(ColumnType.chars(Integer.parseInt(m.group(1))));
        if ((m = NUMERIC.matcher(formatted)).matches()) {
            int p = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            int s = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return Optional.of(ColumnType.decimal(p, s));
        }
        if ((m = TIMESTAMPTZ.matcher(formatted)).matches()) {
            return Optional.of(ColumnType.timestamptz(m.group(1) == null ? 0 : Integer.parseInt(m.group(1).replaceAll("\\D", ""))));
        }
        if (TIME.matcher(formatted).matches()) return kind(ColumnType.Kind.TIME);
        return switch (formatted) {
            case "text" -> kind(ColumnType.Kind.TEXT);
            case "integer" -> kind(ColumnType.Kind.INTEGER);
            case "bigint" -> kind(ColumnType.Kind.BIGINT);
            case "smallint" -> kind(ColumnType.Kind.SMALLINT);
            case "real" -> kind(ColumnType.Kind.REAL);
            case "double precision" -> kind(ColumnType.Kind.DOUBLE);
            case "boolean" -> kind(ColumnType.Kind.BOOLEAN);
            case "date" -> kind(ColumnType.Kind.DATE);
            case "uuid" -> kind(ColumnType.Kind.UUID);
            case "json" -> kind(ColumnType.Kind.JSON);
            case "jsonb" -> kind(ColumnType.Kind.JSONB);
            case "bytea" -> kind(ColumnType.Kind.BLOB);
            default -> formatted.endsWith("[]") || ColumnType.NATIVE_NAMES.contains(formatted)
                    ? Optional.of(ColumnType.nativeType(formatted)) : Optional.empty();
        };
    }

    private static Optional<ColumnType> kind(ColumnType.Kind kind) {
        return Optional.of(ColumnType.of(kind));
    }

    private static ForeignKey.Action action(String code) {
        return switch (code == null ? "a" : code) {
            case "c" -> ForeignKey.Action.CASCADE;
            case "n" -> ForeignKey.Action.SET_NULL;
            case "r" -> ForeignKey.Action.RESTRICT;
            case "d" -> ForeignKey.Action.SET_DEFAULT;
            default -> ForeignKey.Action.NO_ACTION;
        };
    }
}
