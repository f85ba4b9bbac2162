package dev.modelsync.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Wall-clock timings of one operation: {@code warmups} untimed runs, then {@code runs} timed
 * ones. {@link #median()} is the number the reports use; min and max show the spread.
 */
public record Timing(List<Long> nanos, List<Long> cpuNanos) {
    public Timing {
        nanos = List.copyOf(nanos);
        cpuNanos = List.copyOf(cpuNanos);
        if (nanos.isEmpty()) throw new IllegalArgumentException("no timed run");
    }

    public Timing(List<Long> nanos) {
        this(nanos, List.of());
    }

    /** CPU time of this whole JVM (all threads: the operation, GC, JIT), in nanoseconds. */
    static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** An operation slower than this in its first warm-up is measured by that one run alone. */
    static final long SLOW_NANOS = 3_000_000_000L;

    /** Runs {@code setup} (untimed) and then {@code op} (timed), {@code warmups + runs} times. */
    public static Timing measure(int warmups, int runs, Runnable setup, Runnable op) {
        return measure(warmups, runs, false, setup, op);
    }

    /**
     * As {@link #measure(int, int, Runnable, Runnable)}; with {@code slowIsOneRun}, a first warm-up slower
     * than {@link #SLOW_NANOS} is itself the measurement (for the largest sizes, to keep the run short).
     */
    public static Timing measure(int warmups, int runs, boolean slowIsOneRun, Runnable setup, Runnable op) {
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < warmups; i++) {
            setup.run();
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            op.run();
            long t = System.nanoTime() - t0;
            if (slowIsOneRun && t > SLOW_NANOS) {
                // Far off any target already, and the JIT is warm from the smaller sizes run before:
                // this run is the measurement, so a missed target cannot blow the run's time budget.
                times.add(t);
                cpu.add(processCpuNanos() - c0);
                return new Timing(times, cpu);
            }
        }
        for (int i = 0; i < runs; i++) {
            if (slowIsOneRun && i > 0 && times.stream().mapToLong(Long::longValue).sum() > 2 * SLOW_NANOS) break;
            setup.run();
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            op.run();
            times.add(System.nanoTime() - t0);
            cpu.add(processCpuNanos() - c0);
        }
        return new Timing(times, cpu);
    }

    public static Timing measure(int warmups, int runs, Runnable op) {
        return measure(warmups, runs, () -> { }, op);
    }

    public static Timing once(Runnable op) {
        return measure(0, 1, op);
    }

    public double medianSeconds() {
        return median(nanos);
    }

    /** Median CPU seconds of the JVM during a run: unlike wall time, barely moved by other load on the machine. */
    public double medianCpuSeconds() {
        return cpuNanos.isEmpty() ? Double.NaN : median(cpuNanos);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int m = sorted.size() / 2;
        long med = sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
        return med / 1e9;
    }

    public double minSeconds() {
        return Collections.min(nanos) / 1e9;
    }

    public double maxSeconds() {
        return Collections.max(nanos) / 1e9;
    }

    /** {@link #describe()} plus the median CPU time: "0.412 s (median of 5, 0.398–0.440; cpu 0.405 s)". */
    public String describeWithCpu() {
        String d = describe();
        if (cpuNanos.isEmpty()) return d;
        return d.substring(0, d.length() - 1) + "; cpu " + Fmt.seconds(medianCpuSeconds()) + ")";
    }

    /** "0.412 s (median of 5, 0.398–0.440)". */
    public String describe() {
        if (nanos.size() == 1) return Fmt.seconds(medianSeconds()) + " (1 run)";
        return Fmt.seconds(medianSeconds()) + " (median of " + nanos.size() + ", " + Fmt.seconds(minSeconds())
                + "–" + Fmt.seconds(maxSeconds()) + ")";
    }
}
