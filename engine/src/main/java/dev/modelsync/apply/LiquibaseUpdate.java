package dev.modelsync.apply;

import dev.modelsync.apply.lock.DatabaseLock;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.RuntimeEnvironment;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeLogIterator;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
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
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.database.Database;
import liquibase.exception.DatabaseException;
import liquibase.exception.LockException;
import liquibase.executor.ExecutorService;
import liquibase.executor.jvm.JdbcExecutor;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;

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
 */
final class LiquibaseUpdate {
    private LiquibaseUpdate() {
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

    /** {@link #run(Database, String, Applied, java.util.function.BiConsumer)}; {@code also} hears of every changeset and change run. */
    static void run(Database database, String changelogFile, Applied applied,
                    java.util.function.BiConsumer<DatabaseChangeLog, List<ChangeSet>> beforeApply, ChangeExecListener also)
            throws Exception {
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
            lock = LockServiceFactory.getInstance().getLockService(database);
            if (DatabaseLock.heldByCurrentThread() && !(lock instanceof RunLockService)) {
                throw new IllegalStateException("Liquibase picked " + lock.getClass().getName() + " instead of modelsync's "
                        + RunLockService.class.getName() + " (is META-INF/services/liquibase.lockservice.LockService on the classpath?)");
            }
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
    private static final class OneCommit extends AbstractChangeExecListener {
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
