package dev.modelsync.seed.write;

import dev.modelsync.seed.SeedTable;
import dev.modelsync.seed.Sql;

import dev.modelsync.db.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Generated primary keys, assigned on our side so that inserts stay plain batches or COPY
 * (no RETURNING): a block of sequence values is reserved per table, and the sequence is first
 * moved past explicit keys and past the largest key in the table, so later inserts by anyone
 * get the next free id. PostgreSQL: {@code nextval} of the serial/identity sequence;
 * H2: the identity column's base value, then {@code ALTER COLUMN ... RESTART WITH}; MariaDB/MySQL:
 * ids past the AUTO_INCREMENT counter and the largest key, which inserting them moves the counter past.
 * Sequence moves are not transactional on either database: a failed run leaves a gap.
 */
final class IdAllocator {
    private final Connection conn;
    private final Dialect dialect;

    IdAllocator(Connection conn, Dialect dialect) {
        this.conn = conn;
        this.dialect = dialect;
    }

    /**
     * Reserves {@code n} ids for {@code t}'s auto-increment key after moving its sequence past
     * {@code maxExplicit} (Long.MIN_VALUE when none) and the table's current maximum.
     */
    long[] reserve(SeedTable t, int n, long maxExplicit) throws SQLException {
        String col = t.column(t.autoPk()).name();
        long floor = Math.max(maxExplicit, t.emptyAtStart() ? 0 : tableMax(t, col));
        return switch (dialect) {
            case POSTGRESQL -> reservePg(t, col, n, floor);
            case H2 -> reserveH2(t, col, n, floor);
            case MARIADB -> manual(Math.max(floor, nextAutoIncrement(t) - 1), n);
        };
    }

    /**
     * MariaDB/MySQL: the table's AUTO_INCREMENT counter (1 when unknown). Explicit ids at or above it
     * move it past them when inserted, so no DDL (which would commit the seed's transaction) is needed.
     */
    private long nextAutoIncrement(SeedTable t) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT AUTO_INCREMENT FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?")) {
            ps.setString(1, t.name());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return 1;
                long v = rs.getLong(1);
                return rs.wasNull() ? 1 : v;
            }
        }
    }

    private long tableMax(SeedTable t, String col) throws SQLException {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(" + Sql.q(col) + ") FROM " + Sql.table(t.name()))) {
            rs.next();
            long v = rs.getLong(1);
            return rs.wasNull() ? 0 : v;
        }
    }

    private long[] reservePg(SeedTable t, String col, int n, long floor) throws SQLException {
        String seq;
        try (PreparedStatement ps = conn.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
            ps.setString(1, Sql.table(t.name()));
            ps.setString(2, col);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getString(1);
            }
        }
        if (seq == null) return manual(floor, n);
        long nextFree;
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_value, is_called FROM " + seq)) {
            rs.next();
            nextFree = rs.getBoolean(2) ? rs.getLong(1) + 1 : rs.getLong(1);
        }
        if (floor >= nextFree) {
            try (PreparedStatement ps = conn.prepareStatement("SELECT setval(CAST(? AS regclass), ?)")) {
                ps.setString(1, seq);
                ps.setLong(2, floor);
                ps.executeQuery().close();
            }
        }
        long[] ids = new long[n];
        if (n == 0) return ids;
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT nextval(CAST(? AS regclass)) FROM generate_series(1, ?)")) {
            ps.setString(1, seq);
            ps.setInt(2, n);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                int i = 0;
                while (rs.next()) ids[i++] = rs.getLong(1);
            }
        }
        return ids;
    }

    private long[] reserveH2(SeedTable t, String col, int n, long floor) throws SQLException {
        Long base = null;
        try (PreparedStatement ps = conn.prepareStatement("SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = COALESCE(?, CURRENT_SCHEMA) AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            String schema = dev.modelsync.schema.Table.schemaOf(t.name()); // H2 holds a model's schema in upper case
            ps.setString(1, schema.isEmpty() ? null : schema.toUpperCase(java.util.Locale.ROOT));
            ps.setString(2, dev.modelsync.schema.Table.baseNameOf(t.name()));
            ps.setString(3, col);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long b = rs.getLong(1);
                    if (!rs.wasNull()) base = b;
                }
            }
        }
        if (base == null) return manual(floor, n);
        long start = Math.max(base, floor + 1);
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) ids[i] = start + i;
        if (start + n != base) {
            try (Statement s = conn.createStatement()) {
                s.execute("ALTER TABLE " + Sql.table(t.name()) + " ALTER COLUMN " + Sql.q(col) + " RESTART WITH " + (start + n));
            }
        }
        return ids;
    }

    private static long[] manual(long floor, int n) {
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) ids[i] = floor + 1 + i;
        return ids;
    }
}
