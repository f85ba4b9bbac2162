package dev.modelsync.diff;




import java.util.Optional;

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
 * @param fill         for NOT NULL without a default: the value existing rows get when the change is
 *                     allowed (the changeset fills them before it sets NOT NULL)
 */
public record DataLoss(Kind kind, SchemaChange change, String table, String message, boolean onlyWhenRows,
                     Optional<Fill> fill) {
    public enum Kind {
        DROP_TABLE, DROP_JUNCTION_TABLE, DROP_COLUMN, NARROW_TYPE, NOT_NULL_WITHOUT_DEFAULT, REMOVE_ENUM_VALUES,
        CASCADE_DELETES
    }

    /**
     * What allowDestructive writes into existing rows of a column that becomes NOT NULL without a default.
     *
     * @param table     the table as the model names it now
     * @param column    the column as the model names it now
     * @param value     the type's zero value
     * @param nullsOnly true when an existing column is made NOT NULL (only rows holding NULL get the
     *                  value); false when the column is new (every existing row gets it)
     * @param change    the change in words, without what allowDestructive does, e.g.
     *                  {@code add column Users.age INTEGER NOT NULL without a default}
     */
    public record Fill(String table, String column, ZeroValue value, boolean nullsOnly, String change) {
        /** {@code Table.column}. */
        public String qualified() {
            return table + "." + column;
        }
    }

    public DataLoss(Kind kind, SchemaChange change, String table, String message, boolean onlyWhenRows) {
        this(kind, change, table, message, onlyWhenRows, Optional.empty());
    }

    /**
     * What counts as the rows at stake, for the row counter: the table ({@link #table()}), or
     * {@code table + "\0" + column} when an existing column is made NOT NULL, where only the rows
     * holding NULL in it are at stake.
     */
    public String countKey() {
        return fill.filter(Fill::nullsOnly).map(f -> table + "\0" + f.column()).orElse(table);
    }

    @Override
    public String toString() {
        return message;
    }
}
