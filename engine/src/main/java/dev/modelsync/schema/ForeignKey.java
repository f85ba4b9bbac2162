package dev.modelsync.schema;

import java.util.List;

/**
 * A foreign key. {@code deferrable} and {@code initiallyDeferred} (which implies deferrable) are PostgreSQL's
 * {@code DEFERRABLE [INITIALLY DEFERRED]}; H2 and MariaDB have no deferrable constraints and always read false.
 */
public record ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns,
                         Action onDelete, Action onUpdate, boolean deferrable, boolean initiallyDeferred) {
    public enum Action {
        CASCADE("CASCADE"), SET_NULL("SET NULL"), RESTRICT("RESTRICT"), NO_ACTION("NO ACTION"),
        SET_DEFAULT("SET DEFAULT");

        private final String sql;

        Action(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }

        /** Parses CASCADE, SET NULL, set_null, "no action" ... ; throws IllegalArgumentException. */
        public static Action parse(String text) {
            String norm = text.trim().toUpperCase(java.util.Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
            for (Action a : values()) if (a.sql.equals(norm)) return a;
            throw new IllegalArgumentException(text);
        }
    }

    public ForeignKey {
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
        deferrable = deferrable || initiallyDeferred;
    }

    /** A foreign key that is not deferrable. */
    public ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns,
                      Action onDelete, Action onUpdate) {
        this(name, columns, refTable, refColumns, onDelete, onUpdate, false, false);
    }

    /** This key under another name, on other columns or to another table; actions and deferrability kept. */
    public ForeignKey with(String name, List<String> columns, String refTable, List<String> refColumns) {
        return new ForeignKey(name, columns, refTable, refColumns, onDelete, onUpdate, deferrable, initiallyDeferred);
    }

    /** {@code DEFERRABLE}, {@code DEFERRABLE INITIALLY DEFERRED} or empty, as PostgreSQL writes it. */
    public String deferrability() {
        return initiallyDeferred ? "DEFERRABLE INITIALLY DEFERRED" : deferrable ? "DEFERRABLE" : "";
    }
}
