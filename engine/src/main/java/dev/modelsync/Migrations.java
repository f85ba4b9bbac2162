package dev.modelsync;

import dev.modelsync.config.Online;

import dev.modelsync.config.Config;

import dev.modelsync.apply.LiquibaseRunner;
import dev.modelsync.changelog.ChangelogReplayer;
import dev.modelsync.changelog.ChangelogWriter;
import dev.modelsync.changelog.LiquibaseTypes;
import dev.modelsync.changelog.Replay;
import dev.modelsync.changelog.ReplayCache;
import dev.modelsync.lint.ChangelogLint;

import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.db.Db;
import dev.modelsync.diff.DestructiveCheck;
import dev.modelsync.diff.DiffOptions;
import dev.modelsync.diff.Differ;
import dev.modelsync.diff.DataLoss;
import dev.modelsync.diff.SchemaChange;
import dev.modelsync.diff.SchemaChanges;
import dev.modelsync.apply.lock.ChangelogLock;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.Schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import liquibase.changelog.DatabaseChangeLog;
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
import java.util.function.Function;
import java.util.function.Supplier;
import dev.modelsync.model.ModelSet;
import dev.modelsync.resolve.Resolved;
import java.util.function.ToLongFunction;

/**
 * The generate, sync and sql goals: model vs changelog → changes → checked → written, then
 * applied or shown. Generating needs no database; sync and sql use it to count the rows at stake.
 */
public final class Migrations {
    private final Config config;
    private final Supplier<Schema> desired;

    private final Function<Schema, List<String>> keepHints;

    /** The models' conventions (TINYINT and MEDIUMINT reach PostgreSQL under sequelize7 only). */
    private final Supplier<dev.modelsync.model.Conventions> conventions;

    public Migrations(Config config, Supplier<Schema> desired) {
        this(config, desired, recorded -> List.of());
    }

    /**
     * {@code keepHints}: for a recorded schema, the model lines that would keep what it has where
     * the model's rules change it (added to refusals).
     */
    public Migrations(Config config, Supplier<Schema> desired, Function<Schema, List<String>> keepHints) {
        this(config, desired, keepHints, () -> dev.modelsync.model.Conventions.SEQUELIZE6);
    }

    private Migrations(Config config, Supplier<Schema> desired, Function<Schema, List<String>> keepHints,
                       Supplier<dev.modelsync.model.Conventions> conventions) {
        this.config = config;
        this.desired = desired;
        this.keepHints = keepHints;
        this.conventions = conventions;
    }

    /** Migrations for a parsed model set, resolved once, with the model lines that keep what the database has. */
    public static Migrations forModels(Config config, Supplier<ModelSet> models, Function<ModelSet, Resolved> resolver) {
        ModelSet[] set = new ModelSet[1];
        Resolved[] resolved = new Resolved[1];
        Supplier<Resolved> once = () -> {
            if (resolved[0] == null) {
                set[0] = models.get();
                resolved[0] = resolver.apply(set[0]);
                resolved[0].notes().forEach(config.log());
            }
            return resolved[0];
        };
        return new Migrations(config, () -> once.get().schema(), recorded -> KeepHints.of(recorded, set[0], once.get()),
                () -> once.get().conventions());
    }

    public GenerateResult generate() {
        return generate(false);
    }

    public SyncResult sync() {
        refuseTypesH2Lacks(config.url(), desired.get(), conventions.get());
        refuseSchemasOnMariaDb(config.url(), desired.get());
        GenerateResult generated = generate(true);
        List<String> applied = new LiquibaseRunner(config).update(this::printHazards);
        config.log().accept(applied.isEmpty() ? "Database is up to date; no changeset ran."
                : "Applied " + applied.size() + " changeset" + (applied.size() == 1 ? "" : "s") + ".");
        return new SyncResult(generated, applied);
    }

    /**
     * Sequelize's mariadb dialect reads a model's {@code schema} as another database ({@code `audit`.`Entries`}), which
     * its sync does not create; modelsync writes, inspects and verifies one MariaDB/MySQL database, so it refuses.
     */
    static void refuseSchemasOnMariaDb(String url, Schema schema) {
        if (dev.modelsync.db.Dialect.fromUrl(url) != dev.modelsync.db.Dialect.MARIADB || schema.schemaNames().isEmpty()) return;
        List<String> tables = schema.tables().stream().map(dev.modelsync.schema.Table::name).filter(n -> n.indexOf('.') > 0).toList();
        throw new ModelSyncException("MariaDB/MySQL has no schemas inside a database: Sequelize's mariadb dialect puts a"
                + " model with schema: " + schema.schemaNames().first() + " in another database of that name, and"
                + " modelsync manages the one database of its URL only. Leave schema out for MariaDB/MySQL (tables: "
                + String.join(", ", tables) + "), or use PostgreSQL.");
    }

