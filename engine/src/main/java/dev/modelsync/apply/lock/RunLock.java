package dev.modelsync.apply.lock;

import java.sql.Connection;
import java.util.Optional;

/**
 * One way of holding the lock that keeps modelsync runs on one database apart, for one kind of
 * database. Whatever holds it, the database server or the operating system releases it when the
 * holding process dies, so a killed run leaves nothing behind. {@link DatabaseLock} drives it:
 * tries, names the holder while it waits, gives up after the configured time.
 *
 * <p>To support another database, implement this over a lock its server releases when the
 * connection closes (MariaDB: {@code GET_LOCK(name, 0)} to try, {@code IS_USED_LOCK(name)} joined
 * with {@code information_schema.PROCESSLIST} for the holder, {@code RELEASE_LOCK(name)}) and add
 * one case to {@link RunLocks#open}.
 */
interface RunLock extends AutoCloseable {
    /** Tries once, without waiting; true when this run now holds the lock. */
    boolean tryAcquire() throws Exception;

    /** Who holds the lock now (process, host, goal), when the database or the lock file says. */
    Optional<String> holder() throws Exception;

    /** What is locked, for messages: the database (and schema) or the file. */
    String target();

    /** A connection to the database, open while this lock is (for the checks done under it). */
    Connection connection();

    /** Releases the lock if held and closes what it opened. */
    @Override
    void close() throws Exception;
}
