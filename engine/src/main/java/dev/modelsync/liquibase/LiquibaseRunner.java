package dev.modelsync.liquibase;

import dev.modelsync.Config;
import dev.modelsync.ModelSyncException;
import dev.modelsync.db.Db;
import dev.modelsync.db.Dialect;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.FastCheckService;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.changelog.visitor.ChangeExecListener;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateSqlCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.DatabaseList;
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
 * Runs the changelog against the configured database through Liquibase: update (with
 * Liquibase's lock; on PostgreSQL each changeset in its own transaction), the pending
 * changesets, and the SQL an update would run. Changesets are named {@code file::id}.
 */
public final class LiquibaseRunner {
    private final Config config;

    public LiquibaseRunner(Config config) {
        this.config = config;
    }

    /**
     * Applies every pending changeset as Liquibase's update does ({@link LiquibaseUpdate}: its steps,
     * without the command's second validation and status pass); returns them in the order they ran
     * (empty: no DDL ran).
     */
    public List<String> update() {
        requireMaster();
        List<String> applied = new ArrayList<>();
        partial.clear();
        partialChangeSet = "";
        ChangeExecListener listener = new AbstractChangeExecListener() {
            @Override
            public void willRun(ChangeSet changeSet, DatabaseChangeLog log, Database database, ChangeSet.RunStatus runStatus) {
                partial.clear();
                partialChangeSet = name(changeSet);
            }

            @Override
            public void ran(liquibase.change.Change change, ChangeSet changeSet, DatabaseChangeLog log, Database database) {
                partial.add(change.getDescription());
            }

            @Override
            public void ran(ChangeSet changeSet, DatabaseChangeLog log, Database database, ChangeSet.ExecType execType) {
                partial.clear();
                if (execType == ChangeSet.ExecType.EXECUTED || execType == ChangeSet.ExecType.RERAN) {
                    String name = name(changeSet);
                    applied.add(name);
                    config.log().accept("Applied changeset " + name);
                }
            }
        };
        withDatabase("apply the changelog to", db -> LiquibaseScope.run(config.changelogDirectory(), accessor -> {
            LiquibaseUpdate.run(db, Config.MASTER_FILE, listener);
            return null;
        }));
        return List.copyOf(applied);
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
        DatabaseChangeLog log = ChangelogReplayer.parse(config.changelogDirectory());
        return withDatabase("read the applied changesets of", db ->
                pending(log, ((JdbcConnection) db.getConnection()).getUnderlyingConnection(), db.getShortName()));
    }

    /**
     * {@link #pending()} for a changelog already {@link ChangelogReplayer#parse parsed}, over an open
     * connection (verify parses once and connects once for all its checks).
     */
    public static List<String> pending(DatabaseChangeLog log, Connection connection, Dialect dialect) throws SQLException {
        String dbms = switch (dialect) {
            case H2 -> "h2";
            case POSTGRESQL -> "postgresql";
            case MARIADB -> connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                    .contains("mariadb") ? "mariadb" : "mysql";
        };
        return pending(log, connection, dbms);
    }

    private static List<String> pending(DatabaseChangeLog log, Connection connection, String dbms) throws SQLException {
        Set<String> ran = ranChangeSets(connection);
        List<String> out = new ArrayList<>();
        for (ChangeSet cs : log.getChangeSets()) {
            if (!DatabaseList.definitionMatches(cs.getDbmsSet(), dbms, true)) continue;
            if (!ran.contains(key(cs.getId(), cs.getAuthor(), cs.getFilePath()))) out.add(name(cs));
        }
        return List.copyOf(out);
    }

    /**
     * Records every pending changeset as applied without running it (Liquibase changelogSync), for
     * adopting a database whose schema already matches; returns the changesets it marked.
     */
    public List<String> changelogSync() {
        requireMaster();
        return withDatabase("record the changelog as applied to", db -> LiquibaseScope.run(config.changelogDirectory(), accessor -> {
            forgetFastCheck();
            liquibase.Liquibase lb = new liquibase.Liquibase(Config.MASTER_FILE, accessor, db);
            List<String> marked = lb.listUnrunChangeSets(new liquibase.Contexts(), new liquibase.LabelExpression(), false)
                    .stream().map(LiquibaseRunner::name).toList();
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

    private static String normalize(String file) {
        return file == null ? "" : file.replace('\\', '/').replaceFirst("^classpath:", "").replaceFirst("^/+", "");
    }

    static String name(ChangeSet cs) {
        return cs.getFilePath() + "::" + cs.getId();
    }

    private void requireMaster() {
        if (!Files.exists(config.masterChangelog())) {
            throw new ModelSyncException("There is no changelog at " + config.masterChangelog()
                    + ". Run model:generate first (or set model.changelogDirectory).");
        }
    }

    /** The changes of the changeset being applied that have run (MariaDB/MySQL commit each at once). */
    private final List<String> partial = new ArrayList<>();
    private String partialChangeSet = "";

    private String afterFailure() {
        if (Dialect.fromUrl(config.url()) == Dialect.MARIADB) {
            return "\nChangesets applied before the failing one stay applied. MariaDB and MySQL commit each DDL statement"
                    + " at once, so the failing changeset" + (partialChangeSet.isEmpty() ? "" : " " + partialChangeSet)
                    + " is not recorded as applied, "
                    + (partial.isEmpty() ? "and none of its changes ran."
                    : "but these of its changes ran and stay: " + String.join("; ", partial) + ".")
                    + " Fix the cause, " + (partial.isEmpty() ? "" : "undo the changes that ran (or drop and recreate the"
                    + " database when it holds nothing yet), ") + "and run again: the changeset runs from its start.";
        }
        boolean pg = config.url().toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:postgresql:");
        return "\nChangesets applied before the failing one stay applied; "
                + (pg ? "the failing changeset was rolled back as a whole (one transaction per changeset)."
                : "H2 commits each DDL statement, so check what the failing changeset left behind.")
                + " Fix the cause and run again: applied changesets are skipped.";
    }

    interface DbBody<T> {
        T run(Database db) throws Exception;
    }

    private <T> T withDatabase(String what, DbBody<T> body) {
        try (Connection conn = Db.connect(config)) {
            if (Dialect.fromUrl(config.url()) == Dialect.MARIADB) {
                try (Statement s = conn.createStatement()) {
                    s.execute("SET SESSION default_storage_engine = InnoDB"); // Sequelize's mariadb dialect: InnoDB tables
                }
            }
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(conn));
            try {
                return body.run(db);
            } finally {
                db.close();
            }
        } catch (ModelSyncException e) {
            throw e;
        } catch (Exception e) {
            throw new ModelSyncException("Could not " + what + " " + config.url() + ": "
                    + ChangelogReplayer.rootMessage(e) + (what.startsWith("apply") ? afterFailure() : ""), e);
        }
    }
}
