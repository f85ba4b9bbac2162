package dev.modelsync.inspect;

import dev.modelsync.ModelSyncException;

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

/** Runs one catalog query and returns its rows; one prepared statement per call. */
final class Catalog {
    private final Connection connection;

    Catalog(Connection connection) {
        this.connection = connection;
    }

    List<Row> query(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> values = new HashMap<>();
                    for (int c = 1; c <= md.getColumnCount(); c++) {
                        values.put(md.getColumnLabel(c).toLowerCase(Locale.ROOT), rs.getObject(c));
                    }
                    rows.add(new Row(values));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new ModelSyncException("Cannot read the database catalog: " + e.getMessage(), e);
        }
    }

    /** One result row, columns by lower-case label. */
    record Row(Map<String, Object> values) {
        String str(String column) {
            Object v = values.get(column);
            return v == null ? null : v.toString();
        }

        String strOr(String column, String fallback) {
            String s = str(column);
            return s == null ? fallback : s;
        }

        int integer(String column) {
            Object v = values.get(column);
            if (v == null) return 0;
            if (v instanceof Number n) return (int) Math.min(Integer.MAX_VALUE, n.longValue());
            return Integer.parseInt(v.toString());
        }

        boolean bool(String column) {
            Object v = values.get(column);
            if (v instanceof Boolean b) return b;
            return v != null && ("true".equalsIgnoreCase(v.toString()) || "YES".equalsIgnoreCase(v.toString())
                    || "t".equalsIgnoreCase(v.toString()));
        }
    }
}
