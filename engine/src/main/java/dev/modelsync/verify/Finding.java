package dev.modelsync.verify;

/**
 * One difference found by verify. {@code check}: CHANGELOG_LAG, PENDING or DRIFT.
 * {@code code}: a stable code such as MISSING_TABLE, EXTRA_COLUMN, TYPE_MISMATCH.
 * {@code table}: the table it concerns ("" when none).
 */
public record Finding(Check check, String code, String table, String message) {
    public enum Check { CHANGELOG_LAG, PENDING, DRIFT }

    @Override
    public String toString() {
        return "[" + code + "] " + message;
    }
}
