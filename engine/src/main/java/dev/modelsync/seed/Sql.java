package dev.modelsync.seed;

import java.util.StringJoiner;

/** Identifier quoting: every identifier double-quoted, as the migrations create them. */
public final class Sql {
    private Sql() {
    }

    public static String q(String identifier) {
        return dev.modelsync.db.Identifiers.quote(identifier);
    }

    /** A table: {@code schema."table"} outside the default schema. */
    public static String table(String name) {
        return dev.modelsync.db.Identifiers.quoteTable(name);
    }

    public static String columns(SeedTable t, int[] cols) {
        StringJoiner j = new StringJoiner(", ");
        for (int c : cols) j.add(q(t.column(c).name()));
        return j.toString();
    }

    public static String all(SeedTable t) {
        StringJoiner j = new StringJoiner(", ");
        for (int c = 0; c < t.width(); c++) j.add(q(t.column(c).name()));
        return j.toString();
    }
}
