package dev.modelsync;

import dev.modelsync.config.Config;

import dev.modelsync.verify.Finding;
import dev.modelsync.verify.SchemaComparator;

import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.db.Db;
import dev.modelsync.db.Dialect;
import dev.modelsync.diff.ChangeDescriber;
import dev.modelsync.diff.DialectForms;
import dev.modelsync.diff.DiffOptions;
import dev.modelsync.diff.Differ;
import dev.modelsync.diff.SchemaChange;
import dev.modelsync.inspect.Inspector;
import dev.modelsync.inspect.LiveSchema;
import dev.modelsync.changelog.ChangelogReplayer;
import dev.modelsync.changelog.ChangelogWriter;
import dev.modelsync.apply.LiquibaseRunner;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.apply.lock.DatabaseLock;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import liquibase.changelog.DatabaseChangeLog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code model:baseline}: adopts a database that no changelog created (for example one made by
 * Sequelize's {@code sync()}).
 *
 * <p>The database is recorded as it is: the tables the model knows (by name, or by a
 * {@code renamedFrom} of a model), with their columns, types, nullability, defaults, keys, unique
 * constraints, foreign keys and indexes under their real names, are written as the first changeset
 * file ({@code changes/0001-baseline.yaml}) and recorded as applied; nothing runs. The changelog's
 * replay then equals the database, and the next generate or sync writes ordinary changesets for
 * every difference between the database and the model, gated as always. Before anything is
 * written or recorded, baseline checks that it can record every adopted object: a column of a type
 * modelsync has no name for, or a foreign key to a table the model does not know, is refused with
 * its reason, and nothing changes.
 *
 * <p>A project whose changelog already has changesets: when the database has applied some of them
 * there is nothing to adopt; when it has applied none and its tables equal the changelog's, the
 * changesets are recorded as applied; otherwise baseline refuses.
 */
public final class Baseliner {
    static final String SLUG = "baseline";

    private final Config config;

    public Baseliner(Config config) {
        this.config = config;
    }

    public BaselineResult baseline(Schema desired) {
        Migrations.refuseSchemasOnMariaDb(config.url(), desired);
        Path dir = config.changelogDirectory();
        try (DatabaseLock lock = DatabaseLock.acquire(config, "baseline"); Connection connection = config.connect()) {
            Dialect dialect = Inspector.dialectOf(connection);
            if (Files.isRegularFile(config.masterChangelog())) {
                DatabaseChangeLog log = ChangelogReplayer.parse(dir);
                if (!log.getChangeSets().isEmpty()) return adoptExistingChangelog(connection, dialect, log, desired);
            }
            LiveSchema live = Inspector.forConnection(connection, null, desired.schemaNames()).inspectLive();
            Schema inspected = adoptedPart(live.schema(), desired);
            // recorded in the model's form where the database cannot tell the two apart (MariaDB's PRIMARY)
            Schema adopted = DialectForms.asDesired(inspected, desired, dialect);
            List<String> cannot = unrecordable(adopted, live);
            if (!cannot.isEmpty()) {
                throw new ModelSyncException("Refusing to baseline " + config.shownUrl() + ": " + cannot.size()
                        + (cannot.size() == 1 ? " object" : " objects") + " cannot be recorded in a changelog:\n  - "
                        + String.join("\n  - ", cannot) + "\nNothing was written or recorded.");
            }
            if (adopted.tables().isEmpty()) {
                throw new ModelSyncException("Refusing to baseline " + config.shownUrl() + ": none of the model's "
                        + desired.tables().size() + " tables is in the database, so there is nothing to adopt."
                        + " For a new database, run sync instead. Nothing was written or recorded.");
            }
            List<SchemaChange> creation = Differ.diff(Schema.EMPTY, adopted, DiffOptions.ALLOW_DESTRUCTIVE);
            String header = "# Written by modelsync (model:baseline): the " + adopted.tables().size() + " tables the model"
                    + " knows, as the database had them when it was adopted.\n"
                    + "# Recorded as applied, never run there. Plain Liquibase: on an empty database it builds the same tables.\n";
            ChangelogWriter.Rendered rendered = ChangelogWriter.render(dir, Schema.EMPTY, creation, SLUG, header);
            Path file = ChangelogWriter.write(dir, rendered);
            try {
                List<Finding> lost = SchemaComparator.compare(ChangelogReplayer.replay(dir).schema(), inspected, dialect, false);
                if (!lost.isEmpty()) {
                    throw new ModelSyncException("Refusing to baseline " + config.shownUrl() + ": the changelog cannot record "
                            + dev.modelsync.problem.Words.count(lost.size(), "difference") + " of the database (the changelog as written compared with the"
                            + " database):\n  - " + String.join("\n  - ", lost.stream().map(Finding::toString).toList())
                            + "\nNothing was written or recorded.");
                }
            } catch (RuntimeException e) {
                ChangelogWriter.withdraw(dir, file);
                throw e;
            }
            List<String> marked;
            try {
                marked = new LiquibaseRunner(config).changelogSync();
            } catch (RuntimeException e) {
                ChangelogWriter.withdraw(dir, file);
                throw e;
            }
            config.log().accept("modelsync baseline: recorded " + adopted.tables().size() + " tables of " + config.shownUrl()
                    + " as " + dir.relativize(file) + " (" + count(creation.size(), "change") + "), marked "
                    + count(marked.size(), "changeset") + " as applied; nothing was run.");
            List<String> skipped = live.schema().tables().stream().map(Table::name)
                    .filter(t -> adopted.table(t).isEmpty()).toList();
            if (!skipped.isEmpty()) {
                config.log().accept("modelsync baseline: left alone " + count(skipped.size(), "table")
                        + " the model does not know: " + String.join(", ", skipped));
            }
            List<String> next = Differ.diff(adopted, desired, DiffOptions.ALLOW_DESTRUCTIVE).stream()
                    .map(ChangeDescriber::describe).toList();
            if (next.isEmpty()) {
                config.log().accept("modelsync baseline: the database matches the model; the next sync has nothing to do.");
            } else {
                config.log().accept("modelsync baseline: the next sync brings the database to the model with "
                        + count(next.size(), "change") + " (destructive ones are refused unless allowed):");
                next.forEach(n -> config.log().accept("  " + n));
            }
            return new BaselineResult(marked, next, Optional.of(file));
        } catch (SQLException e) {
            throw new ModelSyncException("Cannot close the connection to " + config.shownUrl() + ": " + e.getMessage(), e);
        }
    }

    /** The project already has changesets: nothing to adopt, or they describe the database exactly. */
    private BaselineResult adoptExistingChangelog(Connection connection, Dialect dialect, DatabaseChangeLog log,
                                                  Schema desired) throws SQLException {
        int total = log.getChangeSets().size();
        List<String> pending = LiquibaseRunner.pending(dev.modelsync.changelog.ChangeSetId.of(log), connection, dialect);
        if (pending.size() < total) {
            config.log().accept("modelsync baseline: " + config.shownUrl() + " already records this changelog ("
                    + (total - pending.size()) + " of " + count(total, "changeset") + " applied); no baseline is"
                    + " needed and nothing was changed." + (pending.isEmpty() ? "" : " Run sync to apply the rest."));
            return new BaselineResult(List.of(), List.of(), Optional.empty());
        }
        dev.modelsync.changelog.Replay replay = ChangelogReplayer.replay(log);
        Schema recorded = replay.schema();
        List<Table> known = new ArrayList<>(desired.tables());
        known.addAll(recorded.tables());
        Schema knownSchema = new Schema(known, List.of());
        Schema live = adoptedPart(Inspector.forConnection(connection, null, knownSchema.schemaNames()).inspect(), knownSchema);
        List<String> differ = new ArrayList<>(SchemaComparator.compare(recorded, live, dialect, false).stream()
                .map(Finding::toString).toList());
        replay.unsupported().forEach(u -> differ.add("not interpreted, so not compared: " + u));
        if (!differ.isEmpty()) {
            throw new ModelSyncException("Refusing to baseline " + config.shownUrl() + ": the changelog already holds "
                    + count(total, "changeset") + " that this database has not applied, and its tables differ from"
                    + " them:\n  - " + String.join("\n  - ", differ)
                    + "\nBaseline writes the first changeset file of a project from the database. Move the existing"
                    + " changelog away (or point the changelog directory elsewhere) to adopt this database as it is."
                    + " Nothing was written or recorded.");
        }
        List<String> marked = new LiquibaseRunner(config).changelogSync();
        config.log().accept("modelsync baseline: the database equals the changelog's " + count(total, "changeset")
                + "; marked " + count(marked.size(), "changeset") + " as applied to " + config.shownUrl()
                + " (nothing was run).");
        List<String> next = Differ.diff(recorded, desired, DiffOptions.ALLOW_DESTRUCTIVE).stream()
                .map(ChangeDescriber::describe).toList();
        return new BaselineResult(marked, next, Optional.empty());
    }

    /** The tables of {@code live} the model knows, by name or by a renamedFrom, and the enum types they use. */
    static Schema adoptedPart(Schema live, Schema desired) {
        Set<String> known = new HashSet<>();
        for (Table t : desired.tables()) {
            known.add(t.name());
            known.addAll(t.renamedFrom());
        }
        List<Table> tables = live.tables().stream().filter(t -> known.contains(t.name())).toList();
        Set<String> enumNames = new LinkedHashSet<>();
        for (Table t : tables) {
            for (Column c : t.columns()) {
                if (c.type().kind() == ColumnType.Kind.ENUM) enumNames.add(c.type().enumName());
            }
        }
        List<EnumType> enums = live.enums().stream().filter(e -> enumNames.contains(e.name())).toList();
        return new Schema(tables, enums);
    }

    /** What a changelog of the adopted tables could not say: unnamed types, foreign keys out of the adopted set. */
    private static List<String> unrecordable(Schema adopted, LiveSchema live) {
        List<String> out = new ArrayList<>();
        for (Table t : adopted.tables()) {
            for (Column c : t.columns()) {
                String type = live.unmappedTypes().get(LiveSchema.key(t.name(), c.name()));
                if (type != null) {
                    out.add(t.name() + "." + c.name() + " has type " + type + ", which modelsync has no name for"
                            + " (see docs/models.md, Types)");
                }
            }
            for (ForeignKey fk : t.foreignKeys()) {
                if (adopted.table(fk.refTable()).isEmpty()) {
                    out.add("foreign key " + fk.name() + " of " + t.name() + " references " + fk.refTable()
                            + ", a table the model does not know: add a model for it, or drop the key");
                }
            }
        }
        return out;
    }

    /** A count with its noun, for the log: "1 table", "2 tables". */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
