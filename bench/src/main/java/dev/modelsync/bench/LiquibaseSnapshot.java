package dev.modelsync.bench;

import liquibase.CatalogAndSchema;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.core.Table;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The B2 baseline: Liquibase 4.33's own snapshot of a schema
 * ({@code SnapshotGeneratorFactory.getInstance().createSnapshot(...)} with the default
 * {@link SnapshotControl}: tables, columns, keys, indexes, sequences, views ...). Liquibase walks
 * foreign-key chains recursively, so it runs in a thread with a 1 GiB stack.
 */
final class LiquibaseSnapshot {
    private static final long STACK_BYTES = 1L << 30;

    private LiquibaseSnapshot() {
    }

    /**
     * Snapshots {@code schema} of the scratch database (on MariaDB/MySQL, where a schema is a database,
     * Liquibase's catalog); returns the number of tables seen.
     */
    static int tables(ScratchDb scratch, String schema) throws Exception {
        AtomicReference<Object> out = new AtomicReference<>();
        CatalogAndSchema which = scratch.dialect() == dev.modelsync.db.Dialect.MARIADB
                ? new CatalogAndSchema(schema, null) : new CatalogAndSchema(null, schema);
        Thread t = new Thread(null, () -> {
            try (Connection c = java.sql.DriverManager.getConnection(scratch.url(), scratch.user(), "")) {
                Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                DatabaseSnapshot snap = SnapshotGeneratorFactory.getInstance()
                        .createSnapshot(which, db, new SnapshotControl(db));
                out.set(snap.get(Table.class).size());
            } catch (Throwable e) {
                out.set(e);
            }
        }, "liquibase-snapshot", STACK_BYTES);
        t.start();
        t.join();
        Object r = out.get();
        if (r instanceof Exception e) throw e;
        if (r instanceof Throwable e) throw new IllegalStateException("Liquibase snapshot failed: " + e, e);
        return (Integer) r;
    }
}
