package dev.modelsync.config;

import dev.modelsync.problem.ModelSyncException;

import java.time.Duration;

/**
 * How changes to tables that already exist are written for PostgreSQL (docs/migrations.md, "Online
 * changes").
 *
 * @param enabled     true: the online-safe forms (CREATE INDEX CONCURRENTLY, NOT VALID then VALIDATE,
 *                    NOT NULL through a CHECK, UNIQUE USING INDEX) and a lock timeout on every changeset
 *                    that touches an existing table; false: the plain form
 * @param lockTimeout how long a changeset on an existing table waits for its lock before it fails
 */
public record Online(boolean enabled, Duration lockTimeout) {
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);
    public static final Online OFF = new Online(false, DEFAULT_LOCK_TIMEOUT);

    public Online {
        if (lockTimeout.isNegative() || lockTimeout.isZero()) {
            throw new ModelSyncException("lockTimeout must be positive, not " + lockTimeout
                    + " (for example 5s, 500ms, 1m)");
        }
    }

    /** PostgreSQL's spelling of {@link #lockTimeout}, for {@code SET lock_timeout}: whole milliseconds, e.g. {@code 5000ms}. */
    public String lockTimeoutSql() {
        return lockTimeout.toMillis() + "ms";
    }

    /**
     * Reads a duration as a person writes it: {@code 5s}, {@code 500ms}, {@code 2m}, a bare number of
     * seconds, or ISO-8601 ({@code PT5S}).
     */
    public static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.startsWith("pt")) return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|m|min)?").matcher(t);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2);
                return switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    default -> Duration.ofMinutes(n);
                };
            }
        } catch (RuntimeException e) {
            // fall through to the message below
        }
        throw new ModelSyncException("Cannot read the lock timeout '" + text + "': write it as 5s, 500ms, 2m or PT5S.");
    }
}
