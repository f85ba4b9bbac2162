package dev.modelsync.diff;

/**
 * A change that can lose data, found by {@link DestructiveCheck}.
 *
 * @param kind         what kind of loss
 * @param change       the change it concerns
 * @param table        the table whose rows are at stake, named as in the recorded schema (the
 *                     database being synced still has that name); "" when none
 * @param message      one line for a person, e.g. {@code drop column Users.email VARCHAR(255) (its values are lost)}
 * @param onlyWhenRows true when the change is harmless on an empty table (NOT NULL without a default,
 *                     removed enum values): with a database at hand, count the rows of {@code table} and
 *                     drop the hazard when there are none; without one, treat it as destructive
 */
public record Hazard(Kind kind, SchemaChange change, String table, String message, boolean onlyWhenRows) {
    public enum Kind {
        DROP_TABLE, DROP_JUNCTION_TABLE, DROP_COLUMN, NARROW_TYPE, NOT_NULL_WITHOUT_DEFAULT, REMOVE_ENUM_VALUES
    }

    @Override
    public String toString() {
        return message;
    }
}
