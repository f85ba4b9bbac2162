package dev.modelsync.seed;

import java.util.StringJoiner;

/** Identifier quoting: every identifier double-quoted, as the migrations create them. */
final class Sql {
    private Sql() {
    }

    static String q(String identifier) {
        return dev.modelsync.db.Identifiers.quote(identifier);
    }

    static String columns(SeedTable t, int[] cols) {
        StringJoiner j = new StringJoiner(", ");
        for (int c : cols) j.add(q(t.columns[c].name()));
        return j.toString();
    }

    static String all(SeedTable t) {
        StringJoiner j = new StringJoiner(", ");
        for (var c : t.columns) j.add(q(c.name()));
        return j.toString();
    }
}
