package dev.modelsync.inspect;
import dev.modelsync.db.DefaultExpressions;

import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * H2 2.x: four INFORMATION_SCHEMA queries per schema — tables with columns, constraints
 * (with key columns, referential rules and referenced columns, corrected for H2's stale names of
 * renamed columns), indexes H2 did not generate
 * for a constraint, and ENUM values (of domains and of inline ENUM columns). H2 has no
 * partial indexes, so {@code where} is always empty.
 */
final class H2Inspector implements Inspector {
    static final String COLUMNS = """
            SELECT t.TABLE_NAME, t.REMARKS AS TABLE_COMMENT, c.COLUMN_NAME, c.DATA_TYPE,
                   c.CHARACTER_MAXIMUM_LENGTH, c.DECLARED_NUMERIC_PRECISION, c.DECLARED_NUMERIC_SCALE,
                   c.DATETIME_PRECISION,
                   c.IS_NULLABLE, c.COLUMN_DEFAULT, c.IS_IDENTITY, c.DOMAIN_SCHEMA, c.DOMAIN_NAME, c.DTD_IDENTIFIER,
                   c.REMARKS AS COLUMN_COMMENT, c.GEOMETRY_TYPE, c.GEOMETRY_SRID
            FROM INFORMATION_SCHEMA.TABLES t
            LEFT JOIN INFORMATION_SCHEMA.COLUMNS c
                   ON c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME
            WHERE t.TABLE_SCHEMA = ? AND t.TABLE_TYPE = 'BASE TABLE'
            ORDER BY t.TABLE_NAME, c.ORDINAL_POSITION""";
    /**
     * H2 2.3 keeps the old name of a renamed column in KEY_COLUMN_USAGE (not in INDEX_COLUMNS), so
     * each key column also comes with the column at the same position of the constraint's index
     * ({@code INDEX_COLUMN}, {@code REF_INDEX_COLUMN} for the referenced key): used when the key
     * column names no column of its table.
     */
    static final String CONSTRAINTS = """
            SELECT tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, tc.TABLE_NAME, k.COLUMN_NAME, ic.COLUMN_NAME AS INDEX_COLUMN,
                   rk.TABLE_NAME AS REF_TABLE, rk.TABLE_SCHEMA AS REF_SCHEMA, rk.COLUMN_NAME AS REF_COLUMN, ric.COLUMN_NAME AS REF_INDEX_COLUMN,
                   rc.DELETE_RULE AS ON_DELETE, rc.UPDATE_RULE AS ON_UPDATE
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
            JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
              ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic
              ON ic.INDEX_SCHEMA = tc.INDEX_SCHEMA AND ic.INDEX_NAME = tc.INDEX_NAME AND ic.ORDINAL_POSITION = k.ORDINAL_POSITION
            LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
              ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE rk
              ON rk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA AND rk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
             AND rk.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
            LEFT JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS rtc
              ON rtc.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA AND rtc.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ric
              ON ric.INDEX_SCHEMA = rtc.INDEX_SCHEMA AND ric.INDEX_NAME = rtc.INDEX_NAME
             AND ric.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
            WHERE tc.TABLE_SCHEMA = ? AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
            ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION""";
    static final String INDEXES = """
            SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, ic.COLUMN_NAME, ic.ORDERING_SPECIFICATION
            FROM INFORMATION_SCHEMA.INDEXES i
            JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic
              ON ic.INDEX_SCHEMA = i.INDEX_SCHEMA AND ic.INDEX_NAME = i.INDEX_NAME
            WHERE i.TABLE_SCHEMA = ? AND i.IS_GENERATED = FALSE AND i.INDEX_TYPE_NAME <> 'PRIMARY KEY'
            ORDER BY i.TABLE_NAME, i.INDEX_NAME, ic.ORDINAL_POSITION""";
    static final String ENUMS = """
            SELECT OBJECT_NAME, OBJECT_TYPE, ENUM_IDENTIFIER, VALUE_NAME
            FROM INFORMATION_SCHEMA.ENUM_VALUES
            WHERE OBJECT_SCHEMA = ? AND OBJECT_TYPE IN ('DOMAIN', 'TABLE')
            ORDER BY OBJECT_TYPE, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL""";

    static final String UNMODELLED = """
            SELECT tc.TABLE_NAME, 'check constraint ' || tc.CONSTRAINT_NAME || ' CHECK (' || cc.CHECK_CLAUSE || ')' AS WHAT
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
            JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc
              ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.TABLE_SCHEMA = ? AND tc.CONSTRAINT_TYPE = 'CHECK'
            UNION ALL
            SELECT EVENT_OBJECT_TABLE, 'trigger ' || TRIGGER_NAME
            FROM INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_SCHEMA = ?
            UNION ALL
            SELECT '', 'view ' || TABLE_NAME
            FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA = ?
            ORDER BY 1, 2""";

