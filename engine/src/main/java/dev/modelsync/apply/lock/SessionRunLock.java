package dev.modelsync.apply.lock;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A {@link RunLock} the database server holds for a session of its own: the session is this lock's
 * connection, so the server drops the lock when the connection ends, also when the process is
 * killed. Subclasses say how to take, name and give back the lock.
 */
abstract class SessionRunLock implements RunLock {
    protected final Connection connection;
    protected boolean held;
    private final String target;

    SessionRunLock(Connection connection, String target) throws SQLException {
        this.connection = connection;
        this.target = target;
    }

    /** Gives the lock back while the session goes on. */
    protected abstract void release() throws SQLException;

    @Override
    public String target() {
        return target;
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (held && !connection.isClosed()) release();
        } finally {
            held = false;
            connection.close(); // ends the session: the server drops the lock in any case
        }
    }
}
