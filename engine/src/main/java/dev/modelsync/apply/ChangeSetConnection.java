package dev.modelsync.apply;

import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;

import java.sql.Connection;

/**
 * Liquibase's JDBC connection, able to hold back commits while one changeset runs. Liquibase 4.33
 * commits a changeset's changes, then inserts its DATABASECHANGELOG row and commits again: a run
 * killed between the two leaves the changes applied but unrecorded, and every later run fails
 * ("already exists"). {@link LiquibaseUpdate} holds back the first commit, so on PostgreSQL the
 * changes and their record commit in one transaction.
 */
final class ChangeSetConnection extends JdbcConnection {
    private boolean holdCommits;

    ChangeSetConnection(Connection connection) {
        super(connection);
    }

    /** From now on {@link #commit()} does nothing, until {@link #commitAgain()}. */
    void holdCommits() {
        holdCommits = true;
    }

    void commitAgain() {
        holdCommits = false;
    }

    @Override
    public void commit() throws DatabaseException {
        if (!holdCommits) super.commit();
    }
}
