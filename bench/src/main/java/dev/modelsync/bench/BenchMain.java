package dev.modelsync.bench;

import dev.modelsync.db.Dialect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the benchmarks (all, or those named by {@code -Dbench.only=B1,B3}) and writes
 * {@code target/benchmarks/results.md}. Exits 1 when a benchmark could not run; a missed target
 * is a result, not a failure.
 */
public final class BenchMain {
    public static final String COMMAND = "mvn -B -Pbench -pl bench -am verify -DskipTests";

    private BenchMain() {
    }

    public static void main(String[] args) throws IOException {
        Quiet.liquibase();
        Path out = Path.of(System.getProperty("bench.out", "target/benchmarks")).toAbsolutePath();
        boolean quick = Boolean.parseBoolean(System.getProperty("bench.quick", "false"));
        String only = System.getProperty("bench.only", "all").trim();
        Set<String> selected = only.isEmpty() || only.equalsIgnoreCase("all") ? Set.of()
                : Arrays.stream(only.split(",")).map(s -> s.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());

        Path work = out.resolve("work");
        Files.createDirectories(work);
        Report report = new Report();
        Bench.Context ctx = new Bench.Context(work, report, quick);
        Set<String> databases = Arrays.stream(System.getProperty("bench.databases", "postgresql,mariadb").split(","))
                .map(s -> s.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        List<Bench> all = List.of(new B1Generate(), new B2Verify(Dialect.POSTGRESQL), new B2Verify(Dialect.MARIADB),
                new B3Seed(Dialect.POSTGRESQL), new B3Seed(Dialect.MARIADB), new MariaDbWritePaths(), new B4Sync(),
                new B5Online(), new P1VerifyProcess(), new P2ImportProcess());

        ZonedDateTime start = ZonedDateTime.now();
        for (Bench b : all) {
            if (selected.isEmpty() ? !b.inAll() : !selected.contains(b.id())) continue;
            if (b.database().isPresent() && !databases.contains(b.database().get().name())) continue;
            System.out.println("== " + b.id() + " " + b.title());
            long t0 = System.nanoTime();
            try {
                b.run(ctx);
            } catch (Throwable e) {
                report.failed(b.id(), describe(e));
                e.printStackTrace(System.out);
            }
            System.out.println("== " + b.id() + " took " + Fmt.seconds((System.nanoTime() - t0) / 1e9));
        }
        Duration took = Duration.between(start, ZonedDateTime.now());

        List<String> header = header(start, took, quick, only);
        report.write(out.resolve("results.md"), header);
        System.out.println();
        System.out.println(report.markdown(header));
        System.out.println("Written to " + out.resolve("results.md"));
        Project.deleteTree(work);
        if (!report.failures().isEmpty()) System.exit(1);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) root = root.getCause();
        String msg = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + (msg.isEmpty() ? "" : ": " + msg);
    }

    private static List<String> header(ZonedDateTime start, Duration took, boolean quick, String only) {
        List<String> h = new ArrayList<>();
        h.add("## Benchmark run " + start.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
        h.add("");
        h.add("- machine: " + Runtime.getRuntime().availableProcessors() + " cores (nproc), "
                + memTotal() + " memory, " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        h.add("- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", benchmark JVM heap max " + Fmt.mib(Runtime.getRuntime().maxMemory()));
        h.add("- database: " + ScratchDb.postgresVersion() + " on " + ScratchDb.pgHost() + "; "
                + ScratchDb.mariadbVersion() + " on " + ScratchDb.mariadbHost() + "; H2 "
                + org.h2.engine.Constants.VERSION + "; Liquibase 4.33.0");
        h.add("- command: `" + COMMAND + "`" + (only.equalsIgnoreCase("all") ? "" : " -Dbench.only=" + only)
                + (quick ? " -Dbench.quick=true (QUICK: small sizes, numbers not comparable)" : ""));
        h.add("- wall time of all benchmarks: " + Fmt.seconds(took.toMillis() / 1e3) + "; load average at the start "
                + START_LOAD + ", at the end " + loadAverage() + " (other work on the machine slows wall times;"
                + " B1 also shows the JVM's CPU time)");
        return h;
    }

    private static final String START_LOAD = loadAverage();

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D+", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kb / (1024.0 * 1024.0));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return "unknown";
    }
}
