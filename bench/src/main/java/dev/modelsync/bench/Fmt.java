package dev.modelsync.bench;

import java.util.Locale;

/** Number formats of the reports. */
final class Fmt {
    private Fmt() {
    }

    static String seconds(double s) {
        if (s < 0.01) return String.format(Locale.ROOT, "%.2f ms", s * 1000);
        if (s < 1) return String.format(Locale.ROOT, "%.0f ms", s * 1000);
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    static String ratio(double r) {
        if (r >= 100) return String.format(Locale.ROOT, "%.0f×", r);
        if (r >= 10) return String.format(Locale.ROOT, "%.1f×", r);
        return String.format(Locale.ROOT, "%.2f×", r);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024.0));
    }
}
