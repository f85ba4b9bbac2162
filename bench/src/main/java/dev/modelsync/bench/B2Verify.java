package dev.modelsync.bench;

import dev.modelsync.ModelSync;
import dev.modelsync.VerifyOptions;
import dev.modelsync.VerifyResult;
import dev.modelsync.db.Dialect;
import dev.modelsync.inspect.Inspector;
import dev.modelsync.inspect.LiveSchema;
import dev.modelsync.verify.Finding;
import dev.modelsync.verify.SchemaComparator;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

/**
 * B2: verify a 500-table schema (250 entities, 250 junctions with two foreign keys each) against
 * the model, versus Liquibase's own snapshot of the same database, in the same run; on PostgreSQL
 * and on MariaDB.
 */
final class B2Verify implements Bench {
    private static final double TARGET_RATIO = 100;

    private final Dialect dialect;

    B2Verify(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public String id() {
        return "B2";
    }

    @Override
    public java.util.Optional<Dialect> database() {
        return java.util.Optional.of(dialect);
    }

    @Override
    public String title() {
        return "verify vs. Liquibase snapshot (" + Bench.dbName(dialect) + ")";
    }

    @Override
    public void run(Context ctx) throws Exception {
        int n = ctx.quick() ? 25 : 250;
        Report report = ctx.report();
        Project p = Project.create(ctx.dir("b2"));
        ModelSetGenerator.of(n).writeTo(p.models());
        String on = dialect == Dialect.POSTGRESQL ? "" : " (" + Bench.dbName(dialect) + ")";
        try (ScratchDb db = ScratchDb.of(dialect)) {
            ModelSync ms = p.modelSync(db.url(), db.user());
            ms.sync();
            int tables = countTables(db);
            report.note(id(), "schema under test: " + tables + " tables in " + db.name() + " (from " + n
                    + " entities via sync)");


            dev.modelsync.schema.Schema desired = ms.resolve().schema();
            Timing inspect = Timing.measure(2, 5, () -> {
                try (Connection c = db.connect()) {
                    Inspector.forConnection(c, db.schema()).inspectLive();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Timing compare = Timing.measure(2, 5, () -> {
                try (Connection c = db.connect()) {
                    LiveSchema live = Inspector.forConnection(c, db.schema()).inspectLive();
                    List<Finding> f = SchemaComparator.compare(desired, live, dialect, false);
                    if (!f.isEmpty()) {
                        throw new IllegalStateException("inspect+compare of a freshly synced schema found " + f.size()
                                + " differences, e.g. " + f.get(0));
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            warmLiquibase(db);
            int[] seen = new int[1];
            Timing lb = Timing.once(() -> {
                try {
                    seen[0] = LiquibaseSnapshot.tables(db, db.schema());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            report.note(id(), "the Liquibase snapshot saw " + seen[0] + " tables");

            double core = lb.medianSeconds() / compare.medianSeconds();
            report.row(id(), "inspect + compare (live drift only), " + tables + " tables" + on, compare.describe(),
                    "Liquibase snapshot " + lb.describe(), Fmt.ratio(core) + " faster", "≥ 100×",
                    core >= TARGET_RATIO);
            report.row(id(), "inspect only, " + tables + " tables" + on, inspect.describe(),
                    "Liquibase snapshot " + Fmt.seconds(lb.medianSeconds()),
                    Fmt.ratio(lb.medianSeconds() / inspect.medianSeconds()) + " faster", "-", null);
            Timing verify = Timing.measure(2, 5, () -> {
                VerifyResult r = ms.verify(VerifyOptions.DEFAULT);
                if (!r.ok()) {
                    throw new IllegalStateException("verify of a freshly synced schema found " + r.findings().size()
                            + " differences, e.g. " + r.findings().get(0));
                }
            });
            double ratio = lb.medianSeconds() / verify.medianSeconds();
            // for information: the target is the like-for-like row above; the goal also parses the
            // changelog with Liquibase and reads its history table, which a snapshot does not
            report.row(id(), "full verify goal (changelog lag + pending + live drift), " + tables + " tables" + on,
                    verify.describe(), "Liquibase snapshot " + Fmt.seconds(lb.medianSeconds()),
                    Fmt.ratio(ratio) + " faster", "-", null);
        }
    }

    /** One snapshot of a two-table schema, so the measured snapshot does not pay for class loading. */
    private static void warmLiquibase(ScratchDb db) throws Exception {
        if (db.dialect() == Dialect.MARIADB) {
            try (ScratchDb warm = ScratchDb.mariadb()) {
                try (Connection c = warm.connect(); Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE a (id integer PRIMARY KEY, name varchar(20) UNIQUE)");
                    s.execute("CREATE TABLE b (id integer PRIMARY KEY, a_id integer, FOREIGN KEY (a_id) REFERENCES a(id))");
                }
                LiquibaseSnapshot.tables(warm, warm.schema());
            }
            return;
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA bench_warm");
            s.execute("CREATE TABLE bench_warm.a (id integer PRIMARY KEY, name varchar(20) UNIQUE)");
            s.execute("CREATE TABLE bench_warm.b (id integer PRIMARY KEY, a_id integer REFERENCES bench_warm.a(id))");
            s.execute("CREATE INDEX b_a ON bench_warm.b (a_id)");
        }
        LiquibaseSnapshot.tables(db, "bench_warm");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA bench_warm CASCADE");
        }
    }

    static int countTables(ScratchDb db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                     + db.schema() + "' AND table_type = 'BASE TABLE'"
                     + " AND lower(table_name) NOT LIKE 'databasechangelog%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
