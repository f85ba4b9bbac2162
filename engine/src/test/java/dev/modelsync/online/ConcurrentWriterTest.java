package dev.modelsync.online;

import dev.modelsync.ModelSync;
import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer inserts rows without pause while sync adds an index to its table. Online, the writer never
 * waits for a lock (no ungranted lock of its session in pg_locks while the build runs) and its inserts
 * go on during the build; in the plain form, the same observation sees it wait.
 */
class ConcurrentWriterTest {
    @TempDir
    Path project;

    static final String V0 = """
            models:
              Event:
                timestamps: false
                attributes:
                  name: STRING
                  payload: STRING
            """;

    @Test
    void theWriterIsNeverBlockedByAnOnlineIndexBuildButIsByThePlainOne() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.POSTGRESQL)) {
            Pg pg = new Pg(db, project);
            pg.models(V0);
            pg.facade().sync();
            pg.exec("INSERT INTO \"Events\" (\"name\", \"payload\") SELECT md5(g::text), md5((g * 7)::text)"
                    + " FROM generate_series(1, 300000) g", "ANALYZE \"Events\"");

            pg.models(V0.replace("payload: STRING\n", "payload: STRING\n    indexes:\n      - { name: events_name, fields: [name] }\n"));
            Observation online = observe(db, pg.facade(true, Duration.ofSeconds(5)));
            assertThat(online.buildSeen).as("the index build was observed").isTrue();
            assertThat(online.writerWaited).as("the writer never waited for a lock").isFalse();
            assertThat(online.insertsDuringBuild).as("inserts went on during the build").isPositive();
            assertThat(pg.indexes("Events")).contains("events_name|t|f");

            pg.models(V0.replace("payload: STRING\n", "payload: STRING\n    indexes:\n      - { name: events_name, fields: [name] }\n"
                    + "      - { name: events_payload, fields: [payload] }\n"));
            Observation plain = observe(db, pg.facade(false, Duration.ofSeconds(5)));
            assertThat(plain.buildSeen).isTrue();
            assertThat(plain.writerWaited).as("the plain CREATE INDEX blocks the writer").isTrue();
        }
    }

    record Observation(boolean buildSeen, boolean writerWaited, long insertsDuringBuild) {
    }

    private static Observation observe(TestDatabase db, ModelSync ms) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong inserts = new AtomicLong();
        AtomicLong writerPid = new AtomicLong();
        Thread writer = new Thread(() -> {
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 PreparedStatement ins = c.prepareStatement("INSERT INTO \"Events\" (\"name\", \"payload\") VALUES ('w', 'w')")) {
                try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                    rs.next();
                    writerPid.set(rs.getLong(1));
                }
                while (!stop.get()) {
                    ins.executeUpdate();
                    inserts.incrementAndGet();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        AtomicBoolean buildSeen = new AtomicBoolean();
        AtomicBoolean waited = new AtomicBoolean();
        AtomicLong first = new AtomicLong(-1);
        AtomicLong last = new AtomicLong(-1);
        Thread monitor = new Thread(() -> {
            try (Connection c = db.connect(); PreparedStatement q = c.prepareStatement(
                    "SELECT (SELECT count(*) FROM pg_stat_progress_create_index WHERE relid = '\"Events\"'::regclass),"
                            + " (SELECT count(*) FROM pg_locks WHERE pid = ? AND NOT granted)")) {
                while (!stop.get()) {
                    q.setLong(1, writerPid.get());
                    long before = inserts.get();
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            buildSeen.set(true);
                            first.compareAndSet(-1, before);
                            last.set(inserts.get());
                        }
                        if (rs.getLong(2) > 0) waited.set(true);
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        while (writerPid.get() == 0 || inserts.get() == 0) Thread.onSpinWait();
        monitor.start();
        try {
            ms.sync();
        } finally {
            stop.set(true);
            writer.join();
            monitor.join();
        }
        return new Observation(buildSeen.get(), waited.get(), first.get() < 0 ? 0 : last.get() - first.get());
    }
}
