package dev.modelsync;

import dev.modelsync.config.Config;

import dev.modelsync.apply.lock.DatabaseLock;

import dev.modelsync.problem.ModelSyncException;

import java.util.Optional;

/**
 * {@code model:unlock}: frees the lock row of Liquibase's {@code DATABASECHANGELOGLOCK} that a
 * killed run (an older modelsync, or Liquibase on its own) left set, which makes Liquibase run on
 * its own wait. Only when no modelsync run holds the database lock: then it refuses, naming the
 * holder, and changes nothing.
 */
public final class Unlocker {
    private Unlocker() {
    }

    public static UnlockResult unlock(Config config) {
        StringBuilder holder = new StringBuilder();
        Optional<DatabaseLock> taken = DatabaseLock.tryAcquire(config, "unlock", holder::append);
        if (taken.isEmpty()) {
            throw new ModelSyncException("Refusing to unlock " + config.url() + ": a modelsync run holds its database lock: "
                    + holder + ". Nothing was changed; let that run finish (a killed run holds nothing).");
        }
        try (DatabaseLock lock = taken.get()) {
            Optional<String> row = lock.liquibaseLockRow();
            if (row.isEmpty()) {
                config.log().accept("Liquibase's lock table DATABASECHANGELOGLOCK is not locked; nothing to clear.");
                return new UnlockResult(false, Optional.empty());
            }
            boolean cleared = lock.clearLiquibaseLockRow();
            config.log().accept(cleared ? "Cleared Liquibase's lock row in DATABASECHANGELOGLOCK (it was " + row.get() + ")."
                    : "Liquibase's lock row was freed meanwhile; nothing to clear.");
            return new UnlockResult(cleared, cleared ? row : Optional.empty());
        }
    }
}
