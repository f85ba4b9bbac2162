package dev.modelsync;

import dev.modelsync.config.Config;

import dev.modelsync.verify.ChangelogLagCheck;
import dev.modelsync.verify.DriftCodes;
import dev.modelsync.verify.Finding;
import dev.modelsync.verify.SchemaComparator;
import dev.modelsync.verify.VerifyReport;
import dev.modelsync.verify.VerifyMemo;
import dev.modelsync.verify.ReplayingLagCheck;

import dev.modelsync.changelog.ChangeSetId;
import dev.modelsync.changelog.ChangelogReplayer;
import dev.modelsync.changelog.Replay;
import dev.modelsync.changelog.ReplayCache;
import dev.modelsync.apply.LiquibaseRunner;

import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.db.Dialect;
import dev.modelsync.inspect.Inspector;
import dev.modelsync.inspect.LiveSchema;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The three checks of {@code model:verify}, each reported separately: (a) CHANGELOG_LAG — the
 * changelog lags the model (no database); (b) PENDING — changesets not applied to the
 * database; (c) DRIFT — the live schema differs from the model. Every finding goes to the log,
 * grouped by check and table, and to the report files when a report directory is given.
 */
public final class Verifier {
    private final Config config;
    private final ChangelogLagCheck lagCheck;

    public Verifier(Config config, ChangelogLagCheck lagCheck) {
        this.config = config;
        this.lagCheck = lagCheck;
    }

    public VerifyResult verify(Schema desired, VerifyOptions options) {
        return verify(() -> desired, options);
    }

    /**
     * Runs the checks; {@code desired} (the resolved model) is asked for once, on this thread, while a
     * second thread connects to the database and inspects it.
     */
    public VerifyResult verify(Supplier<Schema> desiredSchema, VerifyOptions options) {
        List<Finding> findings = new ArrayList<>();
        Map<Finding.Check, Set<String>> checked = new LinkedHashMap<>();
        Path directory = config.changelogDirectory();
        boolean hasChangelog = Files.isRegularFile(config.masterChangelog());
        // the changelog is read once for the lag check and the pending check: from the replay cache when it
        // holds this changelog's replay and changesets, else parsed by Liquibase (and then cached)
        Supplier<Replay> recorded = once(() -> ReplayCache.replay(directory, config.cacheDirectory(), true,
                () -> ChangelogReplayer.replay(directory)));

        if (options.changelogOnly()) {
            Schema desired = desiredSchema.get();
            findings.addAll(lagCheck(directory, desired, hasChangelog, recorded));
            checked.put(Finding.Check.CHANGELOG_LAG, tableNames(desired));
        } else {
            // unchanged model files, changelog and settings since a clean verify: only the live schema and
            // the history table can differ, and both are read again (VerifyMemo)
            Optional<VerifyMemo> memo;
            // the database work (connecting, inspecting) runs on a second thread while this one resolves
            // the model and reads the changelog; one connection serves both database checks
            CompletableFuture<Inspected> inspected = inBackground(this::inspect);
            try {
                memo = hasChangelog && isStandard(lagCheck) ? VerifyMemo.of(config, options.ignoreExtra()) : Optional.empty();
                Optional<VerifyMemo.Seen> seen = memo.flatMap(VerifyMemo::load);
                Inspected db = seen.isPresent() ? withSchemas(join(inspected), seen.get().schemas()) : null;
                if (seen.isPresent() && db.digest().equals(seen.get().liveDigest())) {
                    checked.put(Finding.Check.CHANGELOG_LAG, seen.get().tables());
                    findings.addAll(pending(db, seen.get().changeSets()));
                    checked.put(Finding.Check.PENDING, Set.of());
                    checked.put(Finding.Check.DRIFT, seen.get().tables());
                } else {
                    Schema desired = desiredSchema.get();
                    List<Finding> lag = lagCheck(directory, desired, hasChangelog, recorded);
                    findings.addAll(lag);
                    checked.put(Finding.Check.CHANGELOG_LAG, tableNames(desired));
                    Migrations.refuseSchemasOnMariaDb(config.url(), desired);
                    if (db == null || !seen.get().schemas().equals(desired.schemaNames())) {
                        // the tables of the schemas the models name, too
                        db = withSchemas(join(inspected), desired.schemaNames());
                    }
                    List<Finding> driftFindings = SchemaComparator.compare(desired, db.live(), db.dialect(), options.ignoreExtra());
                    List<ChangeSetId> changeSets = hasChangelog
                            ? recorded.get().changeSets().orElseThrow() // asked for with its changesets
                            : List.of();
                    findings.addAll(pending(db, changeSets));
                    checked.put(Finding.Check.PENDING, Set.of());
                    findings.addAll(driftFindings);
                    checked.put(Finding.Check.DRIFT, tableNames(desired));
                    if (memo.isPresent()) {
                        if (lag.isEmpty() && driftFindings.isEmpty()) {
                            memo.get().store(new VerifyMemo.Seen(db.digest(), tableNames(desired), changeSets,
                                    desired.schemaNames()));
                        } else {
                            memo.get().forget();
                        }
                    }
                }
            } finally {
                // never leave the connection open, also when this thread failed while the other connected
                inspected.exceptionally(e -> null).thenAccept(this::close).join();
            }
        }
        VerifyReport report = new VerifyReport(findings, checked);
        report.lines().forEach(config.log());
        options.reportDirectory().ifPresent(dir -> {
            report.write(dir);
            config.log().accept("modelsync verify: report written to " + dir.resolve(VerifyReport.JSON_FILE) + " and "
                    + dir.resolve(VerifyReport.JUNIT_FILE));
        });
        return new VerifyResult(findings);
    }

