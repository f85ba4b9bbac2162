package dev.modelsync.testing;

import dev.modelsync.db.Dialect;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty database for one test: an in-memory H2 database, or a new PostgreSQL database
 * on 127.0.0.1:5432 (override with MODELSYNC_PG_HOST / MODELSYNC_PG_PORT / MODELSYNC_PG_USER)
 * that {@link #close()} drops.
 *
 * Or a new MariaDB database on 127.0.0.1:3306 (override with MODELSYNC_MARIADB_HOST / PORT / USER /
 * PASSWORD; default user root, no password).
 *
 * <p>When PostgreSQL or MariaDB is unreachable the test is skipped with a clear message, except under
 * {@code CI=true}, where those tests must run and the test fails instead.
 *
 * <pre>
 * try (TestDatabase db = TestDatabase.create(Dialect.POSTGRESQL)) { ... db.url() ... }
 * </pre>
 */
public final class TestDatabase implements AutoCloseable {
    private final Dialect dialect;
    private final String url;
    private final String user;
    private final String name;
    private final Connection keepAlive;

    private TestDatabase(Dialect dialect, String url, String user, String name, Connection keepAlive) {
        this.dialect = dialect;
        this.url = url;
        this.user = user;
        this.name = name;
        this.keepAlive = keepAlive;
    }

    public static TestDatabase create(Dialect dialect) {
        String name = "ms_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try {
            if (dialect == Dialect.H2) {
                String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
                Connection keep = DriverManager.getConnection(url, "sa", "");
                return new TestDatabase(dialect, url, "sa", name, keep);
            }
            if (dialect == Dialect.MARIADB) {
                try (Connection c = DriverManager.getConnection(myUrl(""), myUser(), myPassword());
                     Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                }
                return new TestDatabase(dialect, myUrl(name), myUser(), name, null);
            }
            String admin = pgUrl("postgres");
            try (Connection c = DriverManager.getConnection(admin, pgUser(), "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return new TestDatabase(dialect, pgUrl(name), pgUser(), name, null);
        } catch (SQLException e) {
            if (dialect == Dialect.MARIADB) {
                unreachable("MariaDB", "MariaDB is not reachable at " + myUrl("") + " as " + myUser() + " ("
                        + e.getMessage() + "). Start it, or set MODELSYNC_MARIADB_HOST/PORT/USER/PASSWORD.", e);
            }
            if (dialect == Dialect.POSTGRESQL) {
                String msg = "PostgreSQL is not reachable at " + pgUrl("postgres") + " as " + pgUser() + " ("
                        + e.getMessage() + "). Start it, or set MODELSYNC_PG_HOST/PORT/USER.";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException("CI=true: PostgreSQL tests must run. " + msg, e);
                }
                Assumptions.abort("Skipping PostgreSQL test: " + msg);
            }
            throw new IllegalStateException(e);
        }
    }

    private static void unreachable(String what, String msg, SQLException e) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true: " + what + " tests must run. " + msg, e);
        }
        Assumptions.abort("Skipping " + what + " test: " + msg);
    }

    public static boolean mariadbAvailable() {
        try (Connection c = DriverManager.getConnection(myUrl(""), myUser(), myPassword())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String myUrl(String db) {
        String host = System.getenv().getOrDefault("MODELSYNC_MARIADB_HOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("MODELSYNC_MARIADB_PORT", "3306");
        return "jdbc:mariadb://" + host + ":" + port + "/" + db;
    }

    private static String myUser() {
        return System.getenv().getOrDefault("MODELSYNC_MARIADB_USER", "root");
    }

    private static String myPassword() {
        return System.getenv().getOrDefault("MODELSYNC_MARIADB_PASSWORD", "");
    }

    public static boolean postgresAvailable() {
        try (Connection c = DriverManager.getConnection(pgUrl("postgres"), pgUser(), "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String pgUrl(String db) {
        String host = System.getenv().getOrDefault("MODELSYNC_PG_HOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("MODELSYNC_PG_PORT", "5432");
        return "jdbc:postgresql://" + host + ":" + port + "/" + db;
    }

    private static String pgUser() {
        return System.getenv().getOrDefault("MODELSYNC_PG_USER", "postgres");
    }

    public Dialect dialect() {
        return dialect;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return dialect == Dialect.MARIADB ? myPassword() : "";
    }

    /**
     * Golden cases named {@code *_pg} use PostgreSQL-only types: they run on PostgreSQL alone, in a
     * database with the citext and hstore extensions (which, as with Sequelize, the user creates).
     * On MariaDB only the cases checked against Sequelize's mariadb dialect run.
     */
    public static boolean runs(String goldenCase, Dialect dialect) {
        String name = goldenCase.replaceFirst("\\.yaml$", "");
        if (name.endsWith("_pg")) return dialect == Dialect.POSTGRESQL;
        // GEOMETRY needs PostGIS on PostgreSQL, which modelsync refuses (and Sequelize's sync fails without it)
        if (name.equals("geometry") && dialect == Dialect.POSTGRESQL) return false;
        // MariaDB: the cases checked against Sequelize's mariadb dialect (they have a <case>.mariadb.schema.txt)
        return dialect != Dialect.MARIADB
                || java.nio.file.Files.exists(java.nio.file.Path.of("src/test/resources/golden", name + ".mariadb.schema.txt"));
    }

    /** Creates the citext and hstore extensions on PostgreSQL (trusted extensions since PostgreSQL 13). */
    public TestDatabase withExtensions() throws SQLException {
        if (dialect() != Dialect.POSTGRESQL) return this;
        try (Connection c = connect(); var st = c.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS citext");
            st.execute("CREATE EXTENSION IF NOT EXISTS hstore");
        }
        return this;
    }

    /**
     * A connection to the test database. MariaDB: identifiers in double quotes (ANSI_QUOTES), so the
     * tests' plain SQL is the same on every database, and the session in UTC, as modelsync's own.
     */
    public Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password());
        if (dialect == Dialect.MARIADB) {
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',ANSI_QUOTES')");
                s.execute("SET time_zone = '+00:00'");
            }
        }
        return c;
    }

    @Override
    public void close() {
        try {
            if (dialect == Dialect.H2) {
                try (Statement s = keepAlive.createStatement()) {
                    s.execute("SHUTDOWN");
                }
                keepAlive.close();
            } else if (dialect == Dialect.MARIADB) {
                try (Connection c = DriverManager.getConnection(myUrl(""), myUser(), myPassword());
                     Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + name);
                }
            } else {
                try (Connection c = DriverManager.getConnection(pgUrl("postgres"), pgUser(), "");
                     Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test database " + name, e);
        }
    }

    /** The rows of a query, each as its values joined by '|'. */
    public static java.util.List<String> rows(Connection c, String sql) throws SQLException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                java.util.List<String> r = new java.util.ArrayList<>();
                for (int i = 1; i <= n; i++) r.add(rs.getString(i));
                out.add(String.join("|", r));
            }
        }
        return out;
    }
}
