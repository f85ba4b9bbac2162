package dev.modelsync.apply.lock;

import dev.modelsync.config.Config;
import dev.modelsync.ModelSync;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.UnlockResult;
import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database lock: a second run waits naming the holder and gives up after lockWaitSeconds;
 * model:unlock frees Liquibase's lock row only when no run holds the lock. (A killed holder leaving
 * nothing behind is shown by KillAndRerunTest.)
 */
class DatabaseLockTest {
    @TempDir
    Path dir;

    private ModelSync engine(String url, String user, int waitSeconds, List<String> log) throws Exception {
        Files.createDirectories(dir.resolve("src/main/models"));
        Files.writeString(dir.resolve("src/main/models/m.yaml"), "models:\n  User:\n    attributes:\n      name: STRING\n");
        return ModelSync.configure().baseDir(dir).url(url).username(user).lockWaitSeconds(waitSeconds).log(log::add).load();
    }

    private String url(TestDatabase db) {
        return db == null ? "jdbc:h2:file:" + dir.resolve("target/db").toString().replace('\\', '/') : db.url();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aSecondRunWaitsNamingTheHolderAndGivesUp(Dialect dialect) throws Exception {
        try (TestDatabase db = dialect == Dialect.H2 ? null : TestDatabase.create(dialect)) {
            String user = db == null ? "sa" : db.user();
            List<String> log = new CopyOnWriteArrayList<>();
            ModelSync holder = engine(url(db), user, 0, new CopyOnWriteArrayList<>());
            ModelSync waiting = engine(url(db), user, 1, log);
            try (DatabaseLock held = DatabaseLock.acquire(holder.config(), "test")) {
                // another thread: this one holds the lock (and would nest)
                Throwable failure = catchOnOtherThread(waiting::sync);
                String self = "modelsync model:test, pid " + ProcessHandle.current().pid();
                assertThat(failure).isInstanceOf(ModelSyncException.class)
                        .hasMessageContaining("Gave up after 1 s waiting for the database lock")
                        .hasMessageContaining(holderShown(dialect, self)).hasMessageContaining("lockWaitSeconds");
                if (dialect == Dialect.POSTGRESQL) assertThat(failure).hasMessageContaining("PostgreSQL backend pid");
                assertThat(log).anyMatch(l -> l.startsWith("Waiting for the database lock") && l.contains(holderShown(dialect, self)));
                assertThat(tables(holder.config())).doesNotContain("Users");
            }
            // released: the same run goes through
            assertThat(catchOnOtherThread(waiting::sync)).isNull();
            assertThat(tables(holder.config())).contains("Users");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void unlockClearsALeftLiquibaseLockRowOnlyWhenNoRunHoldsTheLock(Dialect dialect) throws Exception {
        try (TestDatabase db = dialect == Dialect.H2 ? null : TestDatabase.create(dialect)) {
            String user = db == null ? "sa" : db.user();
            List<String> log = new CopyOnWriteArrayList<>();
            ModelSync ms = engine(url(db), user, 0, log);
            ms.sync();
            assertThat(ms.unlock()).isEqualTo(new UnlockResult(false, java.util.Optional.empty()));
            exec(ms.config(), "UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = CURRENT_TIMESTAMP, LOCKEDBY = 'killed-host'");

            try (DatabaseLock held = DatabaseLock.acquire(ms.config(), "sync")) {
                Throwable refused = catchOnOtherThread(ms::unlock);
                assertThat(refused).isInstanceOf(ModelSyncException.class).hasMessageContaining("Refusing to unlock")
                        .hasMessageContaining(holderShown(dialect, "modelsync model:sync, pid " + ProcessHandle.current().pid()));
                assertThat(lockedBy(ms.config())).isEqualTo("killed-host");
            }
            UnlockResult result = ms.unlock();
            assertThat(result.cleared()).isTrue();
            assertThat(result.row().orElseThrow()).contains("locked by killed-host");
            assertThat(lockedBy(ms.config())).isNull();
            assertThat(log).anyMatch(l -> l.startsWith("Cleared Liquibase's lock row"));
        }
    }

    private static Throwable catchOnOtherThread(Runnable r) throws InterruptedException {
        try {
            CompletableFuture.runAsync(r).get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private static void exec(Config c, String sql) throws Exception {
        try (Connection conn = DriverManager.getConnection(c.url(), c.username(), c.password()); Statement s = conn.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static String lockedBy(Config c) throws Exception {
        try (Connection conn = DriverManager.getConnection(c.url(), c.username(), c.password()); Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT LOCKEDBY FROM DATABASECHANGELOGLOCK WHERE ID = 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> tables(Config c) throws Exception {
        // the connection's own database: with no catalog, MariaDB lists the tables of every database on the server,
        // other tests' included
        try (Connection conn = DriverManager.getConnection(c.url(), c.username(), c.password());
             ResultSet rs = conn.getMetaData().getTables(conn.getCatalog(), null, "%", new String[] {"TABLE"})) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) out.add(rs.getString("TABLE_NAME"));
            return out;
        }
    }

    /** How the holder is named: MariaDB has no application name, so its connection id and user. */
    private static String holderShown(Dialect dialect, String self) {
        return dialect == Dialect.MARIADB ? "MariaDB connection" : self;
    }
}
