package dev.modelsync.apply;
import dev.modelsync.changelog.LiquibaseScope;

import dev.modelsync.changelog.ChangeSetId;
import dev.modelsync.changelog.ChangelogReplayer;
import dev.modelsync.lint.ChangelogLint;

import dev.modelsync.config.Config;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.db.Db;
import dev.modelsync.db.Dialect;
import dev.modelsync.apply.lock.DatabaseLock;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.changelog.visitor.ChangeExecListener;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.FastCheckService;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateSqlCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the changelog against the configured database through Liquibase: update (under
 * modelsync's {@link DatabaseLock}, which stands in for Liquibase's; on PostgreSQL each changeset
 * and its DATABASECHANGELOG row in one transaction; on MariaDB/MySQL a changeset that stopped
 * half-way resumes where it stopped, {@link ResumingExecutor}), the pending
 * changesets, and the SQL an update would run. Changesets are named {@code file::id}.
 */
public final class LiquibaseRunner {
    private final Config config;
    /** Tests: update through Liquibase's own update command, as on a Liquibase version other than the tested one. */
    boolean ownUpdateCommand;

    public LiquibaseRunner(Config config) {
        this.config = config;
    }

    /**
     * Applies every pending changeset as Liquibase's update does ({@link LiquibaseUpdate}: its steps,
     * without the command's second validation and status pass); returns them in the order they ran
     * (empty: no DDL ran).
     */
    public List<String> update() {
        return update(pending -> { });
    }

    /**
     * {@link #update()}; on PostgreSQL and MariaDB/MySQL {@code hazards} first receives the lint of the pending changesets
     * (docs/migrations.md, "Online changes"), from the same parse of the changelog.
     */
    public List<String> update(java.util.function.Consumer<List<dev.modelsync.lint.Hazard>> hazards) {
        requireMaster();
        try (DatabaseLock lock = DatabaseLock.acquire(config, "sync")) {
            warnAboutLiquibaseLockRow(lock);
            return withDatabase("apply the changelog to", db -> LiquibaseScope.run(config.changelogDirectory(), accessor -> {
                List<String> applied = new ArrayList<>();
                Connection connection = ((JdbcConnection) db.getConnection()).getUnderlyingConnection();
                try (H2Durability durable = H2Durability.start(connection, config.log())) {
                    // MariaDB/MySQL: changesets resume where they stopped (in modelsync's runs only)
                    Scope.child(ResumingExecutor.ACTIVE, Boolean.TRUE, () -> LiquibaseUpdate.run(db, Config.MASTER_FILE, changeSet -> {
                        durable.afterChangeSet(); // on disk before it is reported
                        if (MariaDbTypes.mariaDb(db)) ResumingExecutor.forget(connection, changeSet); // recorded: done
                        String name = ChangelogReplayer.name(changeSet);
                        applied.add(name);
                        config.log().accept("Applied changeset " + name);
                    }, (log, pending) -> lintPending(db, log, pending, hazards), partsThatRan(),
                            ownUpdateCommand || !LiquibaseUpdate.stepByStep(liquibase.util.LiquibaseUtil.getBuildVersion())));
                }
                if (MariaDbTypes.mariaDb(db)) ResumingExecutor.dropIfDone(connection); // nothing half-applied
                return List.copyOf(applied);
            }));
        }
    }

    /** Keeps the name of the changeset being applied, for the message when it fails. */
    private ChangeExecListener partsThatRan() {
        partialChangeSet = "";
        return new AbstractChangeExecListener() {
            @Override
            public void willRun(ChangeSet changeSet, DatabaseChangeLog log, Database database, ChangeSet.RunStatus runStatus) {
                partialChangeSet = ChangelogReplayer.name(changeSet);
            }
        };
    }

