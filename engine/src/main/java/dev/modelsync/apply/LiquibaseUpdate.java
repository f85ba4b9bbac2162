package dev.modelsync.apply;

import dev.modelsync.apply.lock.DatabaseLock;
import liquibase.Contexts;
import liquibase.Liquibase;
import liquibase.LabelExpression;
import liquibase.RuntimeEnvironment;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeLogIterator;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.FastCheckService;
import liquibase.changelog.filter.ChangeSetFilter;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.IgnoreChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.changelog.filter.ShouldRunChangeSetFilter;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.filter.ChangeSetFilterResult;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.changelog.visitor.ChangeExecListener;
import liquibase.exception.LiquibaseException;
import liquibase.changelog.visitor.ListVisitor;
import liquibase.changelog.visitor.UpdateVisitor;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.ChangeExecListenerCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.exception.DatabaseException;
import liquibase.exception.LockException;
import liquibase.executor.ExecutorService;
import liquibase.executor.jvm.JdbcExecutor;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.util.LiquibaseUtil;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Liquibase 4.33's {@code update}, step for step as its update command runs it
 * ({@code DatabaseChangelogCommandStep} then {@code AbstractUpdateCommandStep}), through the same
 * Liquibase classes — parse, tracking tables, null-checksum upgrade, {@link DatabaseChangeLog#validate
 * validate} (checksums of applied changesets, preconditions, change validation), the lock, and
 * {@link ChangeLogIterator} with the command's filters (contexts, labels, dbms, ignore) driving an
 * {@link UpdateVisitor} (each changeset in its own transaction, its DATABASECHANGELOG row and checksum
 * written by Liquibase). Left out are two passes that only repeat work:
 * <ul>
 *   <li>the command's "fast check" ({@code FastCheckService}) validated the whole changelog a second
 *   time before listing what is pending; here the pending list is taken from the one validation
 *   (same filters plus {@link ShouldRunChangeSetFilter}), and as there, nothing pending means no lock
 *   is taken, and the applied changesets are read again once the lock is held;</li>
 *   <li>the status pass ({@code StatusVisitor}, a checksum of every changeset) that feeds only the
 *   update summary, which modelsync turns off.</li>
 * </ul>
 * Those steps are Liquibase's internals as of {@value #TESTED_VERSION}, the version this is tested
 * against. With any other Liquibase version on the classpath, the update is Liquibase's own update
 * command ({@code CommandScope} "update") with the same listener, after the pending changesets are
 * listed through Liquibase's public API: slower (the changelog is parsed twice), with the same result.
 */
final class LiquibaseUpdate {
    /** The Liquibase version whose update command {@link #run} re-assembles step by step. */
    static final String TESTED_VERSION = "4.33.0";

    private LiquibaseUpdate() {
    }

    /** Whether {@link #run} re-assembles the update on Liquibase {@code version} (else it runs Liquibase's own command). */
    static boolean stepByStep(String version) {
        return TESTED_VERSION.equals(version);
    }

    /** What is done after each changeset has run and its DATABASECHANGELOG row is committed. */
    interface Applied {
        void accept(ChangeSet changeSet) throws Exception;
    }

    /**
     * Runs the update of {@code changelogFile} (read through the scope's resource accessor);
     * {@code applied} hears of each changeset once it and its record are committed (Liquibase's own
     * listener hears of it before that commit). On a {@link ChangeSetConnection} a changeset's
     * changes and its record commit together.
     */
    static void run(Database database, String changelogFile, Applied applied) throws Exception {
        run(database, changelogFile, applied, (log, pending) -> { });
    }

    /**
     * {@link #run(Database, String, Applied)}; {@code beforeApply} sees the parsed changelog and the
     * pending changesets (when there are any) before the lock is taken and anything runs.
     */
    static void run(Database database, String changelogFile, Applied applied,
                    java.util.function.BiConsumer<DatabaseChangeLog, List<ChangeSet>> beforeApply) throws Exception {
        run(database, changelogFile, applied, beforeApply, new AbstractChangeExecListener() { });
    }

    /**
     * {@link #run(Database, String, Applied, java.util.function.BiConsumer)}; {@code also} hears of every
     * changeset and change run. Step by step on the tested Liquibase version, else through Liquibase's
     * own update command.
     */
    static void run(Database database, String changelogFile, Applied applied,
                    java.util.function.BiConsumer<DatabaseChangeLog, List<ChangeSet>> beforeApply, ChangeExecListener also)
            throws Exception {
        run(database, changelogFile, applied, beforeApply, also, !stepByStep(LiquibaseUtil.getBuildVersion()));
    }

    /** {@link #run(Database, String, Applied, java.util.function.BiConsumer, ChangeExecListener)}; {@code ownCommand}: through Liquibase's own update command. */
    static void run(Database database, String changelogFile, Applied applied,
                    java.util.function.BiConsumer<DatabaseChangeLog, List<ChangeSet>> beforeApply, ChangeExecListener also,
                    boolean ownCommand) throws Exception {
        if (ownCommand) runCommand(database, changelogFile, applied, beforeApply, also);
        else runStepByStep(database, changelogFile, applied, beforeApply, also);
    }

