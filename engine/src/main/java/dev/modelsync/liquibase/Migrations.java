package dev.modelsync.liquibase;

import dev.modelsync.Config;
import dev.modelsync.GenerateResult;
import dev.modelsync.ModelSyncException;
import dev.modelsync.SqlResult;
import dev.modelsync.SyncResult;
import dev.modelsync.db.Db;
import dev.modelsync.diff.DestructiveCheck;
import dev.modelsync.diff.DiffOptions;
import dev.modelsync.diff.Differ;
import dev.modelsync.diff.Hazard;
import dev.modelsync.diff.SchemaChange;
import dev.modelsync.diff.SchemaChanges;
import dev.modelsync.schema.Schema;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The generate, sync and sql goals: model vs changelog → changes → checked → written, then
 * applied or shown. Generating needs no database; sync and sql use it to count the rows at stake.
 */
public final class Migrations {
    private final Config config;
    private final Supplier<Schema> desired;

    public Migrations(Config config, Supplier<Schema> desired) {
        this.config = config;
        this.desired = desired;
    }

    public GenerateResult generate() {
        return generate(false);
    }

    public SyncResult sync() {
        GenerateResult generated = generate(true);
        List<String> applied = new LiquibaseRunner(config).update(this::printHazards);
        config.log().accept(applied.isEmpty() ? "Database is up to date; no changeset ran."
                : "Applied " + applied.size() + " changeset" + (applied.size() == 1 ? "" : "s") + ".");
        return new SyncResult(generated, applied);
    }

    public SqlResult sql() {
        GenerateResult generated = generate(true);
        LiquibaseRunner runner = new LiquibaseRunner(config);
        List<String> pending = runner.pending();
        String sql = pending.isEmpty() ? "" : runner.updateSql();
        if (postgres() && !pending.isEmpty()) {
            java.util.Set<String> names = new java.util.HashSet<>(pending);
            printHazards(ChangelogLint.lint(config.changelogDirectory(), names::contains, java.util.Set.of()).hazards());
        }
        config.log().accept(pending.isEmpty() ? "No pending changesets: sync would run no SQL."
                : pending.size() + " pending changeset" + (pending.size() == 1 ? "" : "s") + "; nothing was applied.");
        return new SqlResult(generated, sql, pending);
    }

    private boolean postgres() {
        return config.url().toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    /**
     * Each hazard of the pending changesets on PostgreSQL, one line with its code and reason
     * (docs/migrations.md, "Online changes"); the same check as the lint goal, which fails on them.
     */
    private void printHazards(List<dev.modelsync.lint.Hazard> hazards) {
        for (dev.modelsync.lint.Hazard h : hazards) config.log().accept("Hazard " + h);
    }

    private GenerateResult generate(boolean databaseAtHand) {
        Schema wanted = desired.get();
        Replay replay = ReplayCache.replay(config.changelogDirectory(), config.cacheDirectory(),
                () -> ChangelogReplayer.replay(config.changelogDirectory()));
        for (String u : replay.unsupported()) {
            config.log().accept("Warning: not interpreted, so not part of the recorded schema: " + u);
        }
        Schema recorded = replay.schema();
        List<SchemaChange> changes = Differ.diff(recorded, wanted,
                config.allowDestructive() ? DiffOptions.ALLOW_DESTRUCTIVE : DiffOptions.DEFAULT);
        if (changes.isEmpty()) {
            config.log().accept("The changelog is up to date with the model; nothing written.");
            return new GenerateResult(List.of(), Optional.empty());
        }
        List<Hazard> hazards = DestructiveCheck.findings(changes, recorded);
        if (!config.allowDestructive()) refuseDestructive(hazards, wanted, databaseAtHand);
        else warnFills(hazards, wanted, databaseAtHand);
        Optional<Path> file = ChangelogWriter.write(config.changelogDirectory(), recorded, changes, config.online());
        ReplayCache.storeAfterWrite(config.changelogDirectory(), config.cacheDirectory(),
                new Replay(SchemaChanges.withoutHints(SchemaChanges.apply(recorded, changes)), replay.unsupported()));
        file.ifPresent(f -> config.log().accept("Wrote " + config.changelogDirectory().relativize(f) + " ("
                + changes.size() + " change" + (changes.size() == 1 ? "" : "s") + ")."));
        return new GenerateResult(changes, file);
    }

    private void refuseDestructive(List<Hazard> hazards, Schema wanted, boolean databaseAtHand) {
        if (hazards.isEmpty()) return;
        Optional<ToLongFunction<String>> rows = databaseAtHand ? rowCounter(hazards) : Optional.empty();
        List<Hazard> blocking = rows.map(r -> DestructiveCheck.blocking(hazards, r)).orElse(hazards);
        if (blocking.isEmpty()) return;
        StringBuilder msg = new StringBuilder(DestructiveCheck.refusal(blocking, rows));
        for (Hazard h : blocking) {
            OptionalLong n = rows.map(r -> OptionalLong.of(r.applyAsLong(h.table()))).orElse(OptionalLong.empty());
            DestructiveCheck.unfillable(h, wanted, n).ifPresent(why -> msg.append("\nallowDestructive would not help: ").append(why));
        }
        throw new ModelSyncException(msg.toString());
    }

    /**
     * Allowed NOT NULL columns without a default: existing rows get the type's zero value; say so,
     * per column, with the row count when a database is at hand (and nothing for an empty table).
     * Where the zero value cannot work (a foreign key, a unique key over several rows) the changeset
     * would fail: refused before anything is written when the rows are counted, a warning otherwise.
     */
    private void warnFills(List<Hazard> hazards, Schema wanted, boolean databaseAtHand) {
        List<Hazard> fills = hazards.stream().filter(h -> h.fill().isPresent()).toList();
        if (fills.isEmpty()) return;
        Optional<ToLongFunction<String>> rows = databaseAtHand ? rowCounter(fills) : Optional.empty();
        List<String> impossible = new ArrayList<>();
        for (Hazard h : fills) {
            OptionalLong n = rows.map(r -> OptionalLong.of(r.applyAsLong(h.table()))).orElse(OptionalLong.empty());
            Optional<String> cannot = DestructiveCheck.unfillable(h, wanted, n);
            if (cannot.isPresent() && n.isPresent()) {
                impossible.add(cannot.get());
            } else if (cannot.isPresent()) {
                config.log().accept("Warning: the changeset will fail if " + h.table() + " has rows. " + cannot.get());
            } else {
                DestructiveCheck.fillWarning(h, n).ifPresent(w -> config.log().accept("Warning: " + w));
            }
        }
        if (!impossible.isEmpty()) {
            throw new ModelSyncException("Refusing " + impossible.size() + (impossible.size() == 1 ? " change" : " changes")
                    + " that would fail even with allowDestructive (nothing was written):\n  - "
                    + String.join("\n  - ", impossible));
        }
    }

    /**
     * Row counts of the tables at stake, when the database has run this changelog (else the
     * tables it holds are not the recorded ones and counts would mislead).
     */
    private Optional<ToLongFunction<String>> rowCounter(List<Hazard> hazards) {
        if (!new LiquibaseRunner(config).hasHistory()) return Optional.empty();
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = Db.connect(config)) {
            for (Hazard h : hazards) {
                if (!h.table().isEmpty() && !counts.containsKey(h.table())) counts.put(h.table(), count(c, h.table()));
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
        return Optional.of(t -> counts.getOrDefault(t, 0L));
    }

    private static long count(Connection c, String table) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + LiquibaseTypes.quote(table))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return 0; // the table is not there: no rows at stake
        }
    }
}