    /**
     * On PostgreSQL and MariaDB/MySQL, the lint of the pending changesets (that database's hazards), to {@code hazards};
     * a lint failure never stops the update.
     */
    private void lintPending(Database db, DatabaseChangeLog log, List<ChangeSet> pending,
                             java.util.function.Consumer<List<dev.modelsync.lint.Hazard>> hazards) {
        boolean mariaDb = MariaDbTypes.mariaDb(db);
        if (!(db instanceof liquibase.database.core.PostgresDatabase) && !mariaDb) return;
        Set<String> names = new HashSet<>();
        pending.forEach(cs -> names.add(ChangelogReplayer.name(cs)));
        List<dev.modelsync.lint.Hazard> found;
        try {
            found = ChangelogLint.on(mariaDb, ChangelogLint.lint(log, names::contains).hazards());
        } catch (RuntimeException e) { // the lint only informs here: it must not stop the update
            config.log().accept("Warning: the pending changesets were not checked for hazards: "
                    + ChangelogReplayer.rootMessage(e));
            return;
        }
        hazards.accept(found);
    }

    /**
     * A set DATABASECHANGELOGLOCK row is not what keeps modelsync runs apart (the database lock is),
     * so it does not stop this run; but plain Liquibase would wait on it: say so.
     */
    private void warnAboutLiquibaseLockRow(DatabaseLock lock) {
        lock.liquibaseLockRow().ifPresent(row -> config.log().accept("Note: Liquibase's lock table DATABASECHANGELOGLOCK is "
                + row + ". modelsync does not use it (it holds a lock the database releases when a run ends or is"
                + " killed), but Liquibase run on its own (its Maven plugin, CLI, Spring Boot) waits on it. If no such"
                + " Liquibase run is going on, it was left by a killed run: clear it with model:unlock."));
    }