    /**
     * Liquibase's own update command, for a Liquibase version other than the tested one: the pending
     * changesets listed first through {@link Liquibase#listUnrunChangeSets} (nothing pending: nothing
     * runs, no lock is taken), then the command with modelsync's listener ({@link OneCommit}: on a
     * {@link ChangeSetConnection} a changeset and its record commit together). {@code applied} hears
     * of a changeset once the next one starts, or the command has ended: then its record is committed.
     */
    private static void runCommand(Database database, String changelogFile, Applied applied,
                           java.util.function.BiConsumer<DatabaseChangeLog, List<ChangeSet>> beforeApply, ChangeExecListener also)
            throws Exception {
        requireRunLockService(database);
        CommandScope command = new CommandScope(UpdateCommandStep.COMMAND_NAME);
        Contexts contexts = new Contexts(command.getArgumentValue(UpdateCommandStep.CONTEXTS_ARG));
        LabelExpression labels = new LabelExpression(command.getArgumentValue(UpdateCommandStep.LABEL_FILTER_ARG));
        Liquibase liquibase = new Liquibase(changelogFile, Scope.getCurrentScope().getResourceAccessor(), database);
        List<ChangeSet> pending = liquibase.listUnrunChangeSets(contexts, labels);
        if (pending.isEmpty()) return;
        beforeApply.accept(liquibase.getDatabaseChangeLog(), pending);
        Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache(); // the changelog may have changed since the last run
        List<ChangeSet> committed = new ArrayList<>();
        OneCommit listener = new OneCommit(database, also) {
            @Override
            public void willRun(ChangeSet changeSet, DatabaseChangeLog log, Database db, ChangeSet.RunStatus runStatus) {
                report(committed, applied); // the changeset before has committed by now
                super.willRun(changeSet, log, db, runStatus);
            }

            @Override
            public void ran(ChangeSet changeSet, DatabaseChangeLog log, Database db, ChangeSet.ExecType execType) {
                super.ran(changeSet, log, db, execType);
                if (ran) committed.add(changeSet);
            }
        };
        command.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database);
        command.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelogFile);
        command.addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF);
        command.addArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, listener);
        command.setOutput(OutputStream.nullOutputStream());
        command.execute();
        report(committed, applied);
    }

    private static void report(List<ChangeSet> committed, Applied applied) {
        try {
            for (ChangeSet cs : committed) applied.accept(cs);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            committed.clear();
        }
    }

    /** Fails when modelsync's database lock is held but Liquibase would take its own lock row. */
    private static LockService requireRunLockService(Database database) {
        LockService lock = LockServiceFactory.getInstance().getLockService(database);
        if (DatabaseLock.heldByCurrentThread() && !(lock instanceof RunLockService)) {
            throw new IllegalStateException("Liquibase picked " + lock.getClass().getName() + " instead of modelsync's "
                    + RunLockService.class.getName() + " (is META-INF/services/liquibase.lockservice.LockService on the classpath?)");
        }
        return lock;
    }

    /** Liquibase 4.33's update command, step for step (see the class comment). */
    private static void runStepByStep(Database database, String changelogFile, Applied applied,
                                      java.util.function.BiConsumer<DatabaseChangeLog, List<ChangeSet>> beforeApply,
                                      ChangeExecListener also) throws Exception {
        // contexts and labels as the update command reads them: its arguments, configurable as
        // liquibase.command[.update].contextFilter / labelFilter (system properties, environment)
        CommandScope command = new CommandScope(UpdateCommandStep.COMMAND_NAME);
        String contextsArg = command.getArgumentValue(UpdateCommandStep.CONTEXTS_ARG);
        String labelsArg = command.getArgumentValue(UpdateCommandStep.LABEL_FILTER_ARG);

        // DatabaseChangelogCommandStep
        ChangeLogParameters parameters = new ChangeLogParameters(database);
        parameters.addJavaProperties();
        parameters.addDefaultFileProperties();
        Contexts argContexts = new Contexts(contextsArg);
        if (!argContexts.isEmpty()) parameters.setContexts(argContexts);
        LabelExpression argLabels = new LabelExpression(labelsArg);
        if (!argLabels.isEmpty()) parameters.setLabels(argLabels);
        boolean locked = false;
        LockService lock = null;
        Throwable failure = null;
        try {
            DatabaseChangeLog changeLog = DatabaseChangelogCommandStep.getDatabaseChangeLog(changelogFile, parameters, database);
            ChangeLogHistoryService history = Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class)
                    .getChangeLogService(database);
            lock = requireRunLockService(database);
            history.init();
            Scope.child(Scope.Attr.database.name(), database,
                    () -> history.upgradeChecksums(changeLog, parameters.getContexts(), parameters.getLabels()));
            lock.init();
            changeLog.validate(database, parameters.getContexts(), parameters.getLabels());

            // AbstractUpdateCommandStep
            Contexts contexts = new Contexts(contextsArg);
            LabelExpression labels = new LabelExpression(labelsArg);
            RuntimeEnvironment environment = new RuntimeEnvironment(database, contexts, labels);
            try {
                if (history.isDatabaseChecksumsCompatible()) {
                    List<ChangeSet> pending = pending(database, changeLog, contexts, labels, environment);
                    if (pending.isEmpty()) return; // up to date: no lock, as the command's fast check
                    beforeApply.accept(changeLog, pending);
                }
            } catch (DatabaseException e) {
                // as the fast check: a history that cannot be read now is "not up to date"; the update decides under the lock
            } finally {
                history.reset(); // read the applied changesets again under the lock
            }
            lock.waitForLock();
            locked = true;
            Map<String, Object> values = new HashMap<>();
            values.put("showSummary", UpdateSummaryEnum.OFF);
            values.put(JdbcExecutor.ROWS_AFFECTED_SCOPE_KEY, new AtomicInteger(0));
            OneCommit listener = new OneCommit(database, also);
            UpdateVisitor visitor = new UpdateVisitor(database, listener, new ShouldRunChangeSetFilter(database)) {
                @Override
                public void visit(ChangeSet changeSet, DatabaseChangeLog log, Database db, Set<ChangeSetFilterResult> results)
                        throws LiquibaseException {
                    listener.ran = false;
                    super.visit(changeSet, log, db, results); // runs it, records it, commits
                    if (!listener.ran) return;
                    try {
                        applied.accept(changeSet);
                    } catch (LiquibaseException | RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new LiquibaseException(e);
                    }
                }
            };
            Scope.child(values, () -> new ChangeLogIterator(changeLog, filters(database, contexts, labels).toArray(new ChangeSetFilter[0]))
                    .run(visitor, environment));
            database.afterUpdate();
        } catch (Exception | Error e) {
            failure = e;
            throw e;
        } finally {
            try {
                if (locked) lock.releaseLock();
            } catch (LockException e) {
                // as the update command: a lock that cannot be released must not hide why the update failed
                if (failure == null) throw e;
                failure.addSuppressed(e);
            } finally {
                // the command's clean-up
                LockServiceFactory.getInstance().resetAll();
                Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
                Scope.getCurrentScope().getSingleton(ExecutorService.class).reset();
            }
        }
    }

    /**
     * Holds back the commit Liquibase makes after a changeset's changes, up to the commit after its
     * DATABASECHANGELOG row, and notes whether the changeset ran.
     */
    private static class OneCommit extends AbstractChangeExecListener {
        private final ChangeSetConnection connection;
        private final ChangeExecListener also;
        boolean ran;

        OneCommit(Database database, ChangeExecListener also) {
            this.connection = database.getConnection() instanceof ChangeSetConnection c ? c : null;
            this.also = also;
        }

        @Override
        public void willRun(ChangeSet changeSet, DatabaseChangeLog log, Database database, ChangeSet.RunStatus runStatus) {
            if (connection != null) connection.holdCommits();
            also.willRun(changeSet, log, database, runStatus);
        }

        @Override
        public void ran(liquibase.change.Change change, ChangeSet changeSet, DatabaseChangeLog log, Database database) {
            also.ran(change, changeSet, log, database);
        }

        @Override
        public void ran(ChangeSet changeSet, DatabaseChangeLog log, Database database, ChangeSet.ExecType execType) {
            if (connection != null) connection.commitAgain(); // the visitor's next commit covers changes and record
            ran = execType == ChangeSet.ExecType.EXECUTED || execType == ChangeSet.ExecType.RERAN;
            also.ran(changeSet, log, database, execType);
        }

        @Override
        public void runFailed(ChangeSet changeSet, DatabaseChangeLog log, Database database, Exception e) {
            if (connection != null) connection.commitAgain();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<ChangeSet> pending(Database database, DatabaseChangeLog changeLog, Contexts contexts, LabelExpression labels,
                                   RuntimeEnvironment environment) throws Exception {
        List<ChangeSetFilter> filters = filters(database, contexts, labels);
        filters.add(new ShouldRunChangeSetFilter(database));
        ListVisitor visitor = new ListVisitor();
        new ChangeLogIterator(changeLog, filters.toArray(new ChangeSetFilter[0])).run(visitor, environment);
        return (List<ChangeSet>) (List<?>) visitor.getSeenChangeSets();
    }

    /** The update command's changeset filters. */
    private static List<ChangeSetFilter> filters(Database database, Contexts contexts, LabelExpression labels) {
        List<ChangeSetFilter> filters = new ArrayList<>();
        filters.add(new ContextChangeSetFilter(contexts));
        filters.add(new LabelChangeSetFilter(labels));
        filters.add(new DbmsChangeSetFilter(database));
        filters.add(new IgnoreChangeSetFilter());
        return filters;
    }
}
