package dev.modelsync.db;

import dev.modelsync.problem.ModelSyncException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens JDBC connections with messages a person can act on (URL and user, never the password). */
public final class Db {
    private Db() {
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
     * MariaDB/MySQL: ANSI_QUOTES, and the session's time zone is UTC, as Sequelize's mariadb dialect sets it
     * ({@code timezone: '+00:00'}): DATETIME values and {@code CURRENT_TIMESTAMP} defaults are UTC.
     */
    private static void utc(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("SET time_zone = '+00:00'");
            // identifiers in double quotes, as modelsync's own SQL writes them on every database
            // (Liquibase's backticks keep working; string literals are single-quoted everywhere)
            s.execute("SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',ANSI_QUOTES')");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /**
     * H2 without its trace file: H2 writes every failed statement to {@code <db>.trace.db} next to the
     * database, including the lookups of Liquibase's tables that a first run expects to fail. Unless the
     * URL chooses a TRACE_LEVEL_FILE itself, modelsync's connections write none. Setting it needs admin
     * rights on a database that is already open; without them, the connection is made without it.
     */
    private static Connection h2(String url, Properties props) throws SQLException {
        if (url.toUpperCase(java.util.Locale.ROOT).contains("TRACE_LEVEL_FILE")) return DriverManager.getConnection(url, props);
        Properties quiet = new Properties();
        quiet.putAll(props);
        quiet.setProperty("TRACE_LEVEL_FILE", "0");
        try {
            return DriverManager.getConnection(url, quiet);
        } catch (SQLException e) {
            if (e.getErrorCode() != ADMIN_RIGHTS_REQUIRED) throw e;
            return DriverManager.getConnection(url, props);
        }
    }

    /** H2's error code for a setting only an admin may change (ErrorCode.ADMIN_RIGHTS_REQUIRED). */
    private static final int ADMIN_RIGHTS_REQUIRED = 90040;

    /** A connection to {@code url}; an empty user or password is not sent. */
    public static Connection connect(String url, String user, String password) {
        Dialect dialect = Dialect.fromUrl(url); // fail early on unsupported URLs
        Properties props = new Properties();
        if (user != null && !user.isEmpty()) props.setProperty("user", user);
        if (password != null && !password.isEmpty()) props.setProperty("password", password);
        try {
            Connection c = dialect == Dialect.H2 ? h2(url, props) : DriverManager.getConnection(driverUrl(url), props);
            if (dialect == Dialect.MARIADB) utc(c);
            return c;
        } catch (SQLException e) {
            Secrets secrets = Secrets.of(url, password);
            throw secrets.scrub(new ModelSyncException("Cannot connect to " + Secrets.mask(url) + " as user '" + user
                    + "': " + e.getMessage()
                    + "\nCheck that the database is running and reachable, that the user exists and the password is"
                    + " right " + dev.modelsync.problem.Words.options("username", "password") + ".", e));
        }
    }
}
