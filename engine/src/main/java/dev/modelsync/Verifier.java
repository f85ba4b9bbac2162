package dev.modelsync;

import dev.modelsync.config.Config;

import dev.modelsync.verify.ChangelogLagCheck;
import dev.modelsync.verify.DriftCodes;
import dev.modelsync.verify.Finding;
import dev.modelsync.verify.SchemaComparator;
import dev.modelsync.verify.VerifyReport;

import dev.modelsync.changelog.ChangelogReplayer;
import dev.modelsync.apply.LiquibaseRunner;

import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.db.Db;
import dev.modelsync.db.Dialect;
import dev.modelsync.inspect.Inspector;
import dev.modelsync.inspect.LiveSchema;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;

import liquibase.changelog.DatabaseChangeLog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        List<Finding> findings = new ArrayList<>();
        Map<Finding.Check, Set<String>> checked = new LinkedHashMap<>();
        Set<String> modelTables = new TreeSet<>(desired.tables().stream().map(Table::name).toList());
        Path directory = config.changelogDirectory();
        boolean hasChangelog = Files.isRegularFile(config.masterChangelog());
        // the changelog is parsed once for the lag check and the pending check
        Supplier<DatabaseChangeLog> changelog = once(() -> ChangelogReplayer.parse(directory));

        if (options.changelogOnly()) {
            findings.addAll(lagCheck(directory, desired, hasChangelog, changelog));
            checked.put(Finding.Check.CHANGELOG_LAG, modelTables);
        } else {
            // one connection for both database checks; the drift check (database work and our
            // comparison) runs while this thread reads and replays the changelog
            try (Connection connection = config.connect()) {
                CompletableFuture<List<Finding>> drift = inBackground(() -> drift(connection, desired, options.ignoreExtra()));
                try {
                    findings.addAll(lagCheck(directory, desired, hasChangelog, changelog));
                    checked.put(Finding.Check.CHANGELOG_LAG, modelTables);
                    List<Finding> driftFindings = join(drift);
                    findings.addAll(pending(connection, hasChangelog, changelog));
                    checked.put(Finding.Check.PENDING, Set.of());
                    findings.addAll(driftFindings);
                    checked.put(Finding.Check.DRIFT, modelTables);
                } finally {
                    drift.exceptionally(e -> List.of()).join(); // never close the connection under a running check
                }
            } catch (SQLException e) {
                throw new ModelSyncException("Cannot close the connection to " + config.url() + ": " + e.getMessage(), e);
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

    private List<Finding> lagCheck(Path directory, Schema desired, boolean hasChangelog, Supplier<DatabaseChangeLog> changelog) {
        return hasChangelog ? lagCheck.check(directory, desired, changelog) : lagCheck.check(directory, desired);
    }

    /** Check (b): one finding per changeset Liquibase has not applied; none without a changelog. */
    private List<Finding> pending(Connection connection, boolean hasChangelog, Supplier<DatabaseChangeLog> changelog) {
        if (!hasChangelog) return List.of();
        try {
            return LiquibaseRunner.pending(changelog.get(), connection, Inspector.dialectOf(connection)).stream()
                    .map(cs -> new Finding(Finding.Check.PENDING, DriftCodes.PENDING_CHANGESET, "",
                            "changeset " + cs + " is not applied to the database: run model:sync"))
                    .toList();
        } catch (SQLException e) {
            throw new ModelSyncException("Could not read the applied changesets of " + config.url() + ": " + e.getMessage(), e);
        }
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

    /** Check (c): the live schema against the model. */
    static List<Finding> drift(Connection connection, Schema desired, boolean ignoreExtra) {
        Dialect dialect = Inspector.dialectOf(connection);
        LiveSchema live = Inspector.forConnection(connection, null).inspectLive();
        return SchemaComparator.compare(desired, live, dialect, ignoreExtra);
    }
}
