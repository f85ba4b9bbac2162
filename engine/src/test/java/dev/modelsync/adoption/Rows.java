package dev.modelsync.adoption;

import dev.modelsync.db.Dialect;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Rows for any schema: {@link #fill} inserts {@code n} rows into every table, parents first, each
 * column with a value derived from its table, name and row number (a foreign key column takes the
 * referenced column's value for the same row number, so every reference holds). {@link #snapshot}
 * reads every table back as text, to show that a migration kept each row. On MariaDB the
 * connection quotes names in double quotes (ANSI_QUOTES, as {@code TestDatabase} connects).
 */
final class Rows {
    private Rows() {
    }

    static void fill(Connection c, Schema schema, Dialect dialect, int n) throws SQLException {
        List<Table> order = parentsFirst(schema);
        try (Statement s = c.createStatement()) {
            for (Table t : order) {
                for (int i = 1; i <= n; i++) {
                    List<String> names = new ArrayList<>();
                    List<String> values = new ArrayList<>();
                    for (Column col : t.columns()) {
                        names.add(q(col.name()));
                        values.add(literal(schema, t, col, i, dialect));
                    }
                    s.execute("INSERT INTO " + q(t.name()) + " (" + String.join(", ", names) + ") VALUES ("
                            + String.join(", ", values) + ")");
                }
            }
        }
    }

    /** Every table's rows, each as column name → value as text. */
    static Map<String, List<Map<String, String>>> snapshot(Connection c, Schema schema) throws SQLException {
        Map<String, List<Map<String, String>>> out = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            for (Table t : schema.tables()) {
                List<Map<String, String>> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + q(t.name()))) {
                    while (rs.next()) {
                        Map<String, String> row = new TreeMap<>();
                        for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
                            row.put(rs.getMetaData().getColumnName(k), rs.getString(k));
                        }
                        rows.add(row);
                    }
                }
                out.put(t.name(), rows);
            }
        }
        return out;
    }

    /** The rows of {@code snapshot} over the columns {@code keep} names per table, as sorted text lines. */
    static Map<String, List<String>> project(Map<String, List<Map<String, String>>> snapshot, Map<String, List<String>> keep) {
        Map<String, List<String>> out = new TreeMap<>();
        keep.forEach((table, cols) -> out.put(table, snapshot.getOrDefault(table, List.of()).stream()
                .map(row -> String.join("|", cols.stream().map(col -> col + "=" + row.get(col)).toList()))
                .sorted().toList()));
        return out;
    }

    /** The columns of every table, by table name. */
    static Map<String, List<String>> columns(Schema schema) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Table t : schema.tables()) out.put(t.name(), t.columns().stream().map(Column::name).toList());
        return out;
    }

    private static List<Table> parentsFirst(Schema schema) {
        List<Table> out = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>();
        for (Table t : schema.tables()) visit(schema, t, state, out);
        return out;
    }

    private static void visit(Schema schema, Table t, Map<String, Integer> state, List<Table> out) {
        if (state.getOrDefault(t.name(), 0) != 0) return;
        state.put(t.name(), 1);
        for (ForeignKey fk : t.foreignKeys()) {
            if (!fk.refTable().equals(t.name())) schema.table(fk.refTable()).ifPresent(p -> visit(schema, p, state, out));
        }
        state.put(t.name(), 2);
        out.add(t);
    }

    private static String literal(Schema schema, Table t, Column col, int i, Dialect dialect) {
        for (ForeignKey fk : t.foreignKeys()) {
            int k = fk.columns().indexOf(col.name());
            if (k >= 0) {
                Table parent = schema.table(fk.refTable()).orElseThrow();
                Column ref = parent.column(fk.refColumns().get(k)).orElseThrow();
                return literal(schema, parent, ref, i, dialect);
            }
        }
        ColumnType type = col.type();
        String text = i + "-" + t.name() + "-" + col.name(); // the row first: distinct in a prefix index too
        return switch (type.kind()) {
            case VARCHAR, CHAR -> str(type.length() > 0 && type.length() < text.length()
                    ? Integer.toString(i, 36).repeat(type.length()).substring(0, type.length()) : text);
            case TEXT -> str(text);
            case INTEGER, BIGINT, SMALLINT, REAL, DOUBLE -> Integer.toString(i);
            case DECIMAL -> type.precision() > 0 && type.precision() - type.scale() < 2 ? "0" : Integer.toString(i);
            case BOOLEAN -> i % 2 == 0 ? "TRUE" : "FALSE";
            case TIMESTAMPTZ -> dialect == Dialect.MARIADB ? "TIMESTAMP '2024-01-0" + i + " 10:00:00'"
                    : "TIMESTAMP WITH TIME ZONE '2024-01-0" + i + " 10:00:00+00'";
            case DATE -> "DATE '2024-01-0" + i + "'";
            case TIME -> "TIME '10:00:0" + i + "'";
            case UUID -> str(UUID.nameUUIDFromBytes(text.getBytes()).toString());
            case ENUM -> str(schema.enumType(type.enumName()).map(EnumType::values).map(v -> v.get(i % v.size()))
                    .orElseThrow());
            case JSON, JSONB -> dialect == Dialect.H2 ? "JSON '{\"n\":" + i + "}'" : str("{\"n\":" + i + "}");
            case BLOB -> dialect == Dialect.POSTGRESQL ? str("\\x0" + i) : "X'0" + i + "'";
            case NATIVE -> str(type.nativeName().equals("citext") ? text : "");
            case GEOMETRY -> {
                String wkt = geometry(type.geometryType(), i);
                yield dialect == Dialect.MARIADB ? "ST_GeomFromText(" + str(wkt) + ")"
                        : str((type.length() == 0 ? "" : "SRID=" + type.length() + ";") + wkt);
            }
        };
    }

    /** A geometry of the type in well-known text. */
    private static String geometry(String type, int i) {
        String ring = "(0 0, " + i + " 0, " + i + " 1, 0 0)";
        return switch (type) {
            case "LINESTRING" -> "LINESTRING (0 0, " + i + " 1)";
            case "POLYGON" -> "POLYGON (" + ring + ")";
            case "MULTIPOINT" -> "MULTIPOINT ((" + i + " 0))";
            case "MULTILINESTRING" -> "MULTILINESTRING ((0 0, " + i + " 1))";
            case "MULTIPOLYGON" -> "MULTIPOLYGON ((" + ring + "))";
            case "GEOMETRYCOLLECTION" -> "GEOMETRYCOLLECTION (POINT (" + i + " 0))";
            default -> "POINT (" + i + " 0)";
        };
    }

    private static String str(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String q(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
