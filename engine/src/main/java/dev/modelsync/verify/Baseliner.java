package dev.modelsync.verify;

import dev.modelsync.liquibase.LiquibaseRunner;

import dev.modelsync.BaselineResult;
import dev.modelsync.Config;
import dev.modelsync.ModelSyncException;
import dev.modelsync.db.Db;
import dev.modelsync.lock.DatabaseLock;
import dev.modelsync.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.modelsync.verify.DriftCodes.*;

/**
 * {@code model:baseline}: adopts a database that no changelog created (for example one made by
 * Sequelize's {@code sync()}). Compares the live schema with the model; when tables, columns
 * and keys match, generates the changelog if it lags the model, records every changeset as
 * applied (Liquibase changelogSync, nothing is run) and returns the safe differences that
 * remain. Otherwise it refuses with the drift report and changes nothing.
 *
 * <p>Safe differences (they never block adoption): column defaults ({@link DriftCodes#DEFAULT_MISMATCH},
 * e.g. Sequelize keeps NOW in JavaScript, modelsync puts it in the database), names of keys and
 * indexes ({@link DriftCodes#NAME_MISMATCH}), indexes ({@code MISSING_INDEX}, {@code EXTRA_INDEX},
 * {@code INDEX_MISMATCH}), tables the model does not know ({@code EXTRA_TABLE}) and enum values
 * the model does not use ({@code EXTRA_ENUM_VALUE}). Everything else blocks.
 */
public final class Baseliner {
    public static final Set<String> SAFE = Set.of(DEFAULT_MISMATCH, NAME_MISMATCH, MISSING_INDEX, EXTRA_INDEX,
            INDEX_MISMATCH, EXTRA_TABLE, EXTRA_ENUM_VALUE);

    private final Config config;
    private final ChangelogLagCheck lagCheck;
    private final Runnable generate;

    /** {@code generate}: writes the changelog for the model (ModelSync.generate). */
    public Baseliner(Config config, ChangelogLagCheck lagCheck, Runnable generate) {
        this.config = config;
        this.lagCheck = lagCheck;
        this.generate = generate;
    }

    public BaselineResult baseline(Schema desired) {
        try (DatabaseLock lock = DatabaseLock.acquire(config, "baseline"); Connection connection = Db.connect(config)) {
            List<Finding> drift = Verifier.drift(connection, desired, false);
            List<Finding> blocking = drift.stream().filter(f -> !SAFE.contains(f.code())).toList();
            if (!blocking.isEmpty()) {
                List<String> lines = new ArrayList<>(new VerifyReport(drift, Map.of(Finding.Check.DRIFT, Set.of())).lines());
                throw new ModelSyncException("Refusing to baseline " + config.url() + ": its tables, columns or keys differ"
                        + " from the model (" + blocking.size() + " blocking of " + drift.size() + " differences).\n"
                        + String.join("\n", lines) + "\nChange the model (or the database) until only defaults, names"
                        + " and indexes differ, then run model:baseline again. Nothing was recorded.");
            }
            if (!lagCheck.check(config.changelogDirectory(), desired).isEmpty()) {
                config.log().accept("modelsync baseline: the changelog lags the model; generating it first");
                generate.run();
                List<Finding> lag = lagCheck.check(config.changelogDirectory(), desired);
                if (!lag.isEmpty()) {
                    throw new ModelSyncException("Refusing to baseline: after generating, the changelog still lags the model:\n"
                            + String.join("\n", lag.stream().map(Finding::toString).toList()));
                }
            }
            List<String> marked = new LiquibaseRunner(config).changelogSync();
            config.log().accept("modelsync baseline: recorded " + marked.size() + " changeset(s) as applied to "
                    + config.url() + " (nothing was run)");
            marked.forEach(m -> config.log().accept("  " + m));
            List<String> remaining = drift.stream().map(Finding::toString).toList();
            if (!remaining.isEmpty()) {
                config.log().accept("modelsync baseline: " + remaining.size() + " safe difference(s) remain; model:verify"
                        + " reports them until they are fixed:");
                remaining.forEach(r -> config.log().accept("  " + r));
            }
            return new BaselineResult(marked, remaining);
        } catch (SQLException e) {
            throw new ModelSyncException("Cannot close the connection to " + config.url() + ": " + e.getMessage(), e);
        }
    }
}
