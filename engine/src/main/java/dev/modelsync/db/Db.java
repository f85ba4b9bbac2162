package dev.modelsync.db;

import dev.modelsync.Config;
import dev.modelsync.ModelSyncException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens JDBC connections with messages a person can act on (URL and user, never the password). */
public final class Db {
    private Db() {
    }

    /** A connection to the configured database; fails with a {@link ModelSyncException} saying what to check. */
    public static Connection connect(Config config) {
        return connect(config.url(), config.username(), config.password());
    }

    /**
     * The URL handed to the driver: {@code jdbc:mysql://} goes to the MariaDB driver the plugin carries
     * (which takes MySQL URLs only when told to); every other URL as given.
     */
    public static String driverUrl(String url) {
        if (!url.regionMatches(true, 0, "jdbc:mysql:", 0, "jdbc:mysql:".length())) return url;
        return url + (url.contains("?") ? "&" : "?") + "permitMysqlScheme";
    }

    /**
     * MariaDB/MySQL session settings modelsync relies on: statements that can be batched are sent
     * as multi-row inserts, and LOAD DATA LOCAL INFILE is allowed from our own streams (never files).
     * Settings the URL gives win, as the driver reads the URL after these properties.
     */
    private static void mariadbDefaults(Properties props) {
        props.setProperty("rewriteBatchedStatements", "true");
    }

    /** A connection to {@code url}; an empty user or password is not sent. */
    public static Connection connect(String url, String user, String password) {
        Dialect dialect = Dialect.fromUrl(url); // fail early on unsupported URLs
        Properties props = new Properties();
        if (dialect == Dialect.MARIADB) mariadbDefaults(props);
        if (user != null && !user.isEmpty()) props.setProperty("user", user);
        if (password != null && !password.isEmpty()) props.setProperty("password", password);
        try {
            return DriverManager.getConnection(driverUrl(url), props);
        } catch (SQLException e) {
            throw new ModelSyncException("Cannot connect to " + url + " as user '" + user + "': " + e.getMessage()
                    + "\nCheck that the database is running and reachable, that the user exists and the password is"
                    + " right (model.username / model.password, or model.serverId with a server in settings.xml).", e);
        }
    }
}
