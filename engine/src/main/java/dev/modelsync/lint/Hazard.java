package dev.modelsync.lint;

/**
 * One hazard in one changeset.
 *
 * @param code      what kind
 * @param changeSet {@code file::id}
 * @param table     the table at stake; "" when unknown
 * @param statement the statement, on one line, shortened
 */
public record Hazard(HazardCode code, String changeSet, String table, String statement) {
    /** {@code MS101 create-index-blocking: reason}. */
    public String reason() {
        return code + " " + code.rule() + ": " + code.reason();
    }

    @Override
    public String toString() {
        return code + " " + code.rule() + " " + changeSet + (table.isEmpty() ? "" : " (" + table + ")") + ": "
                + code.reason() + (statement.isEmpty() ? "" : " [" + statement + "]");
    }
}
