package dev.modelsync.changelog;


import dev.modelsync.config.Config;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.diff.SchemaChange;
import dev.modelsync.diff.SchemaChanges;
import dev.modelsync.schema.Schema;
import liquibase.change.Change;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.DatabaseList;
import liquibase.parser.ChangeLogParserFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the changelog (master and everything it includes) with Liquibase's own parser, without a
 * database, and replays its changesets in memory into the {@link Schema} they record.
 * PostgreSQL is the reference dialect: changelog properties and {@code dbms} filters are
 * resolved as for PostgreSQL, and the H2 twins of our {@code sql} changes are recognised.
 */
public final class ChangelogReplayer {
    private ChangelogReplayer() {
    }

    /** Replays {@code db.changelog-master.yaml} of the directory; an empty schema when there is none. */
    public static Replay replay(Path changelogDirectory) {
        Path master = changelogDirectory.resolve(Config.MASTER_FILE);
        if (!Files.exists(master)) return new Replay(Schema.EMPTY, List.of(), Optional.of(List.of()));
        return replay(parse(changelogDirectory));
    }

    /** Replays a changelog {@link #parse(Path)} returned; the replay lists its changesets. */
    public static Replay replay(DatabaseChangeLog log) {
        SchemaChanges.State s = new SchemaChanges.State(Schema.EMPTY);
        List<String> unsupported = new ArrayList<>();
        List<ChangeSetId> changeSets = new ArrayList<>();
        for (ChangeSet cs : log.getChangeSets()) {
            changeSets.add(ChangeSetId.of(cs));
            String where = cs.getFilePath() + "::" + cs.getId();
            if (!DatabaseList.definitionMatches(cs.getDbmsSet(), "postgresql", true)) {
                if (DatabaseList.definitionMatches(cs.getDbmsSet(), "h2", true)) {
                    unsupported.add(where + ": the changeset runs on H2 only (dbms " + String.join(",", cs.getDbmsSet())
                            + "); modelsync records the schema as PostgreSQL sees it");
                }
                continue;
            }
            for (Change change : cs.getChanges()) {
                try {
                    List<SchemaChange> read = ChangeReader.read(change, s);
                    if (change instanceof liquibase.change.core.CreateTableChange ct) read = withOptions(read, cs, ct.getTableName());
                    s.apply(read); // all or nothing: a change that does not fit leaves the schema as it was
                } catch (ChangeReader.Unsupported | ModelSyncException e) {
                    unsupported.add(where + ": " + change.getSerializedObjectName() + ": " + e.getMessage());
                }
            }
        }
        return new Replay(s.toSchema(), unsupported, Optional.of(changeSets));
    }

    /** The created table with the MariaDB options the changeset appends to its CREATE TABLE there. */
    private static List<SchemaChange> withOptions(List<SchemaChange> read, ChangeSet cs, String table) {
        if (cs.getSqlVisitors().isEmpty()) return read;
        return MariaDbSql.tableOptions(cs, table).map(o -> read.stream().map(c -> c instanceof SchemaChange.CreateTable ct
                ? (SchemaChange) new SchemaChange.CreateTable(ct.table().withOptions(o)) : c).toList()).orElse(read);
    }

    /** Parses the master changelog and its includes, as Liquibase does before an update. */
    public static DatabaseChangeLog parse(Path changelogDirectory) {
        try {
            return LiquibaseScope.run(changelogDirectory, accessor -> {
                ChangeLogParameters params = new ChangeLogParameters();
                params.setDatabase("postgresql");
                return ChangeLogParserFactory.getInstance().getParser(Config.MASTER_FILE, accessor)
                        .parse(Config.MASTER_FILE, params, accessor);
            });
        } catch (ModelSyncException e) {
            throw e;
        } catch (Exception e) {
            throw new ModelSyncException("Cannot read the changelog " + changelogDirectory.resolve(Config.MASTER_FILE)
                    + ": " + rootMessage(e) + "\nFix the file (it must be a Liquibase YAML changelog) and run again.", e);
        }
    }

    public static String rootMessage(Throwable e) {
        String msg = e.getMessage();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null) msg = t.getMessage();
        }
        return msg == null ? e.toString() : msg;
    }

    /** How messages and the changelog table name a changeset: {@code file::id}. */
    public static String name(liquibase.changelog.ChangeSet cs) {
        return cs.getFilePath() + "::" + cs.getId();
    }
}
