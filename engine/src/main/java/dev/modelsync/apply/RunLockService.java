package dev.modelsync.apply;

import dev.modelsync.apply.lock.DatabaseLock;
import liquibase.database.Database;
import liquibase.exception.DatabaseException;
import liquibase.exception.LockException;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;
import liquibase.lockservice.StandardLockService;

/**
 * Liquibase's lock while a modelsync run holds its {@link DatabaseLock}: that lock, which the
 * database releases when the run's connection ends, is what keeps runs apart, so Liquibase's
 * {@code DATABASECHANGELOGLOCK} row is neither set nor waited for (a run killed while holding it
 * would leave it set). Registered through {@code META-INF/services/liquibase.lockservice.LockService};
 * Liquibase's {@code LockServiceFactory} picks the supporting service of highest priority. It
 * supports a database only on a thread that holds a modelsync lock, so Liquibase run in any other
 * way keeps its own lock.
 *
 * <p>{@link #init()} still creates Liquibase's lock table when missing, as Liquibase does, so the
 * database has the tables every Liquibase tool expects.
 */
public final class RunLockService implements LockService {
    private Database database;
    private boolean held;

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE + 100;
    }

    @Override
    public boolean supports(Database database) {
        return DatabaseLock.heldByCurrentThread();
    }

    @Override
    public void setDatabase(Database database) {
        this.database = database;
    }

    @Override
    public void setChangeLogLockWaitTime(long changeLogLockWaitTime) {
        // waiting is done for modelsync's own lock (lockWaitSeconds)
    }

    @Override
    public void setChangeLogLockRecheckTime(long changeLogLockRecheckTime) {
        // as above
    }

    @Override
    public boolean hasChangeLogLock() {
        return held;
    }

    @Override
    public void waitForLock() throws LockException {
        acquireLock();
    }

    @Override
    public boolean acquireLock() throws LockException {
        if (!DatabaseLock.heldByCurrentThread()) {
            throw new LockException("modelsync's database lock is not held by this thread");
        }
        held = true;
        return true;
    }

    @Override
    public void releaseLock() {
        held = false;
    }

    @Override
    public DatabaseChangeLogLock[] listLocks() {
        return new DatabaseChangeLogLock[0];
    }

    @Override
    public void forceReleaseLock() {
        held = false;
    }

    @Override
    public void reset() {
        held = false;
    }

    @Override
    public void init() throws DatabaseException {
        StandardLockService table = new StandardLockService();
        table.setDatabase(database);
        table.init();
    }

    @Override
    public void destroy() {
        // Liquibase's lock table is left as Liquibase would leave it
    }
}
