package dev.modelsync.apply;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * Makes each changeset applied to an H2 database in a file reach the file whole, or not at all,
 * before "Applied" is said. H2 writes committed work to its file in the background, up to
 * {@code WRITE_DELAY} (500 ms by default) after the commit, so a process killed just after a
 * changeset lost it (and its DATABASECHANGELOG row) although it had been reported; and H2 commits
 * each DDL statement, so the background write could also store half a changeset, which the next
 * run could never apply ("already exists").
 *
 * <p>While changesets run, {@code WRITE_DELAY} is set so long that H2 writes nothing in the
 * background, and a {@code CHECKPOINT} after each changeset (and its row) writes it to the file.
 * A kill then loses at most the changeset that was running, whole. The previous setting is put back
 * at the end; after a killed run (the setting still has modelsync's value) the next run puts back
 * H2's default, 500 ms. In-memory databases and other databases are left alone.
 */
final class H2Durability implements AutoCloseable {
    /** The WRITE_DELAY (ms) set while changesets run: about 23 days, and recognisable after a kill. */
    static final int HOLD = 2_000_000_003;
    private static final int H2_DEFAULT = 500;

    private final Connection connection;
    private final int previous;

    private H2Durability(Connection connection, int previous) {
        this.connection = connection;
        this.previous = previous;
    }

    /** Starts holding back H2's background writes when {@code connection} is to an H2 database in a file. */
    static H2Durability start(Connection connection, Consumer<String> log) throws SQLException {
        if (!connection.getMetaData().getURL().toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:h2:")) return none();
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT DATABASE_PATH()")) {
                if (!rs.next() || rs.getString(1) == null) return none(); // in memory
            }
            int previous;
            try (ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                previous = rs.next() ? Integer.parseInt(rs.getString(1).trim()) : H2_DEFAULT;
            }
            if (previous == HOLD) {
                log.accept("A modelsync run was stopped while applying changesets to this H2 database; its WRITE_DELAY is set back to "
                        + H2_DEFAULT + " ms.");
                previous = H2_DEFAULT;
            }
            try {
                s.execute("SET WRITE_DELAY " + HOLD);
            } catch (SQLException e) {
                log.accept("Warning: cannot set WRITE_DELAY on this H2 database (" + e.getMessage().lines().findFirst().orElse("")
                        + "): a killed run may lose up to its last 500 ms of work. Connect as an H2 admin user to avoid that.");
                return none();
            }
            return new H2Durability(connection, previous);
        }
    }

    private static H2Durability none() {
        return new H2Durability(null, 0);
    }

    /** Writes what has been committed to the database file. */
    void afterChangeSet() throws SQLException {
        if (connection == null) return;
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT");
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection == null || connection.isClosed()) return;
        try (Statement s = connection.createStatement()) {
            s.execute("SET WRITE_DELAY " + previous);
            s.execute("CHECKPOINT");
        }
    }
}
