package dev.modelsync.bench;

import dev.modelsync.db.Db;
import dev.modelsync.db.Dialect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A scratch database of the benchmarks: PostgreSQL and MariaDB databases are named
 * {@code bench_<random>} and dropped by {@link #close()}; H2 databases are in-memory.
 */
public final class ScratchDb implements AutoCloseable {
    private final Dialect dialect;
    private final String name;
    private final String url;
    private final String user;
    private final Connection keepAlive;

    private ScratchDb(Dialect dialect, String name, String url, String user, Connection keepAlive) {
        this.dialect = dialect;
        this.name = name;
        this.url = url;
        this.user = user;
        this.keepAlive = keepAlive;
    }

    public static String pgHost() {
        return System.getProperty("bench.pgHost", "127.0.0.1");
    }

    public static String pgUrl(String db) {
        return "jdbc:postgresql://" + pgHost() + ":" + System.getProperty("bench.pgPort", "5432") + "/" + db;
    }

    public static String pgUser() {
        return System.getProperty("bench.pgUser", "postgres");
    }

    public static String mariadbHost() {
        return System.getProperty("bench.mariadbHost", "127.0.0.1");
    }

    public static String mariadbUrl(String db) {
        return "jdbc:mariadb://" + mariadbHost() + ":" + System.getProperty("bench.mariadbPort", "3306") + "/" + db;
    }

    public static String mariadbUser() {
        return System.getProperty("bench.mariadbUser", "root");
    }

    /** A new scratch database on the server of {@code dialect} (H2: in memory). */
    public static ScratchDb of(Dialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> postgres();
            case MARIADB -> mariadb();
            case H2 -> h2();
        };
    }

    private static String newName() {
        return "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static ScratchDb postgres() {
        String name = newName();
        try (Connection c = DriverManager.getConnection(pgUrl("postgres"), pgUser(), "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + pgUrl("postgres") + " as " + pgUser()
                    + " (" + e.getMessage() + "). Start it, or pass -Dbench.pgHost/-Dbench.pgPort/-Dbench.pgUser.", e);
        }
        return new ScratchDb(Dialect.POSTGRESQL, name, pgUrl(name), pgUser(), null);
    }

    /** A new MariaDB (or MySQL) database, utf8mb4 as Sequelize's mariadb dialect creates tables. */
    public static ScratchDb mariadb() {
        String name = newName();
        try (Connection c = DriverManager.getConnection(mariadbUrl(""), mariadbUser(), "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB is not reachable at " + mariadbUrl("") + " as " + mariadbUser()
                    + " (" + e.getMessage() + "). Start it, pass -Dbench.mariadbHost/-Dbench.mariadbPort/"
                    + "-Dbench.mariadbUser, or leave it out with -Dbench.databases=postgresql.", e);
        }
        return new ScratchDb(Dialect.MARIADB, name, mariadbUrl(name), mariadbUser(), null);
    }

    public static ScratchDb h2() {
        String name = newName();
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        try {
            return new ScratchDb(Dialect.H2, name, url, "sa", DriverManager.getConnection(url, "sa", ""));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open H2 " + url, e);
        }
    }

    public static String postgresVersion() {
        return version(pgUrl("postgres"), pgUser(), "SHOW server_version", "PostgreSQL ");
    }

    public static String mariadbVersion() {
        return version(mariadbUrl(""), mariadbUser(), "SELECT VERSION()", "MariaDB/MySQL ");
    }

    private static String version(String url, String user, String query, String product) {
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement s = c.createStatement();
             var rs = s.executeQuery(query)) {
            rs.next();
            return product + rs.getString(1);
        } catch (SQLException e) {
            return product + "not reachable (" + e.getMessage() + ")";
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    public boolean isPostgres() {
        return dialect == Dialect.POSTGRESQL;
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    /** The schema the model's tables are in: {@code public}, or the database itself on MariaDB. */
    public String schema() {
        return switch (dialect) {
            case POSTGRESQL -> "public";
            case MARIADB -> name;
            case H2 -> "PUBLIC";
        };
    }

    /** A connection as modelsync opens one (on MariaDB: ANSI_QUOTES and UTC, so {@code "Users"} works everywhere). */
    public Connection connect() throws SQLException {
        return dialect == Dialect.MARIADB ? Db.connect(url, user, "") : DriverManager.getConnection(url, user, "");
    }

    /** As {@link #connect()}, with extra driver properties appended to the URL ({@code key=value&...}). */
    public Connection connect(String urlProperties) {
        return Db.connect(url + (url.contains("?") ? "&" : "?") + urlProperties, user, "");
    }

    @Override
    public void close() {
        try {
            switch (dialect) {
                case POSTGRESQL -> {
                    try (Connection c = DriverManager.getConnection(pgUrl("postgres"), pgUser(), "");
                         Statement s = c.createStatement()) {
                        s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    }
                }
                case MARIADB -> {
                    try (Connection c = DriverManager.getConnection(mariadbUrl(""), mariadbUser(), "");
                         Statement s = c.createStatement()) {
                        s.execute("DROP DATABASE IF EXISTS " + name);
                    }
                }
                case H2 -> {
                    try (Statement s = keepAlive.createStatement()) {
                        s.execute("SHUTDOWN");
                    }
                    keepAlive.close();
                }
            }
        } catch (SQLException e) {
            System.err.println("Could not drop scratch database " + name + ": " + e.getMessage());
        }
    }
}
