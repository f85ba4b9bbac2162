package dev.modelsync.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A scratch database of the benchmarks: PostgreSQL databases are named {@code bench_<random>}
 * and dropped by {@link #close()}; H2 databases are in-memory.
 */
public final class ScratchDb implements AutoCloseable {
    private final boolean postgres;
    private final String name;
    private final String url;
    private final String user;
    private final Connection keepAlive;

    private ScratchDb(boolean postgres, String name, String url, String user, Connection keepAlive) {
        this.postgres = postgres;
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

    public static ScratchDb postgres() {
        String name = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(pgUrl("postgres"), pgUser(), "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + pgUrl("postgres") + " as " + pgUser()
                    + " (" + e.getMessage() + "). Start it, or pass -Dbench.pgHost/-Dbench.pgPort/-Dbench.pgUser.", e);
        }
        return new ScratchDb(true, name, pgUrl(name), pgUser(), null);
    }

    public static ScratchDb h2() {
        String name = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        try {
            return new ScratchDb(false, name, url, "sa", DriverManager.getConnection(url, "sa", ""));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open H2 " + url, e);
        }
    }

    public static String postgresVersion() {
        try (Connection c = DriverManager.getConnection(pgUrl("postgres"), pgUser(), "");
             Statement s = c.createStatement();
             var rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        } catch (SQLException e) {
            return "PostgreSQL not reachable (" + e.getMessage() + ")";
        }
    }

    public boolean isPostgres() {
        return postgres;
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

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    @Override
    public void close() {
        try {
            if (postgres) {
                try (Connection c = DriverManager.getConnection(pgUrl("postgres"), pgUser(), "");
                     Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            } else {
                try (Statement s = keepAlive.createStatement()) {
                    s.execute("SHUTDOWN");
                }
                keepAlive.close();
            }
        } catch (SQLException e) {
            System.err.println("Could not drop scratch database " + name + ": " + e.getMessage());
        }
    }
}