    private final CatalogQuery catalog;
    private final String schema;

    /** Further schemas the models name (lower case; H2 holds them in upper case), read as {@code schema.table}. */
    private final java.util.Set<String> others;

    H2Inspector(CatalogQuery catalog, String schema) {
        this(catalog, schema, java.util.Set.of());
    }

    H2Inspector(CatalogQuery catalog, String schema, java.util.Set<String> others) {
        this.catalog = catalog;
        this.schema = schema;
        this.others = new java.util.TreeSet<>(others);
    }

    /** A table's name in the schema records: qualified (in the model's lower case) outside the default schema. */
    private String name(String h2Schema, String table) {
        return h2Schema == null || h2Schema.equals(schema) ? table
                : dev.modelsync.schema.Table.qualified(h2Schema.toLowerCase(java.util.Locale.ROOT), table);
    }

    /**
     * The rows of one query (its {@code ?} parameters all the schema) over the default schema and the models' schemas,
     * table names qualified.
     */
    private List<CatalogQuery.Row> rows(String query, String tableColumn, int parameters) {
        List<CatalogQuery.Row> out = new ArrayList<>();
        List<String> schemas = new ArrayList<>(List.of(schema));
        others.stream().map(o -> o.toUpperCase(java.util.Locale.ROOT)).filter(o -> !o.equals(schema)).forEach(schemas::add);
        for (String h2 : schemas) {
            Object[] params = new Object[parameters];
            java.util.Arrays.fill(params, h2);
            for (CatalogQuery.Row r : catalog.query(query, params)) {
                String table = r.str(tableColumn);
                out.add(h2.equals(schema) || table == null || table.isEmpty() ? r : r.with(tableColumn, name(h2, table)));
            }
        }
        return out;
    }

    @Override
    public List<Unmodelled> unmodelled() {
        return rows(UNMODELLED, "table_name", 3).stream()
                .map(r -> new Unmodelled(r.strOr("table_name", ""), r.str("what"))).toList();
    }

    @Override
    public String catalogDigest() {
        return catalog.readDigest();
    }

    @Override
    public LiveSchema inspectLive() {
        List<CatalogQuery.Row> columnRows = rows(COLUMNS, "table_name", 1);
        List<CatalogQuery.Row> constraintRows = rows(CONSTRAINTS, "table_name", 1);
        List<CatalogQuery.Row> indexRows = rows(INDEXES, "table_name", 1);
        List<CatalogQuery.Row> enumRows = rows(ENUMS, "object_name", 1); // domains named as tables are

        Map<String, List<String>> domainValues = new LinkedHashMap<>();
        Map<String, List<String>> inlineValues = new LinkedHashMap<>(); // "table\0dtd" -> values
        for (CatalogQuery.Row r : enumRows) {
            boolean domain = "DOMAIN".equals(r.str("object_type"));
            String key = domain ? r.str("object_name") : r.str("object_name") + "\0" + r.str("enum_identifier");
            (domain ? domainValues : inlineValues).computeIfAbsent(key, k -> new ArrayList<>()).add(r.str("value_name"));
        }
        Map<String, EnumType> enums = new LinkedHashMap<>();
        domainValues.forEach((name, values) -> enums.put(name, new EnumType(name, values)));

        Map<String, TableBuilder> tables = TableBuilder.newMap();
        Map<String, String> unmapped = new LinkedHashMap<>();
        for (CatalogQuery.Row r : columnRows) {
            String tableName = r.str("table_name");
            if (TableBuilder.isLiquibaseTable(tableName)) continue;
            TableBuilder t = tables.computeIfAbsent(tableName, TableBuilder::new);
            t.comment(r.str("table_comment"));
            String columnName = r.str("column_name");
            if (columnName == null) continue;
            Optional<ColumnType> type = mapType(r);
            if (type.isPresent() && type.get().kind() == ColumnType.Kind.ENUM && r.str("domain_name") != null) {
                type = Optional.of(ColumnType.enumOf(name(r.str("domain_schema"), r.str("domain_name"))));
            } else if (type.isPresent() && type.get().kind() == ColumnType.Kind.ENUM) {
                // an inline ENUM column: named as the resolver names enum types
                String name = EnumType.nameFor(tableName, columnName);
                List<String> values = inlineValues.getOrDefault(tableName + "\0" + r.str("dtd_identifier"), List.of());
                enums.putIfAbsent(name, new EnumType(name, values));
                type = Optional.of(ColumnType.enumOf(name));
            }
            if (type.isEmpty()) unmapped.put(LiveSchema.key(tableName, columnName), r.str("data_type"));
            ColumnType columnType = type.orElse(ColumnType.of(ColumnType.Kind.TEXT));
            DefaultExpressions.Parsed def = DefaultExpressions.parse(r.str("column_default"), columnType);
            boolean autoIncrement = def.sequence() || r.bool("is_identity");
            t.column(new Column(columnName, columnType, r.bool("is_nullable"),
                    autoIncrement ? Optional.empty() : def.value(), autoIncrement,
                    r.strOr("column_comment", ""), List.of()));
        }
        Map<String, java.util.Set<String>> columnNames = new java.util.HashMap<>();
        for (CatalogQuery.Row r : columnRows) {
            columnNames.computeIfAbsent(r.str("table_name"), k -> new java.util.HashSet<>()).add(r.str("column_name"));
        }
        for (CatalogQuery.Row r : constraintRows) {
            TableBuilder t = tables.get(r.str("table_name"));
            if (t == null) continue;
            String name = r.str("constraint_name");
            String column = current(columnNames, r.str("table_name"), r.str("column_name"), r.str("index_column"));
            switch (r.str("constraint_type")) {
                case "PRIMARY KEY" -> t.primaryKeyColumn(name, column);
                case "UNIQUE" -> t.uniqueColumn(name, column);
                default -> t.foreignKeyColumn(name, column, name(r.str("ref_schema"), r.str("ref_table")),
                        current(columnNames, name(r.str("ref_schema"), r.str("ref_table")), r.str("ref_column"),
                                r.str("ref_index_column")),
                        ForeignKey.Action.parse(r.strOr("on_delete", "NO ACTION")),
                        ForeignKey.Action.parse(r.strOr("on_update", "NO ACTION")));
            }
        }
        for (CatalogQuery.Row r : indexRows) {
            TableBuilder t = tables.get(r.str("table_name"));
            if (t == null) continue;
            t.indexColumn(r.str("index_name"), r.strOr("index_type_name", "").startsWith("UNIQUE"), "",
                    r.str("column_name"), "DESC".equals(r.str("ordering_specification")));
            if (r.strOr("index_type_name", "").startsWith("SPATIAL")) t.indexType(r.str("index_name"), dev.modelsync.schema.Index.SPATIAL);
        }
        return new LiveSchema(new Schema(tables.values().stream().map(TableBuilder::build).toList(),
                List.copyOf(enums.values())), unmapped);
    }