    /** The SQL {@link #update()} would run, as Liquibase's update-sql prints it. Nothing is changed. */
    public String updateSql() {
        requireMaster();
        return withDatabase("compute the SQL for", db -> LiquibaseScope.run(config.changelogDirectory(), accessor -> {
            forgetFastCheck();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CommandScope sql = new CommandScope(UpdateSqlCommandStep.COMMAND_NAME);
            sql.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, db);
            sql.addArgumentValue(UpdateSqlCommandStep.CHANGELOG_FILE_ARG, Config.MASTER_FILE);
            sql.setOutput(out);
            sql.execute();
            return out.toString(StandardCharsets.UTF_8);
        }));
    }

    /**
     * The changesets the database has not run yet, in changelog order: read from
     * DATABASECHANGELOG, so the database is not changed (not even the tracking tables created).
     */
    public List<String> pending() {
        List<ChangeSetId> changeSets = ChangeSetId.of(ChangelogReplayer.parse(config.changelogDirectory()));
        return withDatabase("read the applied changesets of", db ->
                pending(changeSets, ((JdbcConnection) db.getConnection()).getUnderlyingConnection(), db.getShortName()));
    }

    /**
     * {@link #pending()} for the changesets of a changelog already read (verify reads them from its replay,
     * cached or parsed once), over an open connection (verify connects once for all its checks).
     */
    public static List<String> pending(List<ChangeSetId> changeSets, Connection connection, Dialect dialect) throws SQLException {
        String dbms = switch (dialect) {
            case H2 -> "h2";
            case POSTGRESQL -> "postgresql";
            case MARIADB -> connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                    .contains("mariadb") ? "mariadb" : "mysql";
        };
        return pending(changeSets, connection, dbms);
    }

    private static List<String> pending(List<ChangeSetId> changeSets, Connection connection, String dbms) throws SQLException {
        Set<String> ran = ranChangeSets(connection);
        List<String> out = new ArrayList<>();
        for (ChangeSetId cs : changeSets) {
            if (!cs.runsOn(dbms)) continue;
            if (!ran.contains(key(cs.id(), cs.author(), cs.filePath()))) out.add(cs.name());
        }
        return List.copyOf(out);
    }

    /**
     * Records every pending changeset as applied without running it (Liquibase changelogSync), for
     * adopting a database whose schema already matches; returns the changesets it marked.
     */
    public List<String> changelogSync() {
        requireMaster();
        try (DatabaseLock lock = DatabaseLock.acquire(config, "baseline")) {
            warnAboutLiquibaseLockRow(lock);
            return changelogSyncLocked();
        }
    }

    private List<String> changelogSyncLocked() {
        return withDatabase("record the changelog as applied to", db -> LiquibaseScope.run(config.changelogDirectory(), accessor -> {
            forgetFastCheck();
            liquibase.Liquibase lb = new liquibase.Liquibase(Config.MASTER_FILE, accessor, db);
            // Liquibase's changeLogSync takes its lock: modelsync's database lock stands in for it
            List<String> marked = lb.listUnrunChangeSets(new liquibase.Contexts(), new liquibase.LabelExpression(), false)
                    .stream().map(ChangelogReplayer::name).toList();
            lb.changeLogSync(new liquibase.Contexts(), new liquibase.LabelExpression());
            return marked;
        }));
    }

    /** Whether the database has run at least one changeset of any changelog. */
    public boolean hasHistory() {
        return withDatabase("read the applied changesets of", db ->
                !ranChangeSets(((JdbcConnection) db.getConnection()).getUnderlyingConnection()).isEmpty());
    }

    /**
     * Liquibase caches "this database is up to date with this changelog" per JVM, assuming the
     * changelog never changes while it runs; modelsync writes changesets in the same JVM (tests,
     * one Maven build running generate then sync), so the cache is cleared before each run.
     */
    private static void forgetFastCheck() {
        Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
    }

    static Set<String> ranChangeSets(Connection c) throws SQLException {
        Set<String> ran = new HashSet<>();
        boolean auto = c.getAutoCommit();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ID, AUTHOR, FILENAME FROM DATABASECHANGELOG")) {
            while (rs.next()) ran.add(key(rs.getString(1), rs.getString(2), rs.getString(3)));
        } catch (SQLException e) {
            if (!auto) c.rollback();
            return Set.of(); // no tracking table yet: nothing has run
        }
        return ran;
    }

    private static String key(String id, String author, String file) {
        return id + "\u0000" + author + "\u0000" + normalize(file);
    }

    /** Whether two changeset file paths name the same file, as Liquibase records them. */
    public static boolean sameFile(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    /** The ids of the changesets of {@code logicalFile} the database has run; none without a tracking table. */
    public List<String> applied(String logicalFile) {
        return withDatabase("read the applied changesets of", db -> {
            Connection c = ((JdbcConnection) db.getConnection()).getUnderlyingConnection();
            List<String> ids = new ArrayList<>();
            boolean auto = c.getAutoCommit();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT ID, FILENAME FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
                while (rs.next()) if (sameFile(rs.getString(2), logicalFile)) ids.add(rs.getString(1));
            } catch (SQLException e) {
                if (!auto) c.rollback();
                return List.<String>of(); // no tracking table: nothing has run
            }
            return List.copyOf(ids);
        });
    }

    private static String normalize(String file) {
        return file == null ? "" : file.replace('\\', '/').replaceFirst("^classpath:", "").replaceFirst("^/+", "");
    }


    private void requireMaster() {
        if (!Files.exists(config.masterChangelog())) {
            throw new ModelSyncException("There is no changelog at " + config.masterChangelog()
                    + ". Generate it first, or point changelogDirectory at yours "
                    + dev.modelsync.problem.Words.option("changelogDirectory") + ".");
        }
    }

    /** The changeset being applied (MariaDB/MySQL: its statements that ran stay, see {@link ResumingExecutor}). */
    private String partialChangeSet = "";

    private String afterFailure(Throwable e) {
        if (Dialect.fromUrl(config.url()) == Dialect.MARIADB) {
            ResumingExecutor.PartlyApplied partly = null;
            for (Throwable t = e; t != null && partly == null; t = t.getCause()) {
                if (t instanceof ResumingExecutor.PartlyApplied p) partly = p;
            }
            String name = partialChangeSet.isEmpty() ? "" : " " + partialChangeSet;
            StringBuilder b = new StringBuilder("\nChangesets applied before the failing one stay applied. MariaDB and MySQL"
                    + " commit each DDL statement at once, so the failing changeset" + name + " is not recorded as applied");
            if (partly == null || partly.ran.isEmpty()) {
                b.append(", and none of its statements ran").append(partly == null ? "." : ": statement 1 failed: "
                        + shorten(partly.failed) + ".");
                return b.append(" Fix the cause and run again.").toString();
            }
            b.append(partly.ran.size() == 1 ? ", but its first statement ran and stays:"
                    : ", but its first " + partly.ran.size() + " statements ran and stay:");
            for (int i = 0; i < partly.ran.size(); i++) b.append("\n  ").append(i + 1).append(". ").append(shorten(partly.ran.get(i)));
            b.append("\nand statement ").append(partly.failedIndex).append(" failed: ").append(shorten(partly.failed))
                    .append("\nFix the cause and run again: the run skips the statements that ran (modelsync records them in ")
                    .append(ResumingExecutor.TABLE).append(") and resumes at statement ").append(partly.failedIndex)
                    .append(". To take the changeset back instead, undo the statements that ran and delete its row from ")
                    .append(ResumingExecutor.TABLE).append(".");
            return b.toString();
        }
        boolean pg = config.url().toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:postgresql:");
        return "\nChangesets applied before the failing one stay applied; "
                + (pg ? "the failing changeset was rolled back as a whole (one transaction per changeset)."
                : "H2 commits each DDL statement, so check what the failing changeset left behind.")
                + " Fix the cause and run again: applied changesets are skipped.";
    }

    private static String shorten(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 297) + "...";
    }

    /** PostgreSQL's lock_not_available (55P03): a statement gave up waiting for a lock (lock_timeout). */
    static boolean lockTimedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException x && "55P03".equals(x.getSQLState())) return true;
        }
        return false;
    }

    interface DbBody<T> {
        T run(Database db) throws Exception;
    }

    private <T> T withDatabase(String what, DbBody<T> body) {
        try (Connection conn = config.connect()) {
            if (Dialect.fromUrl(config.url()) == Dialect.MARIADB) {
                try (Statement s = conn.createStatement()) {
                    s.execute("SET SESSION default_storage_engine = InnoDB"); // Sequelize's mariadb dialect: InnoDB tables
                }
            }
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new ChangeSetConnection(conn));
            try {
                return body.run(db);
            } catch (Exception | Error e) {
                // closing gives the connection back its autocommit, which would commit what is open
                if (!conn.getAutoCommit()) conn.rollback();
                throw e;
            } finally {
                db.close();
            }
        } catch (ModelSyncException e) {
            throw e;
        } catch (Exception e) {
            if (what.startsWith("apply") && lockTimedOut(e)) {
                throw new ModelSyncException("A changeset waited longer than the lock timeout (" + config.online().lockTimeout()
                        .toMillis() + " ms) for a lock on its table, held by another session (a long transaction?), and was"
                        + " stopped: " + ChangelogReplayer.rootMessage(e) + "\nNothing of it stayed applied: a changeset in a"
                        + " transaction was rolled back, and an index build left INVALID is dropped and rebuilt by the next run."
                        + " It is safe to run again: when the table is quieter, or with a longer lockTimeout.", e);
            }
            throw new ModelSyncException("Could not " + what + " " + config.url() + ": "
                    + ChangelogReplayer.rootMessage(e) + (what.startsWith("apply") ? afterFailure(e) : ""), e);
        }
    }
}
