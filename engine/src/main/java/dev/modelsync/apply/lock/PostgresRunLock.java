package dev.modelsync.apply.lock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A session-level advisory lock ({@code pg_try_advisory_lock}) on a connection of its own, keyed by
 * the schema that holds Liquibase's tracking tables (every changelog run against that schema shares
 * them). The server releases it when the connection ends, also when the process is killed.
 */
final class PostgresRunLock extends SessionRunLock {
    private final long key;

    PostgresRunLock(Connection connection, String goal) throws SQLException {
        this(connection, schemaOf(connection, goal));
    }

    private PostgresRunLock(Connection connection, String[] databaseAndSchema) throws SQLException {
        super(connection, "database " + databaseAndSchema[0] + ", schema " + databaseAndSchema[1]);
        this.key = key(databaseAndSchema[0] + "." + databaseAndSchema[1]);
    }

    /** Names the session after the run (how the waiting runs see it in pg_stat_activity); its database and schema. */
    private static String[] schemaOf(Connection connection, String goal) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute("SET application_name = '" + RunLocks.self(goal).replace("'", "''") + "'");
            try (ResultSet rs = s.executeQuery("SELECT current_database(), current_schema()")) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    /** The advisory lock key: the first 8 bytes of SHA-256("modelsync:" + database.schema). */
    static long key(String schema) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("modelsync:" + schema).getBytes(StandardCharsets.UTF_8));
            long k = 0;
            for (int i = 0; i < 8; i++) k = (k << 8) | (d[i] & 0xff);
            return k;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean tryAcquire() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                held = rs.getBoolean(1);
                return held;
            }
        }
    }

    @Override
    public Optional<String> holder() throws SQLException {
        // a bigint key shows in pg_locks as classid (high half), objid (low half), objsubid 1
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT a.pid, a.application_name, a.usename, a.client_addr, a.backend_start"
                        + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                        + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                        + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                        + " AND l.classid::bigint = ? AND l.objid::bigint = ?")) {
            ps.setLong(1, key >>> 32);
            ps.setLong(2, key & 0xffffffffL);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                String app = rs.getString(2);
                return Optional.of("PostgreSQL backend pid " + rs.getInt(1)
                        + " (application_name '" + (app == null ? "" : app) + "', user " + rs.getString(3)
                        + (rs.getString(4) == null ? "" : ", from " + rs.getString(4))
                        + ", connected since " + rs.getTimestamp(5) + ")");
            }
        }
    }

    @Override
    protected void release() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.execute();
        }
    }
}
