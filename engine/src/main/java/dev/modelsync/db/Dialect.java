package dev.modelsync.db;

import dev.modelsync.schema.NameLimit;

import java.util.Locale;

/** The databases modelsync supports. MARIADB stands for MariaDB and MySQL alike (one dialect, as in Sequelize). */
public enum Dialect {
    H2, POSTGRESQL, MARIADB;

    /** Liquibase's {@code dbms} value(s) that select this dialect in a changelog. */
    public String dbms() {
        return switch (this) {
            case H2 -> "h2";
            case POSTGRESQL -> "postgresql";
            case MARIADB -> "mariadb,mysql";
        };
    }

    /** The longest table or column name the database keeps (a new dialect must say its own). */
    public NameLimit nameLimit() {
        return switch (this) {
            case H2 -> new NameLimit("H2", 256, false);
            case POSTGRESQL -> new NameLimit("PostgreSQL", 63, true);
            case MARIADB -> new NameLimit("MariaDB/MySQL", 64, false);
        };
    }

    /** The dialect of a JDBC URL; {@link IllegalArgumentException} naming the supported ones for any other. */
    public static Dialect fromUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) return H2;
        if (u.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        if (u.startsWith("jdbc:mariadb:") || u.startsWith("jdbc:mysql:")) return MARIADB;
        throw new IllegalArgumentException("Unsupported database URL " + url
                + ": modelsync supports jdbc:h2:..., jdbc:postgresql://..., jdbc:mariadb://... and jdbc:mysql://...");
    }

    /** The dialect of a database product name as JDBC reports it; empty for any other product. */
    public static java.util.Optional<Dialect> fromProduct(String productName) {
        String p = productName.toLowerCase(Locale.ROOT);
        if (p.contains("postgres")) return java.util.Optional.of(POSTGRESQL);
        if (p.contains("h2")) return java.util.Optional.of(H2);
        if (p.contains("mariadb") || p.contains("mysql")) return java.util.Optional.of(MARIADB);
        return java.util.Optional.empty();
    }
}