    private static Set<String> tableNames(Schema desired) {
        return new TreeSet<>(desired.tables().stream().map(Table::name).toList());
    }

    /** The open connection, its database, the live schema read through it and the digest of what was read. */
    private record Inspected(Connection connection, Dialect dialect, LiveSchema live, String digest) {
    }

    /** The inspection of the connection's default schema, and of these schemas too when there are any. */
    private static Inspected withSchemas(Inspected db, java.util.SortedSet<String> schemas) {
        if (schemas.isEmpty()) return db;
        Inspector inspector = Inspector.forConnection(db.connection(), null, schemas);
        return new Inspected(db.connection(), db.dialect(), inspector.inspectLive(), inspector.catalogDigest());
    }

    private Inspected inspect() {
        Connection connection = config.connect();
        try {
            Dialect dialect = Inspector.dialectOf(connection);
            Inspector inspector = Inspector.forConnection(connection, null);
            return new Inspected(connection, dialect, inspector.inspectLive(), inspector.catalogDigest());
        } catch (RuntimeException | Error e) {
            close(new Inspected(connection, null, null, null));
            throw e;
        }
    }

    private void close(Inspected db) {
        if (db == null) return;
        try {
            db.connection().close();
        } catch (SQLException e) {
            throw new ModelSyncException("Cannot close the connection to " + config.url() + ": " + e.getMessage(), e);
        }
    }

    private List<Finding> lagCheck(Path directory, Schema desired, boolean hasChangelog, Supplier<Replay> recorded) {
        return hasChangelog ? lagCheck.check(directory, desired, recorded) : lagCheck.check(directory, desired);
    }

    /** Check (b): one finding per changeset of the changelog Liquibase has not applied. */
    private List<Finding> pending(Inspected db, List<ChangeSetId> changeSets) {
        if (changeSets.isEmpty()) return List.of();
        try {
            return LiquibaseRunner.pending(changeSets, db.connection(), db.dialect()).stream()
                    .map(cs -> new Finding(Finding.Check.PENDING, DriftCodes.PENDING_CHANGESET, "",
                            "changeset " + cs + " is not applied to the database: run model:sync"))
                    .toList();
        } catch (SQLException e) {
            throw new ModelSyncException("Could not read the applied changesets of " + config.url() + ": " + e.getMessage(), e);
        }
    }

    /** Whether the lag check is modelsync's own replay of the changelog, which the memo's key covers. */
    private static boolean isStandard(ChangelogLagCheck check) {
        return check instanceof ReplayingLagCheck r && r.isStandard();
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = supplier.get();
                return value;
            }
        };
    }

    private static <T> CompletableFuture<T> inBackground(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, r -> {
            Thread t = new Thread(r, "modelsync-verify-drift");
            t.setDaemon(true);
            t.start();
        });
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
