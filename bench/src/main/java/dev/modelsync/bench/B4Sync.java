package dev.modelsync.bench;

import dev.modelsync.SqlResult;
import dev.modelsync.SyncResult;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * B4: create the 500-table schema on an empty database with our {@code sync} (generate from an
 * empty changelog, then apply through Liquibase), versus executing the same DDL directly over
 * JDBC. The DDL is what {@code sql} prints for the same model, less Liquibase's own bookkeeping
 * (DATABASECHANGELOG, its lock), executed statement by statement in one transaction. Every run
 * gets a fresh database; ours and the baseline alternate, so both see the same machine.
 */
final class B4Sync implements Bench {
    private static final double TARGET_RATIO = 1.5;

    @Override
    public String id() {
        return "B4";
    }

    @Override
    public String title() {
        return "sync vs. plain DDL over JDBC";
    }

    @Override
    public void run(Context ctx) throws Exception {
        int n = ctx.quick() ? 25 : 250;
        int runs = ctx.quick() ? 1 : 3;
        compare(ctx, "PostgreSQL", ScratchDb::postgres, n, runs, true);
        compare(ctx, "H2 (in-memory)", ScratchDb::h2, n, 1, false); // for information: one run each
    }

    private void compare(Context ctx, String dbName, Supplier<ScratchDb> fresh, int n, int runs, boolean target)
            throws Exception {
        Report report = ctx.report();
        Project p = Project.create(ctx.dir("b4-" + (target ? "pg" : "h2")));
        ModelSetGenerator.of(n).writeTo(p.models());

        List<String> ddl;
        try (ScratchDb db = fresh.get()) {
            SqlResult sql = p.modelSync(db.url(), db.user()).sql();
            ddl = SqlScript.split(sql.sql()).stream().filter(s -> !SqlScript.isLiquibaseBookkeeping(s)).toList();
        }
        p.deleteChangelog();
        report.note(id(), dbName + ": " + ddl.size() + " DDL statements for " + 2 * n + " tables");

        // warm-up: one sync and one plain run of a small model, untimed
        Project warm = Project.create(ctx.dir("b4-warm"));
        ModelSetGenerator.of(10).writeTo(warm.models());
        try (ScratchDb db = fresh.get()) {
            warm.modelSync(db.url(), db.user()).sync();
        }
        try (ScratchDb db = fresh.get()) {
            execute(db, ddl);
        }

        List<Long> ours = new ArrayList<>();
        List<Long> plain = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            try (ScratchDb db = fresh.get()) {
                p.deleteChangelog();
                long t0 = System.nanoTime();
                SyncResult r = p.modelSync(db.url(), db.user()).sync();
                ours.add(System.nanoTime() - t0);
                if (r.appliedChangeSets().isEmpty()) throw new IllegalStateException("sync applied nothing");
                check(db, 2 * n, "sync");
            }
            try (ScratchDb db = fresh.get()) {
                long t0 = System.nanoTime();
                execute(db, ddl);
                plain.add(System.nanoTime() - t0);
                check(db, 2 * n, "plain DDL");
            }
        }
        Timing o = new Timing(ours);
        Timing b = new Timing(plain);
        double ratio = o.medianSeconds() / b.medianSeconds();
        report.row(id(), "sync of " + 2 * n + " tables on an empty " + dbName, o.describe(),
                "same DDL over JDBC " + b.describe(), Fmt.ratio(ratio), target ? "≤ 1.5×" : "-",
                target ? ratio <= TARGET_RATIO : null);
    }

    private static void execute(ScratchDb db, List<String> ddl) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : ddl) s.execute(sql);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("plain DDL failed: " + e.getMessage(), e);
        }
    }

    private static void check(ScratchDb db, int expected, String what) throws SQLException {
        try (Connection c = db.connect(); var rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            int count = 0;
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                String name = rs.getString("TABLE_NAME");
                if (schema != null && schema.equalsIgnoreCase("INFORMATION_SCHEMA")) continue;
                if (name.toLowerCase(java.util.Locale.ROOT).startsWith("databasechangelog")) continue;
                count++;
            }
            if (count != expected) {
                throw new IllegalStateException(what + " created " + count + " tables, expected " + expected);
            }
        }
    }
}
