package dev.modelsync.apply.lock;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * H2 has no advisory lock. For a database in a file (the default, {@code jdbc:h2:file:...}, also
 * with {@code AUTO_SERVER=TRUE}) the lock is a {@link FileRunLock} on {@code <database>.modelsync.lock}
 * next to the database file, which the operating system releases when the process dies. An
 * in-memory database lives in one JVM: the lock is a permit of this JVM. For an H2 server
 * ({@code jdbc:h2:tcp://}, {@code ssl://}) the files are out of reach: only runs in this JVM are
 * kept apart.
 */
final class H2RunLock implements RunLock {
    private final Connection connection;
    private final FileRunLock lock;
    private final String target;

    H2RunLock(Connection connection, String url, String goal) throws SQLException {
        this.connection = connection;
        String path;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE_PATH(), DATABASE()")) {
            rs.next();
            path = rs.getString(1);
            String name = rs.getString(2);
            String u = url.toLowerCase(Locale.ROOT);
            boolean remote = u.startsWith("jdbc:h2:tcp:") || u.startsWith("jdbc:h2:ssl:");
            if (path != null && !remote) {
                Path file = Path.of(path + ".modelsync.lock");
                this.lock = new FileRunLock(file, RunLocks.self(goal), true);
                this.target = "H2 database " + path + " (lock file " + file + ")";
            } else {
                // no file of ours to lock: runs in this JVM only
                String key = (remote ? url.replaceFirst(";.*", "") : "mem:" + name);
                this.lock = new FileRunLock(Path.of("h2-" + key), RunLocks.self(goal), false);
                this.target = "H2 database " + key;
            }
        }
    }

    @Override
    public boolean tryAcquire() throws Exception {
        return lock.tryAcquire();
    }

    @Override
    public Optional<String> holder() {
        return lock.holder();
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public void close() throws Exception {
        try {
            lock.close();
        } finally {
            connection.close();
        }
    }
}