    /**
     * PostgreSQL-only types (INET, CIDR, MACADDR, TSVECTOR, HSTORE, ARRAY, RANGE) have no H2 equivalent:
     * a sync to H2 is refused before anything is written, naming each column. CITEXT maps to H2's
     * VARCHAR_IGNORECASE. MariaDB and MySQL have none of them, CITEXT included. PostgreSQL has no TINYINT and
     * MEDIUMINT (MariaDB/MySQL types; Sequelize 6's sync writes them there and fails): refused likewise under
     * sequelize6; under sequelize7 they are smallint and integer there, as Sequelize 7 makes them. GEOMETRY is
     * refused there under both: it needs the PostGIS extension (Sequelize's sync fails without it).
     */
    static void refuseTypesH2Lacks(String url, Schema schema, dev.modelsync.model.Conventions conventions) {
        String u = url.toLowerCase(java.util.Locale.ROOT);
        boolean h2 = u.startsWith("jdbc:h2:");
        boolean mariadb = u.startsWith("jdbc:mariadb:") || u.startsWith("jdbc:mysql:");
        if (u.startsWith("jdbc:postgresql:")) {
            List<String> geometry = columns(schema, t -> t.kind() == ColumnType.Kind.GEOMETRY ? t.toString() : null);
            if (!geometry.isEmpty()) {
                throw new ModelSyncException("PostgreSQL has GEOMETRY only with the PostGIS extension, which modelsync neither "
                        + "installs nor handles (Sequelize 6's sync fails there without it: type \"geometry\" does not exist): "
                        + String.join(", ", geometry) + ". Sync these models to MariaDB, MySQL or H2, or create such columns "
                        + "in a Liquibase changeset of your own (docs/models.md, Types).");
            }
            if (conventions == dev.modelsync.model.Conventions.SEQUELIZE7) {
                // Sequelize 7's PostgreSQL dialect refuses ZEROFILL on any type and UNSIGNED on BIGINT (no wider type holds it)
                List<String> refused = columns(schema, t -> t.mariadb().contains("zerofill")
                        || t.mariadb().startsWith("bigint") && t.mariadb().contains("unsigned") ? t.mariadb() : null);
                if (!refused.isEmpty()) {
                    throw new ModelSyncException("Sequelize 7 refuses ZEROFILL, and UNSIGNED on BIGINT, on PostgreSQL (its sync "
                            + "fails: \"An error occurred for attribute ...\"), and so does conventions: sequelize7: "
                            + String.join(", ", refused) + ". Leave the modifier out, or sync these models to MariaDB or MySQL "
                            + "(docs/models.md, Types).");
                }
                return;
            }
            List<String> integers = columns(schema, t -> t.mariadb().startsWith("tinyint") || t.mariadb().startsWith("mediumint")
                    ? t.mariadb().substring(0, t.mariadb().indexOf("int") + 3) : null);
            if (!integers.isEmpty()) {
                throw new ModelSyncException("PostgreSQL has no equivalent of the MariaDB/MySQL-only type"
                        + (integers.size() == 1 ? "" : "s") + " of " + String.join(", ", integers) + " (Sequelize 6's sync fails "
                        + "there too): write SMALLINT for TINYINT and INTEGER for MEDIUMINT, or sync these models to MariaDB or "
                        + "MySQL (docs/models.md, Types).");
            }
            return;
        }
        if (!h2 && !mariadb) return;
        List<String> natives = columns(schema, t -> t.kind() == ColumnType.Kind.NATIVE
                && (mariadb || !t.nativeName().equals("citext")) ? t.nativeName() : null);
        if (!natives.isEmpty()) {
            throw new ModelSyncException((h2 ? "H2" : "MariaDB/MySQL") + " has no equivalent of the PostgreSQL-only type"
                    + (natives.size() == 1 ? "" : "s")
                    + " of " + String.join(", ", natives) + ": sync these models to PostgreSQL (docs/models.md, Types).");
        }
    }

    /** {@code table.column (what)} for each column of {@code schema} whose type {@code what} names (non-null). */
    private static List<String> columns(Schema schema, java.util.function.Function<ColumnType, String> what) {
        List<String> out = new java.util.ArrayList<>();
        for (var t : schema.tables()) {
            for (var c : t.columns()) {
                String w = what.apply(c.type());
                if (w != null) out.add(t.name() + "." + c.name() + " (" + w + ")");
            }
        }
        return out;
    }

