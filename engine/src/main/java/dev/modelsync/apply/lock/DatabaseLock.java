package dev.modelsync.apply.lock;

import dev.modelsync.config.Config;
import dev.modelsync.problem.ModelSyncException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lock every modelsync run that changes a database holds while it does (sync, seed, baseline,
 * unlock): on PostgreSQL a session-level advisory lock, on H2 a lock on a file next to the
 * database (see {@link RunLock}). The database or the operating system releases it when the
 * process dies, so a killed run leaves nothing to clean up. A second run waits for it, naming the
 * holder, up to {@link Config#lockWaitSeconds()}.
 *
 * <p>Taking it again on the same thread for the same database nests (one lock, released when the
 * outermost holder closes). Liquibase's own lock ({@code DATABASECHANGELOGLOCK}) is replaced by it
 * while it is held: see {@code dev.modelsync.apply.RunLockService}.
 */
public final class DatabaseLock implements AutoCloseable {
    private static final ThreadLocal<Map<String, DatabaseLock>> HELD = ThreadLocal.withInitial(HashMap::new);

    private final RunLock lock;
    private final String url;
    private int depth = 1;

    private DatabaseLock(RunLock lock, String url) {
        this.lock = lock;
        this.url = url;
    }

    /** Takes the lock of the configured database for {@code goal} (as in "model:sync"), waiting as configured. */
    public static DatabaseLock acquire(Config config, String goal) {
        DatabaseLock held = HELD.get().get(config.url());
        if (held != null) {
            held.depth++;
            return held;
        }
        RunLock lock = open(config, goal);
        try {
            LockWait.await(lock::tryAcquire, lock::holder, "database lock", lock.target(), config.lockWaitSeconds(), config.log());
        } catch (RuntimeException e) {
            closeQuietly(lock, e);
            throw e;
        }
        DatabaseLock d = new DatabaseLock(lock, config.url());
        HELD.get().put(config.url(), d);
        return d;
    }

    /**
     * Tries the lock once, without waiting: empty when another run holds it (then {@code holder}
     * receives who, when known).
     */
    public static Optional<DatabaseLock> tryAcquire(Config config, String goal, java.util.function.Consumer<String> holder) {
        if (HELD.get().containsKey(config.url())) return Optional.of(acquire(config, goal));
        RunLock lock = open(config, goal);
        try {
            if (!lock.tryAcquire()) {
                holder.accept(lock.holder().orElse("another run") + " (on " + lock.target() + ")");
                lock.close();
                return Optional.empty();
            }
        } catch (Exception e) {
            closeQuietly(lock, e);
            throw new ModelSyncException("Cannot take the database lock on " + lock.target() + ": " + e.getMessage(), e);
        }
        DatabaseLock d = new DatabaseLock(lock, config.url());
        HELD.get().put(config.url(), d);
        return Optional.of(d);
    }

    /** Whether this thread holds a modelsync database lock (Liquibase's lock is then not taken). */
    public static boolean heldByCurrentThread() {
        return !HELD.get().isEmpty();
    }

    /**
     * A lock row Liquibase left in {@code DATABASECHANGELOGLOCK} (an older run, or plain Liquibase,
     * killed while holding it), described; empty when there is none or it is free.
     */
    public Optional<String> liquibaseLockRow() {
        try (Statement s = lock.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT LOCKED, LOCKGRANTED, LOCKEDBY FROM DATABASECHANGELOGLOCK WHERE ID = 1")) {
            if (!rs.next() || !rs.getBoolean(1)) return Optional.empty();
            return Optional.of("locked by " + rs.getString(3) + " since " + rs.getTimestamp(2));
        } catch (SQLException e) {
            rollback();
            return Optional.empty(); // no lock table: nothing left behind
        }
    }

    /** Frees Liquibase's lock row; returns whether it was set. Only under this lock. */
    public boolean clearLiquibaseLockRow() {
        try (Statement s = lock.connection().createStatement()) {
            return s.executeUpdate("UPDATE DATABASECHANGELOGLOCK SET LOCKED = FALSE, LOCKGRANTED = NULL, LOCKEDBY = NULL"
                    + " WHERE ID = 1 AND LOCKED = TRUE") > 0;
        } catch (SQLException e) {
            rollback();
            return false;
        }
    }

    /** What is locked, for messages. */
    public String target() {
        return lock.target();
    }

    @Override
    public void close() {
        if (--depth > 0) return;
        HELD.get().remove(url);
        try {
            lock.close();
        } catch (Exception e) {
            throw new ModelSyncException("Cannot release the database lock on " + lock.target() + ": " + e.getMessage(), e);
        }
    }

    private void rollback() {
        try {
            Connection c = lock.connection();
            if (!c.getAutoCommit()) c.rollback();
        } catch (SQLException ignored) {
            // the query's failure is what matters
        }
    }

    private static RunLock open(Config config, String goal) {
        try {
            return RunLocks.open(config, goal);
        } catch (SQLException e) {
            throw new ModelSyncException("Cannot prepare the database lock on " + config.url() + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(RunLock lock, Exception cause) {
        try {
            lock.close();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }
}
