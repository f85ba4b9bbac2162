package dev.modelsync.bench;

import dev.modelsync.ModelSync;
import dev.modelsync.SyncResult;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * B5: a table of 1,000,000 rows and a writer inserting one row into it every 10 ms; sync adds an
 * index, a foreign key and a NOT NULL to that table. The writer's longest stall (the slowest of its
 * inserts) while sync runs, in the online-safe form and in the plain form of the same change, each
 * on a fresh database filled the same way, in the same run. Target: online < 200 ms.
 */
final class B5Online implements Bench {
    private static final long TARGET_NANOS = 200_000_000L;
    private static final long PERIOD_NANOS = 10_000_000L;

    static final String V0 = """
            models:
              Customer:
                timestamps: false
                attributes:
                  name: STRING
              Order:
                timestamps: false
                attributes:
                  ref: STRING
                  amount: INTEGER
                  note: { type: STRING, defaultValue: none }
                  customerId: INTEGER
            """;

    /** The same table with an index on ref, a foreign key on customerId and note NOT NULL. */
    static final String V1 = """
            models:
              Customer:
                timestamps: false
                attributes:
                  name: STRING
              Order:
                timestamps: false
                attributes:
                  ref: STRING
                  amount: INTEGER
                  note: { type: STRING, defaultValue: none, allowNull: false }
                  customerId: { type: INTEGER, references: { model: Customer, key: id } }
                indexes:
                  - { name: orders_ref, fields: [ref] }
            """;

    @Override
    public String id() {
        return "B5";
    }

    @Override
    public String title() {
        return "writer stall during sync: online vs. plain form";
    }

    @Override
    public void run(Context ctx) throws Exception {
        int rows = ctx.quick() ? 20_000 : 1_000_000;
        Result plain = measure(ctx, rows, false);
        Result online = measure(ctx, rows, true);
        ctx.report().note(id(), String.format(Locale.ROOT, "%,d rows; writer every 10 ms; online: %d inserts, sync %s;"
                        + " plain: %d inserts, sync %s", rows, online.inserts, Fmt.seconds(online.syncNanos / 1e9),
                plain.inserts, Fmt.seconds(plain.syncNanos / 1e9)));
        ctx.report().row(id(), "longest writer stall while sync adds an index, a FK and a NOT NULL to a "
                        + String.format(Locale.ROOT, "%,d", rows) + "-row table",
                "online " + ms(online.maxStallNanos), "plain form " + ms(plain.maxStallNanos),
                Fmt.ratio((double) online.maxStallNanos / plain.maxStallNanos), "online < 200 ms",
                online.maxStallNanos < TARGET_NANOS);
    }

    record Result(long maxStallNanos, long inserts, long syncNanos) {
    }

    private Result measure(Context ctx, int rows, boolean online) throws Exception {
        Project p = Project.create(ctx.dir("b5-" + (online ? "online" : "plain")));
        Files.createDirectories(p.models());
        try (ScratchDb db = ScratchDb.postgres()) {
            Files.writeString(p.models().resolve("models.yaml"), V0);
            sync(p, db, online);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO \"Customers\" (\"name\") SELECT 'c' || g FROM generate_series(1, 1000) g");
                s.execute("INSERT INTO \"Orders\" (\"ref\", \"amount\", \"note\", \"customerId\") SELECT md5(g::text), g,"
                        + " 'n', g % 1000 + 1 FROM generate_series(1, " + rows + ") g");
                s.execute("VACUUM ANALYZE \"Orders\"");
            }
            Files.writeString(p.models().resolve("models.yaml"), V1);

            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong maxStall = new AtomicLong();
            AtomicLong inserts = new AtomicLong();
            Thread writer = new Thread(() -> {
                try (Connection c = db.connect(); PreparedStatement ins = c.prepareStatement(
                        "INSERT INTO \"Orders\" (\"ref\", \"amount\", \"note\", \"customerId\") VALUES ('w', 1, 'w', 1)")) {
                    long next = System.nanoTime();
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        ins.executeUpdate();
                        long took = System.nanoTime() - t0;
                        maxStall.accumulateAndGet(took, Math::max);
                        inserts.incrementAndGet();
                        next += PERIOD_NANOS;
                        long wait = next - System.nanoTime();
                        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        else next = System.nanoTime(); // a stall: start the 10 ms rhythm again
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("the writer failed: " + e.getMessage(), e);
                }
            }, "b5-writer");
            writer.start();
            Thread.sleep(200); // the writer is in its rhythm before sync starts
            long t0 = System.nanoTime();
            SyncResult r;
            try {
                r = sync(p, db, online);
            } finally {
                Thread.sleep(100);
                stop.set(true);
                writer.join();
            }
            long syncNanos = System.nanoTime() - t0;
            if (r.appliedChangeSets().isEmpty()) throw new IllegalStateException("sync applied nothing");
            return new Result(maxStall.get(), inserts.get(), syncNanos);
        }
    }

    private static SyncResult sync(Project p, ScratchDb db, boolean online) {
        ModelSync ms = ModelSync.configure().baseDir(p.dir()).url(db.url()).username(db.user()).online(online).load();
        return ms.sync();
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }
}
