package dev.modelsync.db;

/** SQL identifier quoting: every identifier double-quoted, as the migrations create them. */
public final class Identifiers {
    private Identifiers() {
    }

    /** {@code Users} → {@code "Users"}; an embedded double quote is doubled. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
