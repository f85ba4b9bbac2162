package dev.modelsync.db;

import dev.modelsync.schema.NameLimit;

import java.util.Locale;

/** The databases modelsync supports. */
public enum Dialect {
    H2, POSTGRESQL;

    /** The longest table or column name the database keeps (a new dialect must say its own). */
    public NameLimit nameLimit() {
        return switch (this) {
            case H2 -> new NameLimit("H2", 256, false);
            case POSTGRESQL -> new NameLimit("PostgreSQL", 63, true);
        };
    }

    /** The dialect of a JDBC URL; {@link IllegalArgumentException} naming the supported ones for any other. */
    public static Dialect fromUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) return H2;
        if (u.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        throw new IllegalArgumentException("Unsupported database URL " + url
                + ": modelsync supports jdbc:h2:... and jdbc:postgresql://...");
    }
}
