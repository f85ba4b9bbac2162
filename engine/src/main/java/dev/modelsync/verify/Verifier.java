package dev.modelsync.verify;

import dev.modelsync.liquibase.LiquibaseRunner;

import dev.modelsync.Config;
import dev.modelsync.ModelSyncException;
import dev.modelsync.VerifyOptions;
import dev.modelsync.VerifyResult;
import dev.modelsync.db.Db;
import dev.modelsync.db.Dialect;
import dev.modelsync.inspect.Inspector;
import dev.modelsync.inspect.LiveSchema;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

        findings.addAll(lagCheck.check(config.changelogDirectory(), desired));
        checked.put(Finding.Check.CHANGELOG_LAG, modelTables);

        if (!options.changelogOnly()) {
            try (Connection connection = Db.connect(config)) {
                findings.addAll(pending());
                checked.put(Finding.Check.PENDING, Set.of());
                findings.addAll(drift(connection, desired, options.ignoreExtra()));
                checked.put(Finding.Check.DRIFT, modelTables);
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

    /** Check (b): one finding per changeset Liquibase has not applied; none without a changelog. */
    List<Finding> pending() {
        if (!java.nio.file.Files.isRegularFile(config.masterChangelog())) return List.of();
        return new LiquibaseRunner(config).pending().stream()
                .map(cs -> new Finding(Finding.Check.PENDING, DriftCodes.PENDING_CHANGESET, "",
                        "changeset " + cs + " is not applied to the database: run model:sync"))
                .toList();
    }

    /** Check (c): the live schema against the model. */
    static List<Finding> drift(Connection connection, Schema desired, boolean ignoreExtra) {
        Dialect dialect = Inspector.dialectOf(connection);
        LiveSchema live = Inspector.forConnection(connection, null).inspectLive();
        return SchemaComparator.compare(desired, live, dialect, ignoreExtra);
    }
}
