package dev.modelsync.apply;

import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.executor.jvm.JdbcExecutor;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MariaDB/MySQL: a changeset resumes where it stopped. Those databases commit each DDL statement at
 * once, so a changeset of several statements that fails (or is killed) after its first statements
 * leaves them applied while the changeset is not recorded; Liquibase would run it again from its
 * first statement, which then fails ("Table ... already exists"). This executor (Liquibase's
 * {@code jdbc} executor for those databases, registered through
 * {@code META-INF/services/liquibase.executor.Executor}) records in {@value #TABLE}, statement by
 * statement, how far each changeset being applied has got: before a statement, that it is running;
 * after it, that it is done. A rerun of the changeset skips the statements that are done and resumes
 * at the next one. The one statement whose outcome is unknown (the run was killed while it ran,
 * or between its commit and its record) is run again; when it fails because what it makes is there
 * already, or what it removes is gone already ({@link #ALREADY}), it had run. A changeset whose text
 * changed since (another checksum) starts from its first statement. Its row goes once the changeset
 * is recorded in DATABASECHANGELOG ({@link #forget}), the table once an update has run to its end with
 * no changeset left in progress ({@link #dropIfDone}).
 *
 * <p>On failure the statements of the changeset that ran are in the exception
 * ({@link PartlyApplied}), for the message.
 */
public final class ResumingExecutor extends JdbcExecutor {
    /**
     * The Liquibase scope attribute under which it records and resumes: set by modelsync's update; any
     * other Liquibase run in the same JVM (its own command, changelogSync) runs changes as Liquibase does.
     */
    static final String ACTIVE = "modelsync.resumeChangeSets";

    /** modelsync's table of changesets in progress (MariaDB/MySQL only), next to Liquibase's. */
    public static final String TABLE = "DATABASECHANGELOGPROGRESS";

    /**
     * MariaDB/MySQL errors that say a statement's work is done already: table exists (1050), unknown
     * table (1051), unknown column (1054), duplicate column (1060), duplicate key name (1061),
     * multiple primary key (1068), cannot drop what does not exist (1091), table does not exist
     * (1146), duplicate foreign key name (1826, or 1005 with errno 121).
     */
    static final Set<Integer> ALREADY = Set.of(1050, 1051, 1054, 1060, 1061, 1068, 1091, 1146, 1826);

    private ChangeSet current;
    private String checksum;
    private int index;
    private int done;
    private boolean running;
    private boolean tableReady;
    private final List<String> ran = new ArrayList<>();

    @Override
    public String getName() {
        return "jdbc";
    }

    @Override
    public int getPriority() {
        return PRIORITY_SPECIALIZED;
    }

    @Override
    public boolean supports(Database database) {
        return MariaDbTypes.mariaDb(database);
    }

    @Override
    public void execute(Change change, List<SqlVisitor> sqlVisitors) throws DatabaseException {
        ChangeSet changeSet = change.getChangeSet();
        if (changeSet == null || !Boolean.TRUE.equals(Scope.getCurrentScope().get(ACTIVE, Boolean.FALSE))) {
            super.execute(change, sqlVisitors);
            return;
        }
        if (changeSet != current) start(changeSet);
        SqlStatement[] statements = change.generateStatements(database);
        if (statements == null) return;
        for (SqlStatement statement : statements) {
            if (statement.skipOnUnsupported() && !SqlGeneratorFactory.getInstance().supports(statement, database)) continue;
            index++;
            String text = text(statement, sqlVisitors);
            if (index <= done) {
                Scope.getCurrentScope().getLog(getClass()).info("Skipped statement " + index + " of "
                        + changeSet.getId() + ": it ran before the changeset was stopped: " + text);
                ran.add(text);
                continue;
            }
            boolean unknown = running && index == done + 1;
            record(index - 1, true);
            try {
                super.execute(statement, sqlVisitors);
            } catch (DatabaseException e) {
                if (unknown && already(e)) {
                    Scope.getCurrentScope().getLog(getClass()).info("Statement " + index + " of " + changeSet.getId()
                            + " had run before the changeset was stopped: " + text);
                } else if (statement.continueOnError()) {
                    Scope.getCurrentScope().getLog(getClass()).severe("Error executing SQL " + text + " (ignored)", e);
                } else {
                    record(index - 1, false);
                    throw new PartlyApplied(e, List.copyOf(ran), text, index);
                }
            }
            record(index, false);
            ran.add(text);
        }
    }

    /** The statement as it runs, for messages. */
    private String text(SqlStatement statement, List<SqlVisitor> sqlVisitors) {
        try {
            return String.join("; ", applyVisitors(statement, sqlVisitors));
        } catch (DatabaseException | RuntimeException e) {
            return statement.toString();
        }
    }

    private void start(ChangeSet changeSet) throws DatabaseException {
        current = changeSet;
        checksum = changeSet.generateCheckSum(ChecksumVersion.latest()).toString();
        index = 0;
        done = 0;
        running = false;
        ran.clear();
        try {
            Connection c = connection();
            ensureTable(c);
            try (PreparedStatement s = c.prepareStatement("SELECT MD5SUM, DONE, RUNNING FROM " + TABLE
                    + " WHERE ID = ? AND AUTHOR = ? AND FILENAME = ?")) {
                key(s, 1, changeSet);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && checksum.equals(rs.getString(1))) {
                        done = rs.getInt(2);
                        running = rs.getInt(3) != 0;
                    }
                }
            }
            commitIfManual(c);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read how far changeset " + changeSet.getId() + " got from " + TABLE
                    + ": " + e.getMessage(), e);
        }
    }

    /** Records that the first {@code doneCount} statements are done and whether the next one is running. */
    private void record(int doneCount, boolean next) throws DatabaseException {
        try {
            Connection c = connection();
            int updated;
            try (PreparedStatement s = c.prepareStatement("UPDATE " + TABLE + " SET MD5SUM = ?, DONE = ?, RUNNING = ?"
                    + " WHERE ID = ? AND AUTHOR = ? AND FILENAME = ?")) {
                s.setString(1, checksum);
                s.setInt(2, doneCount);
                s.setInt(3, next ? 1 : 0);
                key(s, 4, current);
                updated = s.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO " + TABLE
                        + " (ID, AUTHOR, FILENAME, MD5SUM, DONE, RUNNING) VALUES (?, ?, ?, ?, ?, ?)")) {
                    key(s, 1, current);
                    s.setString(4, checksum);
                    s.setInt(5, doneCount);
                    s.setInt(6, next ? 1 : 0);
                    s.executeUpdate();
                }
            }
            commitIfManual(c);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot record in " + TABLE + " how far changeset " + current.getId() + " got: "
                    + e.getMessage(), e);
        }
    }

    private void ensureTable(Connection c) throws SQLException {
        if (tableReady) return;
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL,"
                    + " FILENAME VARCHAR(255) NOT NULL, MD5SUM VARCHAR(35), DONE INT NOT NULL, RUNNING INT NOT NULL)");
        }
        tableReady = true;
    }

    private Connection connection() {
        return ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
    }

    private static void commitIfManual(Connection c) throws SQLException {
        if (!c.getAutoCommit()) c.commit();
    }

    private static void key(PreparedStatement s, int first, ChangeSet cs) throws SQLException {
        s.setString(first, cs.getId());
        s.setString(first + 1, cs.getAuthor());
        s.setString(first + 2, cs.getFilePath());
    }

    /** Whether the failure says the statement's work is there already. */
    static boolean already(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!(t instanceof SQLException x)) continue;
            if (ALREADY.contains(x.getErrorCode())) return true;
            // a foreign key of that name exists: "Can't create table ... (errno: 121 "Duplicate key on write or update")"
            if (x.getErrorCode() == 1005 && String.valueOf(x.getMessage()).contains("errno: 121")) return true;
        }
        return false;
    }

    /**
     * Forgets how far {@code changeSet} got, once it is recorded as applied; a connection on which
     * it never ran (no table) is left alone.
     */
    static void forget(Connection c, ChangeSet changeSet) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + TABLE + " WHERE ID = ? AND AUTHOR = ? AND FILENAME = ?")) {
            key(s, 1, changeSet);
            s.executeUpdate();
        } catch (SQLException e) {
            if (e.getErrorCode() != 1146) throw e; // no such table: nothing recorded
        }
        commitIfManual(c);
    }

    /**
     * Drops {@value #TABLE} when no changeset is in progress (after an update that ran to its end), so
     * the table exists only while a changeset stands half-applied.
     */
    static void dropIfDone(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + TABLE)) {
                if (!rs.next() || rs.getInt(1) > 0) return;
            } catch (SQLException e) {
                if (e.getErrorCode() == 1146) return; // never made: nothing ran
                throw e;
            }
            s.execute("DROP TABLE IF EXISTS " + TABLE);
        }
    }

    /** A statement of a changeset failed; {@link #ran} are the statements of it that ran (now or before) and stay. */
    static final class PartlyApplied extends DatabaseException {
        final List<String> ran;
        final String failed;
        final int failedIndex;

        PartlyApplied(DatabaseException cause, List<String> ran, String failed, int failedIndex) {
            super(cause.getMessage(), cause);
            this.ran = ran;
            this.failed = failed;
            this.failedIndex = failedIndex;
        }
    }
}
