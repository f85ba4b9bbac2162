package dev.modelsync.apply.lock;

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
final class MariaDbRunLock extends SessionRunLock {
    private final String name;

    MariaDbRunLock(Connection connection) throws SQLException {
        this(connection, databaseOf(connection));
    }

    private MariaDbRunLock(Connection connection, String database) throws SQLException {
        super(connection, "database " + database);
        // lock names are at most 64 characters: a hash of the database name
        this.name = "modelsync:" + Long.toHexString(PostgresRunLock.key(database));
    }

    private static String databaseOf(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            rs.next();
            return rs.getString(1);
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
    protected void release() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, name);
            ps.execute();
        }
    }
}
