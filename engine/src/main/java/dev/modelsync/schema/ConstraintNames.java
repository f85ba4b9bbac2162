package dev.modelsync.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Explicit, stable names for constraints and indexes, PostgreSQL style:
 * {@code <table>_pkey}, {@code <table>_<column>_fkey}, {@code <table>_<col1>_<col2>_key}, and
 * for indexes the given name, else Sequelize's {@code <table>_<fields>} snake-cased in lower case.
 * Names longer than 63 bytes (PostgreSQL's identifier limit) are cut and end in {@code _} plus
 * the first 8 hex digits of the SHA-256 of the full name, so they stay unique and stable.
 */
public final class ConstraintNames {
    public static final int MAX_BYTES = 63;
    private static final int HASH_CHARS = 8;

    private ConstraintNames() {
    }

    public static String primaryKey(String table) {
        return limit(table + "_pkey");
    }

    public static String foreignKey(String table, List<String> columns) {
        return limit(table + "_" + String.join("_", columns) + "_fkey");
    }

    public static String unique(String table, List<String> columns) {
        return limit(table + "_" + String.join("_", columns) + "_key");
    }

    /** Sequelize's default index name: {@code underscore(table + "_" + fields)}, fields as written (attribute names). */
    public static String index(String table, List<String> fields) {
        return limit(Inflection.underscore(table + "_" + String.join("_", fields)));
    }

    /** The name itself when it fits in 63 bytes of UTF-8, else a cut prefix plus {@code _<hash>}. */
    public static String limit(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) return name;
        String suffix = "_" + hash(name);
        int budget = MAX_BYTES - suffix.length();
        StringBuilder prefix = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + len > budget) break;
            prefix.appendCodePoint(cp);
            used += len;
            i += Character.charCount(cp);
        }
        return prefix + suffix;
    }

    /** The first 8 hex digits of the SHA-256 of {@code name}. */
    public static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
