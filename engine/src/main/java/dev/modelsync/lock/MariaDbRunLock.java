package dev.modelsync.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A named lock ({@code GET_LOCK}) on a connection of its own, keyed like PostgreSQL's by the
 * database that holds Liquibase's tracking tables. MariaDB and MySQL release it when the
 * connection ends, also when the process is killed.
 */
final class MariaDbRunLock implements RunLock {
    private final Connection connection;
    private final String name;
    private final String target;
    private boolean held;

    MariaDbRunLock(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            rs.next();
            this.target = "database " + rs.getString(1);
            // lock names are at most 64 characters: a hash of the database name
            this.name = "modelsync:" + Long.toHexString(PostgresRunLock.key(rs.getString(1)));
        }
    }

    @Override
    public boolean tryAcquire() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                held = rs.getInt(1) == 1;
                return held;
            }
        }
    }

    @Override
    public Optional<String> holder() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT ID, USER, HOST FROM information_schema.PROCESSLIST WHERE ID = IS_USED_LOCK(?)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of("MariaDB connection " + rs.getLong(1) + " (user " + rs.getString(2) + ", from "
                        + rs.getString(3) + ")");
            }
        }
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
    public void close() throws SQLException {
        try {
            if (held && !connection.isClosed()) {
                try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    ps.setString(1, name);
                    ps.execute();
                }
            }
        } finally {
            held = false;
            connection.close(); // ends the session: the server drops the lock in any case
        }
    }
}
