package dev.modelsync.schema;

import java.util.List;

public record ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns,
                         Action onDelete, Action onUpdate) {
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
    }
}
