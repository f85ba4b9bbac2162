package dev.modelsync.inspect;

import dev.modelsync.problem.ModelSyncException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one catalog query and returns its rows; one prepared statement per call, all rows in one fetch.
 * Everything it reads goes into a running SHA-256 ({@link #readDigest()}).
 */
final class CatalogQuery {
    private final Connection connection;
    /** What was read, in order, for {@link #readDigest()}: each query's text, parameters, labels and rows. */
    private final List<Read> reads = new ArrayList<>();

    private record Read(String sql, Object[] params, List<String> labels, List<Row> rows) {
    }

    CatalogQuery(Connection connection) {
        this.connection = connection;
    }

    /**
     * A SHA-256 of every query this object ran, in order: its text, its parameters, its column labels and
     * every value of every row, each written with its length first, so two different sequences of reads never
     * hash the same bytes. An inspector's result is a function of what it read, so equal digests (from the
     * same modelsync build) mean equal inspections.
     */
    String readDigest() {
        MessageDigest read;
        try {
            read = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e); // every Java platform must have it
        }
        for (Read r : reads) {
            hash(read, 'q', r.sql());
            for (Object p : r.params()) hash(read, 'p', p);
            for (String label : r.labels()) hash(read, 'c', label);
            for (Row row : r.rows()) {
                read.update((byte) 'r');
                for (Object v : row.values) hash(read, 'v', v);
            }
            read.update((byte) 'e');
        }
        return HexFormat.of().formatHex(read.digest());
    }

    private static void hash(MessageDigest read, char tag, Object value) {
        if (value == null) {
            read.update((byte) 'n');
            return;
        }
        byte[] bytes = value instanceof byte[] b ? b : value.toString().getBytes(StandardCharsets.UTF_8);
        read.update((byte) tag);
        read.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8),
                (byte) bytes.length});
        read.update(bytes);
    }

    List<Row> query(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int count = md.getColumnCount();
                Map<String, Integer> columns = new HashMap<>();
                List<String> labels = new ArrayList<>(count);
                for (int c = 1; c <= count; c++) {
                    String label = md.getColumnLabel(c);
                    columns.put(label.toLowerCase(Locale.ROOT), c - 1);
                    labels.add(label);
                }
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] values = new Object[count];
                    for (int c = 0; c < count; c++) values[c] = rs.getObject(c + 1);
                    rows.add(new Row(columns, values));
                }
                reads.add(new Read(sql, params.clone(), labels, List.copyOf(rows)));
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
