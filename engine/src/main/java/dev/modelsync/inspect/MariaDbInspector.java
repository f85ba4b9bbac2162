package dev.modelsync.inspect;
import dev.modelsync.db.Identifiers;

import dev.modelsync.db.DefaultExpressions;

import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.TableOptions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB and MySQL: six information_schema queries per database, one table each — tables,
 * columns, constraints, their key columns, foreign-key actions, and indexes that back no
 * constraint — joined here.
 *
 * <p>Types are read back as the migrations write them (docs/resolution.md, type table):
 * {@code datetime} is DATE's TIMESTAMPTZ, {@code tinyint(1)} BOOLEAN, {@code char(36)} with a
 * binary collation UUID, {@code longtext} with a binary collation (MariaDB's JSON) JSON.
 * An inline {@code enum(...)} column becomes an enum type named as the resolver names it,
 * {@code enum_<table>_<column>}. The index InnoDB creates for a foreign key carries the
 * constraint's name; it belongs to the foreign key and is not listed as an index.
 */
final class MariaDbInspector implements Inspector {
    // One table of information_schema per query, each filtered by its schema column: MariaDB fills an
    // information_schema table for the constant conditions on it, and one joined to another is filled
    // without them (~10x slower on 500 tables); the rows are joined here instead.
    static final String TABLES = """
            SELECT TABLE_NAME AS table_name, TABLE_COMMENT AS table_comment, ENGINE AS engine,
                   TABLE_COLLATION AS table_collation, @@default_storage_engine AS default_engine,
                   (SELECT s.DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA s
                    WHERE s.SCHEMA_NAME = t.TABLE_SCHEMA) AS default_collation
            FROM information_schema.TABLES t
            WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'
            ORDER BY TABLE_NAME""";
    static final String COLUMNS = """
            SELECT TABLE_NAME AS table_name, COLUMN_NAME AS column_name, IS_NULLABLE AS is_nullable,
                   DATA_TYPE AS data_type, COLUMN_TYPE AS column_type, COLLATION_NAME AS collation_name,
                   COLUMN_DEFAULT AS default_expr, EXTRA AS extra, COLUMN_COMMENT AS column_comment
            FROM information_schema.COLUMNS
            WHERE TABLE_SCHEMA = ?
            ORDER BY TABLE_NAME, ORDINAL_POSITION""";
    static final String CONSTRAINTS = """
            SELECT TABLE_NAME AS table_name, CONSTRAINT_NAME AS constraint_name, CONSTRAINT_TYPE AS constraint_type
            FROM information_schema.TABLE_CONSTRAINTS
            WHERE TABLE_SCHEMA = ? AND CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')""";
    static final String KEY_COLUMNS = """
            SELECT TABLE_NAME AS table_name, CONSTRAINT_NAME AS constraint_name, COLUMN_NAME AS column_name,
                   REFERENCED_TABLE_NAME AS ref_table, REFERENCED_COLUMN_NAME AS ref_column
            FROM information_schema.KEY_COLUMN_USAGE
            WHERE TABLE_SCHEMA = ?
            ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION""";
    static final String RULES = """
            SELECT TABLE_NAME AS table_name, CONSTRAINT_NAME AS constraint_name, DELETE_RULE AS on_delete,
                   UPDATE_RULE AS on_update
            FROM information_schema.REFERENTIAL_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA = ?""";
    /**
     * Indexes but the primary key, with their prefix lengths ({@code SUB_PART}). Unique ones are unique constraints on
     * MariaDB and come with {@link #CONSTRAINTS}, but for those with a prefix, which a unique constraint has not.
     */
    static final String INDEXES = """
            SELECT s.TABLE_NAME AS table_name, s.INDEX_NAME AS index_name, s.COLUMN_NAME AS column_name,
                   s.COLLATION AS collation, s.NON_UNIQUE AS non_unique, s.SUB_PART AS sub_part,
                   s.INDEX_TYPE AS index_type
            FROM information_schema.STATISTICS s
            WHERE s.TABLE_SCHEMA = ? AND s.INDEX_NAME <> 'PRIMARY'
            ORDER BY s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX""";

    /**
     * Checks but those MariaDB makes for its JSON type ({@code json_valid(`column`)}, in double quotes
     * under ANSI_QUOTES), triggers, views.
     */
    static final String UNMODELLED = """
            SELECT cc.TABLE_NAME AS table_name, CONCAT('check constraint ', cc.CONSTRAINT_NAME, ' CHECK (', cc.CHECK_CLAUSE, ')') AS what
            FROM information_schema.CHECK_CONSTRAINTS cc
            WHERE cc.CONSTRAINT_SCHEMA = ? AND cc.CHECK_CLAUSE NOT IN (CONCAT('json_valid(`', cc.CONSTRAINT_NAME, '`)'),
                  CONCAT('json_valid("', cc.CONSTRAINT_NAME, '")'))
            UNION ALL
            SELECT EVENT_OBJECT_TABLE, CONCAT('trigger ', TRIGGER_NAME)
            FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?
            UNION ALL
            SELECT '', CONCAT('view ', TABLE_NAME)
            FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?
            ORDER BY 1, 2""";

    private static final Pattern SIZED = Pattern.compile("(\\w+)\\((\\d+)(?:,(\\d+))?\\)( unsigned)?");
    private static final Pattern ENUM = Pattern.compile("enum\\((.*)\\)", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

    private final CatalogQuery catalog;
    private final String schema;

    MariaDbInspector(CatalogQuery catalog, String schema) {
        this.catalog = catalog;
        this.schema = schema;
    }

    @Override
    public List<Unmodelled> unmodelled() {
        return catalog.query(UNMODELLED, schema, schema, schema).stream()
                .map(r -> new Unmodelled(r.strOr("table_name", ""), r.str("what"))).toList();
    }

    @Override
    public String catalogDigest() {
        return catalog.readDigest();
    }

    @Override
    public LiveSchema inspectLive() {
        Map<String, TableBuilder> tables = TableBuilder.newMap();
        Map<String, String> unmapped = new LinkedHashMap<>();
        List<EnumType> enums = new ArrayList<>();
        TableOptions defaults = TableOptions.NONE;
        for (CatalogQuery.Row r : catalog.query(TABLES, schema)) {
            // the engine and collation of a table that sets none: the same on every row
            defaults = tableOptions(r.strOr("default_engine", ""), r.strOr("default_collation", ""));
            String tableName = r.str("table_name");
            if (TableBuilder.isLiquibaseTable(tableName)) continue;
            TableBuilder t = tables.computeIfAbsent(tableName, TableBuilder::new);
            t.comment(r.str("table_comment"));
            TableOptions options = tableOptions(r.strOr("engine", ""), r.strOr("table_collation", ""));
            if (!options.equals(defaults)) t.options(options);
        }
        for (CatalogQuery.Row r : catalog.query(COLUMNS, schema)) {
            String tableName = r.str("table_name");
            TableBuilder t = tables.get(tableName);
            if (t == null) continue; // a view's, or Liquibase's
            String columnName = r.str("column_name");
            String columnType = r.strOr("column_type", "").toLowerCase(Locale.ROOT);
            Optional<ColumnType> type;
            Matcher e = ENUM.matcher(columnType);
            if (e.matches()) {
                EnumType en = new EnumType(Identifiers.limit("enum_" + tableName + "_" + columnName),
                        literals(r.str("column_type").substring(5, r.str("column_type").length() - 1)));
                enums.add(en);
                type = Optional.of(ColumnType.enumOf(en.name()));
            } else {
                type = mapType(columnType, r.strOr("collation_name", ""));
            }
            if (type.isEmpty()) unmapped.put(LiveSchema.key(tableName, columnName), r.str("column_type"));
            ColumnType ct = type.orElse(ColumnType.of(ColumnType.Kind.TEXT));
            String extra = r.strOr("extra", "").toLowerCase(Locale.ROOT);
            boolean autoIncrement = extra.contains("auto_increment");
            Optional<DefaultValue> def = autoIncrement ? Optional.empty() : defaultOf(r.str("default_expr"), ct);
            t.column(new Column(columnName, ct, "YES".equalsIgnoreCase(r.str("is_nullable")), def, autoIncrement,
                    r.strOr("column_comment", ""), List.of()));
        }
        Map<List<String>, String> kinds = new HashMap<>();
        for (CatalogQuery.Row r : catalog.query(CONSTRAINTS, schema)) {
            kinds.put(List.of(r.str("table_name"), r.str("constraint_name")), r.str("constraint_type"));
        }
        Map<List<String>, CatalogQuery.Row> rules = new HashMap<>();
        for (CatalogQuery.Row r : catalog.query(RULES, schema)) {
            rules.put(List.of(r.str("table_name"), r.str("constraint_name")), r);
        }
        List<CatalogQuery.Row> indexRows = catalog.query(INDEXES, schema);
        java.util.Set<List<String>> prefixed = new java.util.HashSet<>(); // unique indexes with a prefix length
        for (CatalogQuery.Row r : indexRows) {
            if (r.strOr("sub_part", "").isEmpty()) continue;
            prefixed.add(List.of(r.str("table_name"), r.str("index_name")));
        }
        for (CatalogQuery.Row r : catalog.query(KEY_COLUMNS, schema)) {
            TableBuilder t = tables.get(r.str("table_name"));
            String name = r.str("constraint_name");
            List<String> key = List.of(r.str("table_name"), name);
            String kind = kinds.get(key);
            if (t == null || kind == null) continue;
            String column = r.str("column_name");
            switch (kind) {
                case "PRIMARY KEY" -> t.primaryKeyColumn(name, column);
                case "UNIQUE" -> {
                    if (!prefixed.contains(key)) t.uniqueColumn(name, column);
                }
                default -> {
                    CatalogQuery.Row rule = rules.get(key);
                    t.foreignKeyColumn(name, column, r.str("ref_table"), r.str("ref_column"),
                            action(rule == null ? null : rule.str("on_delete")),
                            action(rule == null ? null : rule.str("on_update")));
                }
            }
        }
        for (CatalogQuery.Row r : indexRows) {
            TableBuilder t = tables.get(r.str("table_name"));
            boolean unique = "0".equals(r.strOr("non_unique", "1"));
            if (t == null || unique && !prefixed.contains(List.of(r.str("table_name"), r.str("index_name")))) continue;
            String subPart = r.strOr("sub_part", "");
            String type = r.strOr("index_type", "").toUpperCase(Locale.ROOT);
            boolean spatial = type.equals(Index.SPATIAL);
            // a SPATIAL index shows SUB_PART 32 (the geometry's key length), which no model writes
            t.indexColumn(r.str("index_name"), unique, r.str("column_name"), "D".equals(r.str("collation")),
                    subPart.isEmpty() || spatial ? 0 : Integer.parseInt(subPart),
                    type.equals(Index.FULLTEXT) || spatial ? type : "");
        }
        List<Table> built = tables.values().stream().map(TableBuilder::build).map(MariaDbInspector::withoutFkIndexes).toList();
        return new LiveSchema(new Schema(built, enums), new HashMap<>(unmapped), defaults);
    }

    /** The index InnoDB made for a foreign key has the key's name and columns: part of the key, not an index. */
    static Table withoutFkIndexes(Table t) {
        List<Index> kept = t.indexes().stream().filter(i -> t.foreignKeys().stream().noneMatch(fk ->
                fk.name().equals(i.name()) && fk.columns().equals(i.columns().stream().map(Index.IndexColumn::name).toList())))
                .toList();
        if (kept.size() == t.indexes().size()) return t;
        return new Table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys(), t.uniques(), kept, t.comment(),
                t.renamedFrom(), t.options());
    }

    /** The engine and collation read; the character set is the collation's first word (utf8mb4_bin: utf8mb4). */
    static TableOptions tableOptions(String engine, String collation) {
        return new TableOptions(engine, TableOptions.charsetOf(collation), collation, 0);
    }

    static List<String> literals(String list) {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(list);
        while (m.find()) out.add(m.group(1).replace("''", "'"));
        return out;
    }

    /**
     * A column type as information_schema.COLUMNS.COLUMN_TYPE shows it, in lower case, with its MariaDB
     * spelling where it is not the kind's plain one ({@code int(10) unsigned}, {@code mediumtext},
     * {@code datetime(6)}, {@code tinyint(4)}).
     */
    static Optional<ColumnType> mapType(String columnType, String collation) {
        String base = columnType.replaceAll("( unsigned| zerofill)+$", "");
        boolean signed = base.length() == columnType.length();
        Optional<ColumnType> t = switch (base.replaceAll("\\(\\d+\\)$", "")) {
            case "tinyint" -> signed && base.equals("tinyint(1)") ? kind(ColumnType.Kind.BOOLEAN) : kind(ColumnType.Kind.SMALLINT);
            case "mediumint" -> kind(ColumnType.Kind.INTEGER);
            case "tinytext", "mediumtext" -> kind(ColumnType.Kind.TEXT);
            case "longtext" -> binary(collation) ? kind(ColumnType.Kind.JSON) : kind(ColumnType.Kind.TEXT);
            case "tinyblob", "mediumblob", "longblob" -> kind(ColumnType.Kind.BLOB);
            case "datetime" -> kind(ColumnType.Kind.TIMESTAMPTZ);
            case "geometry" -> Optional.of(ColumnType.geometry("", 0));
            case "point", "linestring", "polygon", "multipoint", "multilinestring", "multipolygon", "geometrycollection" ->
                    Optional.of(ColumnType.geometry(base, 0));
            default -> plainType(base, collation);
        };
        return t.map(c -> switch (c.kind()) {
            case INTEGER, BIGINT, SMALLINT, DECIMAL, DOUBLE, TEXT, BLOB, TIMESTAMPTZ -> c.onMariaDb(columnType);
            case REAL -> signed ? c : c.onMariaDb(columnType);
            default -> signed ? c : ColumnType.of(ColumnType.Kind.NATIVE); // unsigned on a type that has no such form
        }).filter(c -> c.kind() != ColumnType.Kind.NATIVE);
    }

    private static boolean binary(String collation) {
        return collation.toLowerCase(Locale.ROOT).endsWith("_bin");
    }

    private static Optional<ColumnType> plainType(String columnType, String collation) {
        boolean binary = collation.toLowerCase(Locale.ROOT).endsWith("_bin");
        Matcher m = SIZED.matcher(columnType);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(2));
            int b = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return switch (m.group(1)) {
                case "varchar" -> Optional.of(ColumnType.varchar(a));
                case "char" -> Optional.of(a == 36 && binary ? ColumnType.of(ColumnType.Kind.UUID) : ColumnType.chars(a));
                case "decimal" -> Optional.of(ColumnType.decimal(a, b));
                case "tinyint" -> a == 1 ? kind(ColumnType.Kind.BOOLEAN) : Optional.empty();
                case "int" -> kind(ColumnType.Kind.INTEGER);
                case "bigint" -> kind(ColumnType.Kind.BIGINT);
                case "smallint" -> kind(ColumnType.Kind.SMALLINT);
                case "datetime" -> kind(ColumnType.Kind.TIMESTAMPTZ);
                case "time" -> kind(ColumnType.Kind.TIME);
                default -> Optional.empty();
            };
        }
        return switch (columnType) {
            case "text" -> kind(ColumnType.Kind.TEXT);
            case "longtext" -> binary ? kind(ColumnType.Kind.JSON) : Optional.empty();
            case "json" -> kind(ColumnType.Kind.JSON); // MySQL
            case "int" -> kind(ColumnType.Kind.INTEGER);
            case "bigint" -> kind(ColumnType.Kind.BIGINT);
            case "smallint" -> kind(ColumnType.Kind.SMALLINT);
            case "float" -> kind(ColumnType.Kind.REAL);
            case "double" -> kind(ColumnType.Kind.DOUBLE);
            case "datetime" -> kind(ColumnType.Kind.TIMESTAMPTZ);
            case "date" -> kind(ColumnType.Kind.DATE);
            case "time" -> kind(ColumnType.Kind.TIME);
            case "blob" -> kind(ColumnType.Kind.BLOB);
            default -> Optional.empty();
        };
    }

    /** COLUMN_DEFAULT as MariaDB 10.2+ shows it: quoted strings, bare numbers, functions, {@code NULL}. */
    static Optional<DefaultValue> defaultOf(String expression, ColumnType type) {
        if (expression == null) return Optional.empty();
        // NOW on a TIME column: the migrations write CURRENT_TIMESTAMP, which MariaDB keeps as written
        if (type.kind() == ColumnType.Kind.TIME && expression.toLowerCase(Locale.ROOT).startsWith("current_timestamp")) {
            return Optional.of(DefaultValue.NOW);
        }
        if (type.kind() == ColumnType.Kind.BOOLEAN && (expression.equals("1") || expression.equals("0"))) {
            return Optional.of(DefaultValue.literal(expression.equals("1") ? "true" : "false"));
        }
        Optional<DefaultValue> v = DefaultExpressions.parse(expression, type).value();
        // a DECIMAL default is stored at the column's scale ('0' reads back as 0.00)
        if (type.kind() == ColumnType.Kind.DECIMAL && v.isPresent() && v.get().kind() == DefaultValue.Kind.LITERAL) {
            try {
                String plain = new java.math.BigDecimal(v.get().value()).stripTrailingZeros().toPlainString();
                return Optional.of(DefaultValue.literal(plain));
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }

    private static Optional<ColumnType> kind(ColumnType.Kind kind) {
        return Optional.of(ColumnType.of(kind));
    }

    /** information_schema's rule (CASCADE, SET NULL, RESTRICT, NO ACTION, SET DEFAULT); none: NO ACTION. */
    private static ForeignKey.Action action(String rule) {
        return ForeignKey.Action.parse(rule == null || rule.isBlank() ? "NO ACTION" : rule);
    }
}
