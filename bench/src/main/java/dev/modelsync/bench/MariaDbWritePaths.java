package dev.modelsync.bench;

import dev.modelsync.db.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * B3P: the ways to write many rows into MariaDB, on B3's rows (users, projects, links; ids and
 * timestamps explicit), each in one transaction into the same emptied tables:
 * <ul>
 * <li>LOAD DATA LOCAL INFILE from a stream ({@link LoadDataBaseline});</li>
 * <li>multi-row INSERTs written by the caller: {@code INSERT ... VALUES (?, ...), (?, ...), ...}, 1,000 rows a
 * statement;</li>
 * <li>JDBC batches of 1,000 rewritten into multi-row INSERTs by the driver ({@code rewriteBatchedStatements=true},
 * {@code useBulkStmtsForInserts=false});</li>
 * <li>JDBC batches of 1,000 as the driver sends them by default (MariaDB's bulk protocol,
 * {@code COM_STMT_BULK_EXECUTE}).</li>
 * </ul>
 * Two rounds, the second in reverse order; the median of the two per path, ratio against LOAD DATA.
 * Not part of {@code all}: run with {@code -Dbench.only=B3P}.
 */
final class MariaDbWritePaths implements Bench {
    private static final int ROWS_PER_STATEMENT = 1000;

    @Override
    public String id() {
        return "B3P";
    }

    @Override
    public boolean inAll() {
        return false;
    }

    @Override
    public String title() {
        return "MariaDB write paths: LOAD DATA LOCAL vs. multi-row INSERT vs. JDBC batch";
    }

    private interface Path {
        void load(ScratchDb db, List<B3Tables> tables) throws SQLException;
    }

    @Override
    public void run(Context ctx) throws Exception {
        SeedDataGenerator data = ctx.quick() ? new SeedDataGenerator(2_000, 200, 10) : SeedDataGenerator.full();
        Report report = ctx.report();
        Project p = Project.create(ctx.dir("b3p"));
        data.writeTo(p);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        List<B3Tables> tables = B3Tables.of(data, now);
        Map<String, Path> paths = new LinkedHashMap<>();
        paths.put("LOAD DATA LOCAL INFILE from a stream", (db, t) -> {
            try (Connection c = db.connect()) {
                LoadDataBaseline.load(c, t);
            }
        });
        paths.put("multi-row INSERT, " + ROWS_PER_STATEMENT + " rows a statement", (db, t) -> {
            try (Connection c = db.connect()) {
                multiRowInserts(c, t);
            }
        });
        paths.put("JDBC batch, rewritten by the driver (rewriteBatchedStatements)", (db, t) -> {
            try (Connection c = db.connect("rewriteBatchedStatements=true&useBulkStmtsForInserts=false")) {
                batches(c, t);
            }
        });
        paths.put("JDBC batch, driver default (bulk protocol)", (db, t) -> {
            try (Connection c = db.connect()) {
                batches(c, t);
            }
        });
        Map<String, List<Long>> times = new LinkedHashMap<>();
        try (ScratchDb db = ScratchDb.of(Dialect.MARIADB)) {
            p.modelSync(db.url(), db.user()).sync();
            List<String> order = new ArrayList<>(paths.keySet());
            for (int round = 0; round < 2; round++) {
                for (String name : order) {
                    long t0 = System.nanoTime();
                    paths.get(name).load(db, tables);
                    long nanos = System.nanoTime() - t0;
                    times.computeIfAbsent(name, k -> new ArrayList<>()).add(nanos);
                    B3Seed.checkCounts(db, data, name);
                    B3Seed.emptyTables(db);
                    System.out.printf(Locale.ROOT, "[B3P] %s: %s%n", name, Fmt.seconds(nanos / 1e9));
                }
                java.util.Collections.reverse(order);
            }
        }
        Timing baseline = new Timing(times.values().iterator().next());
        for (var e : times.entrySet()) {
            Timing t = new Timing(e.getValue());
            report.row(id(), e.getKey() + ", " + Fmt.count(data.rows()) + " rows",
                    rate(data.rows() / t.medianSeconds()) + " (" + t.describe() + ")",
                    "LOAD DATA " + Fmt.seconds(baseline.medianSeconds()),
                    Fmt.ratio(baseline.medianSeconds() / t.medianSeconds()) + " of LOAD DATA's rows/s", "-", null);
        }
    }

    private static String rate(double rowsPerSecond) {
        return String.format(Locale.ROOT, "%,.0f rows/s", rowsPerSecond);
    }

    private static void multiRowInserts(Connection c, List<B3Tables> tables) throws SQLException {
        c.setAutoCommit(false);
        for (B3Tables t : tables) {
            int cols = t.columns().size();
            String head = "INSERT INTO \"" + t.name() + "\" (" + t.columnList() + ") VALUES ";
            String one = "(" + "?, ".repeat(cols - 1) + "?)";
            PreparedStatement full = c.prepareStatement(head + String.join(", ",
                    java.util.Collections.nCopies(ROWS_PER_STATEMENT, one)));
            for (long from = 0; from < t.count(); from += ROWS_PER_STATEMENT) {
                int n = (int) Math.min(ROWS_PER_STATEMENT, t.count() - from);
                PreparedStatement ps = n == ROWS_PER_STATEMENT ? full
                        : c.prepareStatement(head + String.join(", ", java.util.Collections.nCopies(n, one)));
                int p = 1;
                for (long r = from; r < from + n; r++) {
                    for (Object v : t.row().apply(r)) bind(ps, p++, v);
                }
                ps.executeUpdate();
                if (ps != full) ps.close();
            }
            full.close();
        }
        c.commit();
    }

    private static void batches(Connection c, List<B3Tables> tables) throws SQLException {
        c.setAutoCommit(false);
        for (B3Tables t : tables) {
            int cols = t.columns().size();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"" + t.name() + "\" (" + t.columnList()
                    + ") VALUES (" + "?, ".repeat(cols - 1) + "?)")) {
                for (long r = 0; r < t.count(); r++) {
                    Object[] v = t.row().apply(r);
                    for (int k = 0; k < v.length; k++) bind(ps, k + 1, v[k]);
                    ps.addBatch();
                    if ((r + 1) % ROWS_PER_STATEMENT == 0) ps.executeBatch();
                }
                ps.executeBatch();
            }
        }
        c.commit();
    }

    private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v instanceof Long l) ps.setLong(i, l);
        else if (v instanceof String s) ps.setString(i, s);
        else ps.setObject(i, v);
    }

    /** Used by B3's MariaDB baseline too. */
    static void emptyTables(Statement s) throws SQLException {
        s.execute("SET FOREIGN_KEY_CHECKS = 0");
        for (String t : List.of("UserProjects", "Users", "Projects")) s.execute("TRUNCATE TABLE \"" + t + "\"");
        s.execute("SET FOREIGN_KEY_CHECKS = 1");
    }
}
