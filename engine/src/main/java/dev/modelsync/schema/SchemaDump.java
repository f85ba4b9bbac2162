package dev.modelsync.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A readable, stable text form of a {@link Schema}, for golden files and messages: tables sorted
 * by name, columns in order with type, NOT NULL, default and AUTOINCREMENT, then the primary key,
 * foreign keys with their actions, unique constraints and indexes; enum types last.
 * <pre>
 * table Users
 *   column id INTEGER NOT NULL AUTOINCREMENT
 *   column email VARCHAR(255) NOT NULL
 *   column createdAt TIMESTAMPTZ NOT NULL DEFAULT NOW
 *   primary key Users_pkey (id)
 *   unique Users_email_key (email)
 * </pre>
 */
public final class SchemaDump {
    private SchemaDump() {
    }

    public static String dump(Schema schema) {
        StringBuilder out = new StringBuilder();
        for (Table t : schema.tables()) out.append(dump(t));
        for (EnumType e : schema.enums()) out.append(dump(e)).append('\n');
        return out.toString();
    }

    public static String dump(Table t) {
        StringBuilder out = new StringBuilder("table ").append(t.name());
        if (!t.renamedFrom().isEmpty()) out.append(" renamed from ").append(String.join(", ", t.renamedFrom()));
        if (!t.comment().isEmpty()) out.append(" comment ").append(quote(t.comment()));
        if (!t.options().none()) out.append(" mariadb ").append(t.options().sql());
        out.append('\n');
        for (Column c : t.columns()) out.append("  ").append(dump(c)).append('\n');
        t.primaryKey().ifPresent(pk -> out.append("  primary key ").append(pk.name()).append(' ')
                .append(list(pk.columns())).append('\n'));
        for (ForeignKey fk : t.foreignKeys()) out.append("  ").append(dump(fk)).append('\n');
        for (UniqueConstraint u : t.uniques()) {
            out.append("  unique ").append(u.name()).append(' ').append(list(u.columns())).append('\n');
        }
        for (Index i : t.indexes()) out.append("  ").append(dump(i)).append('\n');
        return out.toString();
    }

    public static String dump(Column c) {
        StringBuilder out = new StringBuilder("column ").append(c.name()).append(' ').append(c.type());
        if (!c.nullable()) out.append(" NOT NULL");
        c.defaultValue().ifPresent(d -> out.append(" DEFAULT ").append(d));
        if (c.autoIncrement()) out.append(" AUTOINCREMENT");
        if (!c.comment().isEmpty()) out.append(" COMMENT ").append(quote(c.comment()));
        if (!c.renamedFrom().isEmpty()) out.append(" renamed from ").append(String.join(", ", c.renamedFrom()));
        return out.toString();
    }

    public static String dump(ForeignKey fk) {
        return "foreign key " + fk.name() + " " + list(fk.columns()) + " -> " + fk.refTable() + " "
                + list(fk.refColumns()) + " ON DELETE " + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql()
                + (fk.deferrable() ? " " + fk.deferrability() : "");
    }

    public static String dump(Index i) {
        return (i.unique() ? "unique index " : i.type().isEmpty() ? "index " : i.type().toLowerCase(java.util.Locale.ROOT) + " index ") + i.name() + " "
                + (i.method().isEmpty() ? "" : "USING " + i.method() + " ") + columns(i)
                + (i.where().isEmpty() ? "" : " WHERE " + i.where());
    }

    /**
     * An index's columns as PostgreSQL writes them: {@code (a COLLATE "C" text_pattern_ops DESC, b)}; with MariaDB's
     * prefix lengths as {@code title(10)}.
     */
    public static String columns(Index i) {
        return i.columns().stream().map(c -> c.name() + (c.length() > 0 ? "(" + c.length() + ")" : "")
                        + (c.collate().isEmpty() ? "" : " COLLATE \"" + c.collate() + "\"")
                        + (c.operator().isEmpty() ? "" : " " + c.operator()) + (c.descending() ? " DESC" : ""))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    public static String dump(EnumType e) {
        return "enum " + e.name() + " " + e.values().stream().map(SchemaDump::quote)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String list(List<String> names) {
        return "(" + String.join(", ", names) + ")";
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
