package dev.modelsync.apply.lock;

import dev.modelsync.config.Config;
import dev.modelsync.db.Db;
import dev.modelsync.db.Dialect;

import java.sql.Connection;
import java.sql.SQLException;

/** The {@link RunLock} of the configured database. */
final class RunLocks {
    private RunLocks() {
    }

    static RunLock open(Config config, String goal) throws SQLException {
        Connection c = config.connect();
        try {
            return switch (Dialect.fromUrl(config.url())) {
                case POSTGRESQL -> new PostgresRunLock(c, goal);
                case H2 -> new H2RunLock(c, config.url(), goal);
                case MARIADB -> new MariaDbRunLock(c);
            };
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** "modelsync model:sync, pid 1234 on host": how a run names itself to the others. */
    static String self(String goal) {
        return "modelsync model:" + goal + ", pid " + ProcessHandle.current().pid() + " on " + Host.NAME;
    }

    /** Looked up once per JVM (a slow name service would otherwise slow every run). */
    private static final class Host {
        static final String NAME = lookup();

        private static String lookup() {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                return "localhost";
            }
        }
    }
}
