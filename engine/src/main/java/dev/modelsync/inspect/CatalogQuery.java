package dev.modelsync.inspect;

import dev.modelsync.problem.ModelSyncException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Runs one catalog query and returns its rows; one prepared statement per call, all rows in one fetch. */
final class CatalogQuery {
    private final Connection connection;

    CatalogQuery(Connection connection) {
        this.connection = connection;
    }

    List<Row> query(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int count = md.getColumnCount();
                Map<String, Integer> columns = new HashMap<>();
                for (int c = 1; c <= count; c++) columns.put(md.getColumnLabel(c).toLowerCase(Locale.ROOT), c - 1);
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] values = new Object[count];
                    for (int c = 0; c < count; c++) values[c] = rs.getObject(c + 1);
                    rows.add(new Row(columns, values));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new ModelSyncException("Cannot read the database catalog: " + e.getMessage(), e);
        }
    }

    /**
     * One result row, columns by lower-case label; the label-to-position map is shared by all
     * rows of one query (built once per query, not once per row).
     */
    static final class Row {
        private final Map<String, Integer> columns;
        private final Object[] values;

        Row(Map<String, Integer> columns, Object[] values) {
            this.columns = columns;
            this.values = values;
        }

        private Object get(String column) {
            Integer i = columns.get(column);
            return i == null ? null : values[i];
        }

        /** This row with one column's value replaced (a table name qualified by its schema). */
        Row with(String column, Object value) {
            Object[] copy = values.clone();
            copy[columns.get(column)] = value;
            return new Row(columns, copy);
        }

        String str(String column) {
            Object v = get(column);
            return v == null ? null : v.toString();
        }

        String strOr(String column, String fallback) {
            String s = str(column);
            return s == null ? fallback : s;
        }

        int integer(String column) {
            Object v = get(column);
            if (v == null) return 0;
            if (v instanceof Number n) return (int) Math.min(Integer.MAX_VALUE, n.longValue());
            return Integer.parseInt(v.toString());
        }

        boolean bool(String column) {
            Object v = get(column);
            if (v instanceof Boolean b) return b;
            return v != null && ("true".equalsIgnoreCase(v.toString()) || "YES".equalsIgnoreCase(v.toString())
                    || "t".equalsIgnoreCase(v.toString()));
        }
    }
}
