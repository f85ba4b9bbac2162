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

    /** A connection to {@code url}; an empty user or password is not sent. */
    public static Connection connect(String url, String user, String password) {
        Dialect.fromUrl(url); // fail early on unsupported URLs
        Properties props = new Properties();
        if (user != null && !user.isEmpty()) props.setProperty("user", user);
        if (password != null && !password.isEmpty()) props.setProperty("password", password);
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            Secrets secrets = Secrets.of(url, password);
            throw secrets.scrub(new ModelSyncException("Cannot connect to " + Secrets.mask(url) + " as user '" + user
                    + "': " + e.getMessage()
                    + "\nCheck that the database is running and reachable, that the user exists and the password is"
                    + " right (model.username / model.password, or model.serverId with a server in settings.xml).", e));
        }
    }
}
