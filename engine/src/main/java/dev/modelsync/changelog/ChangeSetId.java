package dev.modelsync.changelog;

import liquibase.changelog.ChangeSet;

import java.util.List;
import java.util.TreeSet;

/**
 * A changeset as Liquibase identifies it in DATABASECHANGELOG (id, author, the file path it
 * records), and its {@code dbms} attribute (empty: every database), which decides whether it runs
 * on a database at all.
 */
public record ChangeSetId(String id, String author, String filePath, List<String> dbms) {
    public ChangeSetId {
        dbms = List.copyOf(dbms);
    }

    public static ChangeSetId of(ChangeSet cs) {
        return new ChangeSetId(cs.getId(), cs.getAuthor() == null ? "" : cs.getAuthor(), cs.getFilePath(),
                cs.getDbmsSet() == null ? List.of() : List.copyOf(new TreeSet<>(cs.getDbmsSet())));
    }

    /** The changesets of a parsed changelog, in order. */
    public static List<ChangeSetId> of(liquibase.changelog.DatabaseChangeLog log) {
        return log.getChangeSets().stream().map(ChangeSetId::of).toList();
    }

    /** Whether the changeset runs on the database Liquibase calls {@code dbms} (postgresql, h2, mariadb, mysql). */
    public boolean runsOn(String shortName) {
        return liquibase.database.DatabaseList.definitionMatches(dbms, shortName, true);
    }

    /** How messages and the changelog table name a changeset: {@code file::id}. */
    public String name() {
        return filePath + "::" + id;
    }
}
