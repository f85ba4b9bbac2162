package dev.modelsync.seed.write;

import java.util.Locale;
import java.util.function.Consumer;

/** Progress lines for long loads: rows so far every few seconds, and rows/s per table. */
public final class Progress {
    private static final long EVERY_NANOS = 5_000_000_000L;
    private final Consumer<String> log;
    private String what;
    private long total;
    private long done;
    private long start;
    private long lastLog;

    public Progress(Consumer<String> log) {
        this.log = log;
    }

    void start(String what, long total) {
        this.what = what;
        this.total = total;
        this.done = 0;
        this.start = System.nanoTime();
        this.lastLog = start;
    }

    void tick(long n) {
        done += n;
        long now = System.nanoTime();
        if (now - lastLog >= EVERY_NANOS) {
            lastLog = now;
            log.accept(String.format(Locale.ROOT, "seed: %s: %,d of %,d rows (%,.0f rows/s)", what, done, total,
                    rate(done, now - start)));
        }
    }

    void info(String line) {
        log.accept(line);
    }

    /** " in 2.4 s (12,345 rows/s)" for a step of a second or more; nothing for a shorter one, whose rate says nothing. */
    static String took(long rows, long nanos) {
        return nanos < 1_000_000_000L ? "" : String.format(Locale.ROOT, " in %.1f s (%,.0f rows/s)", nanos / 1e9, rate(rows, nanos));
    }

    /** " in 2.4 s" for a step of a second or more; nothing for a shorter one. */
    public static String took(long nanos) {
        return nanos < 1_000_000_000L ? "" : String.format(Locale.ROOT, " in %.1f s", nanos / 1e9);
    }

    static double rate(long rows, long nanos) {
        return nanos <= 0 ? rows : rows * 1e9 / nanos;
    }
}