    /**
     * A dry run of sync: the changeset generate would write and the SQL sync would run (pending
     * changesets included), computed on a copy of the changelog in a temporary directory. No file of
     * the project is written and the database is not changed.
     */
    public SqlResult sql() {
        refuseSchemasOnMariaDb(config.url(), desired.get());
        Plan plan = plan(true);
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("modelsync-sql");
            Path copy = scratch.resolve(config.changelogDirectory().getFileName());
            copyTree(config.changelogDirectory(), copy);
            Optional<ChangelogWriter.Rendered> rendered = plan.rendered();
            rendered.ifPresent(r -> ChangelogWriter.write(copy, r));
            Config dry = new Config(config.baseDir(), config.modelsDirectory(), copy, config.seedDirectory(), config.url(),
                    config.username(), config.password(), config.allowDestructive(), config.log(), Optional.empty(),
                    config.lockWaitSeconds());
            LiquibaseRunner runner = new LiquibaseRunner(dry);
            List<String> pending = Files.isRegularFile(dry.masterChangelog()) ? runner.pending() : List.of();
            String sql = pending.isEmpty() ? "" : runner.updateSql();
            boolean mariaDb = dev.modelsync.db.Dialect.fromUrl(config.url()) == dev.modelsync.db.Dialect.MARIADB;
            if ((postgres() || mariaDb) && !pending.isEmpty()) {
                java.util.Set<String> names = new java.util.HashSet<>(pending);
                printHazards(ChangelogLint.on(mariaDb, ChangelogLint.lint(copy, names::contains, java.util.Set.of()).hazards()));
            }
            rendered.ifPresent(r -> config.log().accept("Would write " + config.changelogDirectory().relativize(
                    config.changesDirectory().resolve(r.fileName())) + " (" + count(plan.changes().size(), "change")
                    + "); nothing was written."));
            config.log().accept(pending.isEmpty() ? "No pending changesets: sync would run no SQL."
                    : count(pending.size(), "pending changeset") + "; nothing was applied.");
            return new SqlResult(new GenerateResult(plan.changes(), Optional.empty()),
                    rendered.map(ChangelogWriter.Rendered::text).orElse(""), sql, pending);
        } catch (IOException e) {
            throw new ModelSyncException("Cannot copy the changelog to a temporary directory for the dry run: "
                    + e.getMessage(), e);
        } finally {
            if (scratch != null) deleteTree(scratch);
        }
    }

    /**
     * Takes back the newest generation (the highest-numbered file under {@code changes/}) while no
     * database has applied it: checks the configured database, then removes the file and its include.
     */
    public DiscardResult discard() {
        try (ChangelogLock lock = ChangelogLock.acquire(config, "discard")) {
            return discardLocked();
        }
    }

    private DiscardResult discardLocked() {
        Path file = ChangelogWriter.newest(config.changelogDirectory()).orElseThrow(() -> new ModelSyncException(
                "There is no generated changeset file under " + config.changesDirectory() + " to discard."));
        DatabaseChangeLog log = ChangelogReplayer.parse(config.changelogDirectory());
        String logical = ChangelogWriter.logicalPath(config.changelogDirectory(), file.getFileName().toString());
        List<String> ids = log.getChangeSets().stream().filter(cs -> LiquibaseRunner.sameFile(cs.getFilePath(), logical))
                .map(cs -> cs.getId()).toList();
        List<String> applied = ids.isEmpty() ? List.of() : new LiquibaseRunner(config).applied(logical);
        if (!applied.isEmpty()) {
            throw new ModelSyncException("Refusing to discard " + config.changelogDirectory().relativize(file) + ": "
                    + config.shownUrl() + " has applied " + count(applied.size(), "of its changeset") + " (" + String.join(", ", applied)
                    + "). Change the model and generate a new changeset instead; nothing was changed.");
        }
        ChangelogWriter.withdraw(config.changelogDirectory(), file);
        config.log().accept("Discarded " + config.changelogDirectory().relativize(file) + " (" + count(ids.size(), "changeset")
                + ", applied nowhere that " + config.shownUrl() + " knows of) and its include in " + Config.MASTER_FILE + ".");
        return new DiscardResult(file, ids);
    }

    /** The changes generate would make, checked, and the file it would write. */
    private record Plan(Schema recorded, Replay replay, List<SchemaChange> changes, Optional<ChangelogWriter.Rendered> rendered) {
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) return;
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private boolean postgres() {
        return config.url().toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    /**
     * Each hazard of the pending changesets on PostgreSQL or MariaDB/MySQL (that database's), one line with its code and reason
     * (docs/migrations.md, "Online changes"); the same check as the lint goal, which fails on them.
     */
    private void printHazards(List<dev.modelsync.lint.Hazard> hazards) {
        for (dev.modelsync.lint.Hazard h : hazards) config.log().accept("Hazard " + h);
    }

    private GenerateResult generate(boolean databaseAtHand) {
        Schema wanted = desired.get();
        try (ChangelogLock lock = ChangelogLock.acquire(config, databaseAtHand ? "sync" : "generate")) {
            // read under the lock: a run that waited sees the file the other one wrote
            ChangelogWriter.removeLeftovers(config.changelogDirectory(), config.log());
            Plan plan = planLocked(wanted, databaseAtHand);
            if (plan.rendered().isEmpty()) return new GenerateResult(List.of(), Optional.empty());
            Path file = ChangelogWriter.write(config.changelogDirectory(), plan.rendered().get());
            ReplayCache.storeAfterWrite(config.changelogDirectory(), config.cacheDirectory(),
                    new Replay(SchemaChanges.withoutHints(SchemaChanges.apply(plan.recorded(), plan.changes())),
                            plan.replay().unsupported(), plan.replay().changeSets().map(before -> Stream.concat(
                                    before.stream(), plan.rendered().get().changeSets().stream()).toList())));
            config.log().accept("Wrote " + config.changelogDirectory().relativize(file) + " ("
                    + count(plan.changes().size(), "change") + ").");
            return new GenerateResult(plan.changes(), Optional.of(file));
        }
    }

    /** The plan of the next generation, read under the changelog lock; nothing is written. */
    private Plan plan(boolean databaseAtHand) {
        Schema wanted = desired.get();
        try (ChangelogLock lock = ChangelogLock.acquire(config, "sql")) {
            return planLocked(wanted, databaseAtHand);
        }
    }

    private Plan planLocked(Schema wanted, boolean databaseAtHand) {
        Replay replay = ReplayCache.replay(config.changelogDirectory(), config.cacheDirectory(),
                () -> ChangelogReplayer.replay(config.changelogDirectory()));
        for (String u : replay.unsupported()) {
            config.log().accept("Warning: not interpreted, so not part of the recorded schema: " + u);
        }
        Schema recorded = replay.schema();
        List<SchemaChange> changes;
        try {
            changes = Differ.diff(recorded, wanted, config.allowDestructive() ? DiffOptions.ALLOW_DESTRUCTIVE : DiffOptions.DEFAULT);
        } catch (ModelSyncException e) {
            String hints = KeepHints.text(keepHints.apply(recorded));
            if (hints.isEmpty()) throw e;
            throw new ModelSyncException(e.getMessage() + hints, e);
        }
        if (changes.isEmpty()) {
            config.log().accept("The changelog is up to date with the model; nothing written.");
            return new Plan(recorded, replay, changes, Optional.empty());
        }
        List<DataLoss> hazards = DestructiveCheck.findings(changes, recorded);
        if (!config.allowDestructive()) refuseDestructive(hazards, wanted, recorded, databaseAtHand);
        else allowDestructive(hazards, wanted, databaseAtHand);
        refuseSharedDefaults(DestructiveCheck.sharedDefaults(changes, recorded, wanted), databaseAtHand);
        return new Plan(recorded, replay, changes, ChangelogWriter.render(config.changelogDirectory(), recorded, changes, config.online()));
    }

    private void refuseDestructive(List<DataLoss> hazards, Schema wanted, Schema recorded, boolean databaseAtHand) {
        if (hazards.isEmpty()) return;
        Optional<ToLongFunction<String>> rows = databaseAtHand ? rowCounter(hazards) : Optional.empty();
        List<DataLoss> blocking = rows.map(r -> DestructiveCheck.blocking(hazards, r)).orElse(hazards);
        if (blocking.isEmpty()) return;
        StringBuilder msg = new StringBuilder(DestructiveCheck.refusal(blocking, rows));
        for (DataLoss h : blocking) {
            OptionalLong n = rows.map(r -> OptionalLong.of(r.applyAsLong(h.countKey()))).orElse(OptionalLong.empty());
            DestructiveCheck.unfillable(h, wanted, n).ifPresent(why -> msg.append("\nallowDestructive would not help: ").append(why));
        }
        msg.append(KeepHints.text(keepHints.apply(recorded)));
        throw new ModelSyncException(msg.toString());
    }

    /**
     * Destructive changes that allowDestructive lets through: a warning per change, naming the rows at
     * stake when a database is at hand (sync applies the change right after); then {@link #warnFills}.
     */
    private void allowDestructive(List<DataLoss> hazards, Schema wanted, boolean databaseAtHand) {
        List<DataLoss> losing = hazards.stream().filter(h -> h.fill().isEmpty()).toList();
        if (!losing.isEmpty()) {
            Optional<ToLongFunction<String>> rows = databaseAtHand ? rowCounter(losing) : Optional.empty();
            List<DataLoss> shown = rows.map(r -> DestructiveCheck.blocking(losing, r)).orElse(losing);
            for (String line : DestructiveCheck.describe(shown, rows)) {
                config.log().accept("Warning: " + (databaseAtHand ? "Applying" : "Writing") + " a destructive change: " + line);
            }
        }
        warnFills(hazards, wanted, databaseAtHand);
    }

    /**
     * Allowed NOT NULL columns without a default: existing rows get the type's zero value; say so,
     * per column, with the row count when a database is at hand (and nothing for an empty table).
     * Where the zero value cannot work (a foreign key, a unique key over several rows) the changeset
     * would fail: refused before anything is written when the rows are counted, a warning otherwise.
     */
    private void warnFills(List<DataLoss> hazards, Schema wanted, boolean databaseAtHand) {
        List<DataLoss> fills = hazards.stream().filter(h -> h.fill().isPresent()).toList();
        if (fills.isEmpty()) return;
        Optional<ToLongFunction<String>> rows = databaseAtHand ? rowCounter(fills) : Optional.empty();
        List<String> impossible = new ArrayList<>();
        for (DataLoss h : fills) {
            OptionalLong n = rows.map(r -> OptionalLong.of(r.applyAsLong(h.countKey()))).orElse(OptionalLong.empty());
            Optional<String> cannot = DestructiveCheck.unfillable(h, wanted, n);
            if (cannot.isPresent() && n.isPresent()) {
                impossible.add(cannot.get());
            } else if (cannot.isPresent()) {
                config.log().accept("Warning: the changeset will fail if " + h.table() + " has rows. " + cannot.get());
            } else {
                DestructiveCheck.fillWarning(h, n).ifPresent(w -> config.log().accept("Warning: " + w));
            }
        }
        if (!impossible.isEmpty()) throw wouldFail(impossible);
    }

    /**
     * A new unique column with a default every existing row would share fails on a table of two rows
     * or more, with or without allowDestructive: refused before anything is written when the rows
     * are counted, a warning otherwise.
     */
    private void refuseSharedDefaults(List<DestructiveCheck.SharedDefault> shared, boolean databaseAtHand) {
        if (shared.isEmpty()) return;
        Optional<ToLongFunction<String>> rows = databaseAtHand
                ? rowCounts(shared.stream().map(DestructiveCheck.SharedDefault::table).toList()) : Optional.empty();
        List<String> impossible = new ArrayList<>();
        for (DestructiveCheck.SharedDefault d : shared) {
            if (rows.isEmpty()) {
                config.log().accept("Warning: the changeset will fail if " + d.table() + " has two rows or more. " + d.message());
            } else if (rows.get().applyAsLong(d.table()) >= 2) {
                impossible.add(d.message());
            }
        }
        if (!impossible.isEmpty()) throw wouldFail(impossible);
    }

    private static ModelSyncException wouldFail(List<String> impossible) {
        return new ModelSyncException("Refusing " + impossible.size() + (impossible.size() == 1 ? " change" : " changes")
                + " that would fail even with allowDestructive (nothing was written):\n  - " + String.join("\n  - ", impossible));
    }

    private Optional<ToLongFunction<String>> rowCounter(List<DataLoss> hazards) {
        return rowCounts(hazards.stream().map(DataLoss::countKey).toList());
    }

    /**
     * Row counts of the tables at stake, when the database has run this changelog (else the
     * tables it holds are not the recorded ones and counts would mislead).
     */
    private Optional<ToLongFunction<String>> rowCounts(List<String> tables) {
        if (!new LiquibaseRunner(config).hasHistory()) return Optional.empty();
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = config.connect()) {
            for (String t : tables) {
                if (!t.isEmpty() && !counts.containsKey(t)) counts.put(t, count(c, t));
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
        return Optional.of(t -> counts.getOrDefault(t, 0L));
    }

    /** Rows of a table, or of {@code table\0column} the rows holding NULL in the column (see DataLoss.countKey). */
    private static long count(Connection c, String key) {
        int cut = key.indexOf('\0');
        String table = cut < 0 ? key : key.substring(0, cut);
        String where = cut < 0 ? "" : " WHERE " + LiquibaseTypes.quote(key.substring(cut + 1)) + " IS NULL";
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + LiquibaseTypes.quoteTable(table) + where)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return 0; // the table is not there: no rows at stake
        }
    }
}
