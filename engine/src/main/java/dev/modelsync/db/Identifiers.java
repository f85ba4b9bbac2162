package dev.modelsync.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SQL identifiers: quoting (every identifier double-quoted, as the migrations create them) and the
 * length rule. Names longer than 63 bytes (PostgreSQL's identifier limit) are cut and end in {@code _}
 * plus the first 8 hex digits of the SHA-256 of the full name, so they stay unique and stable.
 */
public final class Identifiers {
    public static final int MAX_BYTES = 63;
    private static final int HASH_CHARS = 8;

    private Identifiers() {
    }

    /** {@code Users} → {@code "Users"}; an embedded double quote is doubled. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * A table named as the schema records name it: {@code schema."table"} outside the default schema, the schema left
     * unquoted so that PostgreSQL reads it in lower case and H2 in upper case, as Liquibase created it (a model's schema
     * is a lower-case name).
     */
    public static String quoteTable(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? quote(name) : name.substring(0, dot) + "." + quote(name.substring(dot + 1));
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
