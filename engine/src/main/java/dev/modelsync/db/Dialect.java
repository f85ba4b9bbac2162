package dev.modelsync.db;

import java.util.Locale;

/** The databases modelsync supports. */
public enum Dialect {
    H2, POSTGRESQL;

    /** The dialect of a JDBC URL; {@link IllegalArgumentException} naming the supported ones for any other. */
    public static Dialect fromUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) return H2;
        if (u.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        throw new IllegalArgumentException("Unsupported database URL " + url
                + ": modelsync supports jdbc:h2:... and jdbc:postgresql://...");
    }
}
