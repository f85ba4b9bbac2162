package dev.modelsync.bench;

import dev.modelsync.db.Dialect;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * B3: seed 100,000 users, 10,000 projects and 1,000,000 user–project links with a role, from
 * seed files, in a forked JVM limited to {@code -Xmx512m}; versus the database's own bulk load of
 * the same rows into the same tables (emptied in between) in the same run — COPY on PostgreSQL,
 * LOAD DATA LOCAL INFILE on MariaDB. Reports rows/s of both, the ratio and the seed JVM's peak heap.
 */
final class B3Seed implements Bench {
    private static final double TARGET_RATIO = 0.5;
    static final String SEED_HEAP = "-Xmx512m";
    private static final long SEED_TIMEOUT_MINUTES = 6;

    private final Dialect dialect;

    B3Seed(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public String id() {
        return "B3";
    }

    @Override
    public java.util.Optional<Dialect> database() {
        return java.util.Optional.of(dialect);
    }

    private String baselineName() {
        return dialect == Dialect.MARIADB ? "LOAD DATA" : "COPY";
    }

    @Override
    public String title() {
        return "seed vs. " + baselineName() + " (" + Bench.dbName(dialect) + ")";
    }

    @Override
    public void run(Context ctx) throws Exception {
        SeedDataGenerator data = ctx.quick() ? new SeedDataGenerator(2_000, 200, 10) : SeedDataGenerator.full();
        Report report = ctx.report();
        Project p = Project.create(ctx.dir("b3"));
        long seedBytes = data.writeTo(p);
        report.note(id(), Fmt.count(data.rows()) + " rows in seed files of " + Fmt.mib(seedBytes) + " ("
                + Fmt.count(data.users()) + " users, " + Fmt.count(data.projects()) + " projects, "
                + Fmt.count(data.links()) + " links)");

        try (ScratchDb db = ScratchDb.of(dialect)) {
            p.modelSync(db.url(), db.user()).sync();

            long t0 = System.nanoTime();
            try (Connection c = db.connect()) {
                if (dialect == Dialect.MARIADB) {
                    LoadDataBaseline.load(c, B3Tables.of(data,
                            LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS)));
                } else {
                    CopyBaseline.load(c, data);
                }
            }
            long copyNanos = System.nanoTime() - t0;
            checkCounts(db, data, baselineName());
            emptyTables(db);

            SeedRun seed = forkSeed(p, db);
            checkCounts(db, data, "seed");

            double copyRate = data.rows() / (copyNanos / 1e9);
            double seedRate = data.rows() / (seed.nanos / 1e9);
            double ratio = seedRate / copyRate;
            String on = dialect == Dialect.POSTGRESQL ? "" : ", " + Bench.dbName(dialect);
            report.row(id(), "seed " + Fmt.count(data.rows()) + " rows (" + SEED_HEAP + ")" + on,
                    rate(seedRate) + " (" + Fmt.seconds(seed.nanos / 1e9) + ")",
                    baselineName() + " " + rate(copyRate) + " (" + Fmt.seconds(copyNanos / 1e9) + ")",
                    Fmt.ratio(ratio) + " of " + baselineName(), "≥ 0.5× " + baselineName(), ratio >= TARGET_RATIO);
            if (!seed.log.isEmpty()) {
                report.note(id(), Bench.dbName(dialect) + ", the seed's own log: " + String.join("; ", seed.log));
            }
            report.row(id(), "seed peak heap (max live after GC: " + Fmt.mib(seed.liveAfterGc) + ")" + on,
                    Fmt.mib(seed.peakHeap), "heap limit " + Fmt.mib(seed.heapMax), "-", "within -Xmx512m",
                    seed.peakHeap <= seed.heapMax);
            if (seed.inserted != data.rows()) {
                report.note(id(), "seed reported " + Fmt.count(seed.inserted) + " rows inserted, expected "
                        + Fmt.count(data.rows()));
            }
        }
    }

    private static String rate(double rowsPerSecond) {
        return String.format(Locale.ROOT, "%,.0f rows/s", rowsPerSecond);
    }

    /** {@code log}: the seed's own lines for reading and for each table (rows/s, and how the rows went in). */
    record SeedRun(long nanos, long peakHeap, long liveAfterGc, long inserted, long heapMax, List<String> log) {}

    private SeedRun forkSeed(Project p, ScratchDb db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, SEED_HEAP, "-Dliquibase.analytics.enabled=false"));
        String extra = System.getProperty("bench.seedJvmArgs", "");
        if (!extra.isBlank()) cmd.addAll(List.of(extra.trim().split("\\s+")));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SeedWorker.class.getName(),
                p.dir().toString(), db.url(), db.user()));
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String result = null;
        List<String> log = new ArrayList<>();
        List<String> tail = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) result = line;
                else {
                    if (line.startsWith("seed: ") && (line.contains(" in ") && !line.contains(" rows (")
                            || line.contains("not available"))) {
                        log.add(line.substring("seed: ".length()));
                    }
                    tail.add(line);
                    if (tail.size() > 40) tail.remove(0);
                }
            }
        }
        if (!proc.waitFor(SEED_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            proc.destroyForcibly();
            throw new IllegalStateException("the seed JVM did not finish within " + SEED_TIMEOUT_MINUTES + " minutes");
        }
        if (proc.exitValue() != 0 || result == null) {
            throw new IllegalStateException("the seed JVM (" + SEED_HEAP + ") failed with exit code " + proc.exitValue()
                    + ":\n    " + String.join("\n    ", tail));
        }
        String[] f = result.split(" ");
        return new SeedRun(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                Long.parseLong(f[5]), log);
    }

    static void checkCounts(ScratchDb db, SeedDataGenerator data, String what) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            check(s, "Users", data.users(), what);
            check(s, "Projects", data.projects(), what);
            check(s, "UserProjects", data.links(), what);
        }
    }

    private static void check(Statement s, String table, long expected, String what) throws Exception {
        try (var rs = s.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
            rs.next();
            long n = rs.getLong(1);
            if (n != expected) throw new IllegalStateException(what + " left " + n + " rows in " + table + ", expected " + expected);
        }
    }

    static void emptyTables(ScratchDb db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            if (db.dialect() == Dialect.MARIADB) {
                MariaDbWritePaths.emptyTables(s);
                return;
            }
            s.execute("TRUNCATE \"UserProjects\", \"Users\", \"Projects\" RESTART IDENTITY");
            s.execute("CHECKPOINT");
        }
    }
}