    /** {@code keyColumn} when it names a column of the table, else (a renamed column) the index column at its position. */
    private static String current(Map<String, java.util.Set<String>> columnNames, String table, String keyColumn,
                                  String indexColumn) {
        boolean stale = !columnNames.getOrDefault(table, java.util.Set.of()).contains(keyColumn);
        return stale && indexColumn != null ? indexColumn : keyColumn;
    }

    static Optional<ColumnType> mapType(CatalogQuery.Row r) {
        String dataType = r.strOr("data_type", "");
        return switch (dataType) {
            case "CHARACTER VARYING" -> Optional.of(ColumnType.varchar(r.integer("character_maximum_length")));
            case "CHARACTER" -> Optional.of(ColumnType.chars(r.integer("character_maximum_length")));
            case "CHARACTER LARGE OBJECT" -> kind(ColumnType.Kind.TEXT);
            case "INTEGER" -> kind(ColumnType.Kind.INTEGER);
            case "BIGINT" -> kind(ColumnType.Kind.BIGINT);
            case "SMALLINT" -> kind(ColumnType.Kind.SMALLINT);
            case "REAL" -> kind(ColumnType.Kind.REAL);
            case "DOUBLE PRECISION" -> kind(ColumnType.Kind.DOUBLE);
            case "NUMERIC" -> Optional.of(ColumnType.decimal(r.integer("declared_numeric_precision"),
                    r.integer("declared_numeric_scale")));
            case "BOOLEAN" -> kind(ColumnType.Kind.BOOLEAN);
            // H2 shows no declared precision: its default, 6, is read as none given (timestamp with time zone)
            case "TIMESTAMP WITH TIME ZONE" -> Optional.of(ColumnType.timestamptz(r.integer("datetime_precision") == 6 ? 0
                    : r.integer("datetime_precision")));
            case "DATE" -> kind(ColumnType.Kind.DATE);
            case "TIME" -> kind(ColumnType.Kind.TIME);
            case "UUID" -> kind(ColumnType.Kind.UUID);
            case "JSON" -> kind(ColumnType.Kind.JSON);
            case "BINARY LARGE OBJECT" -> kind(ColumnType.Kind.BLOB);
            case "VARCHAR_IGNORECASE" -> Optional.of(ColumnType.nativeType("citext"));
            case "ENUM" -> Optional.of(ColumnType.enumOf(r.strOr("domain_name", "")));
            case "GEOMETRY" -> Optional.of(ColumnType.geometry(r.strOr("geometry_type", ""), r.integer("geometry_srid")));
            default -> Optional.empty();
        };
    }

    private static Optional<ColumnType> kind(ColumnType.Kind kind) {
        return Optional.of(ColumnType.of(kind));
    }
}
