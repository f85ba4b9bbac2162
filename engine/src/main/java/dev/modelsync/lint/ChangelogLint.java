package dev.modelsync.lint;

import dev.modelsync.changelog.ChangelogReplayer;
import dev.modelsync.changelog.LiquibaseScope;
import dev.modelsync.changelog.ChangeReader;
import dev.modelsync.changelog.ChangelogReplayer;

import dev.modelsync.config.Config;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.diff.SchemaChange;
import dev.modelsync.diff.SchemaChange.AlterColumnType;
import dev.modelsync.diff.SchemaChanges;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import liquibase.change.Change;
import liquibase.change.DbmsTargetedChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.DatabaseList;
import liquibase.database.ObjectQuotingStrategy;
import liquibase.sql.Sql;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lints a changelog as PostgreSQL would run it: every changeset for PostgreSQL, its changes turned into
 * the SQL Liquibase generates for PostgreSQL (offline, no database) with its {@code modifySql} applied,
 * each statement checked by {@link SqlLint}; column type changes read as modelsync's replay reads them,
 * so that only the ones that rewrite the table are reported. The {@code sql} changes for MariaDB/MySQL
 * are checked for what copies a table there ({@link SqlLint#checkMariaDb}).
 */
public final class ChangelogLint {
    private ChangelogLint() {
    }

    /** Lints the changesets of the changelog under {@code changelogDirectory} whose {@code file::id} {@code selected} accepts. */
    public static LintResult lint(Path changelogDirectory, Predicate<String> selected, Set<HazardCode> ignore) {
        if (!Files.exists(changelogDirectory.resolve(Config.MASTER_FILE))) {
            throw new ModelSyncException("There is no changelog at " + changelogDirectory.resolve(Config.MASTER_FILE)
                    + ". Generate it first, or point changelogDirectory at yours "
                    + dev.modelsync.problem.Words.option("changelogDirectory") + ".");
        }
        DatabaseChangeLog log = ChangelogReplayer.parse(changelogDirectory);
        try {
            return LiquibaseScope.run(changelogDirectory, accessor -> {
                Database db = DatabaseFactory.getInstance().openDatabase("offline:postgresql?version=15", null, null, null, accessor);
                try {
                    return lint(log, db, selected, ignore);
                } finally {
                    db.close();
                }
            });
        } catch (ModelSyncException e) {
            throw e;
        } catch (Exception e) {
            throw new ModelSyncException("Cannot lint the changelog " + changelogDirectory.resolve(Config.MASTER_FILE) + ": "
                    + ChangelogReplayer.rootMessage(e), e);
        }
    }

    /** Lints the selected changesets of a changelog already parsed, inside a Liquibase scope (sync's update). */
    public static LintResult lint(DatabaseChangeLog log, Predicate<String> selected) {
        try {
            Database db = DatabaseFactory.getInstance().openDatabase("offline:postgresql?version=15", null, null, null,
                    liquibase.Scope.getCurrentScope().getResourceAccessor());
            try {
                return lint(log, db, selected, Set.of());
            } finally {
                db.close();
            }
        } catch (liquibase.exception.DatabaseException e) {
            throw new ModelSyncException("Cannot lint the changelog: " + ChangelogReplayer.rootMessage(e), e);
        }
    }

    private static LintResult lint(DatabaseChangeLog log, Database db, Predicate<String> selected, Set<HazardCode> ignore) {
        SchemaChanges.State state = new SchemaChanges.State(Schema.EMPTY);
        SqlLint lint = new SqlLint();
        List<String> checked = new ArrayList<>();
        List<Hazard> hazards = new ArrayList<>();
        List<String> notChecked = new ArrayList<>();
        Set<String> selectedFiles = new HashSet<>();
        for (ChangeSet cs : log.getChangeSets()) {
            if (selected.test(ChangelogReplayer.name(cs))) selectedFiles.add(cs.getFilePath());
        }
        for (ChangeSet cs : log.getChangeSets()) {
            boolean forPostgres = DatabaseList.definitionMatches(cs.getDbmsSet(), "postgresql", true);
            if (!forPostgres && !forMariaDb(cs.getDbmsSet())) continue;
            String name = ChangelogReplayer.name(cs);
            boolean report = selected.test(name);
            boolean read = report || selectedFiles.contains(cs.getFilePath()); // earlier changesets of the file: its new tables
            if (report) checked.add(name);
            lint.beginChangeSet(cs.getFilePath(), cs.getId(), cs.isRunInTransaction());
            db.setObjectQuotingStrategy(cs.getObjectQuotingStrategy() == null ? ObjectQuotingStrategy.LEGACY
                    : cs.getObjectQuotingStrategy());
            for (Change change : cs.getChanges()) {
                if (!forPostgres || change instanceof DbmsTargetedChange t && !DatabaseList.definitionMatches(t.getDbms(), "postgresql", true)) {
                    if (report && change instanceof RawSQLChange raw && (!forPostgres || forMariaDb(raw.getDbms()))) {
                        mariaDb(lint, raw, cs, db, name, notChecked).stream().filter(h -> !ignore.contains(h.code())).forEach(hazards::add);
                    }
                    continue;
                }
                if (change instanceof CreateTableChange ct) lint.created(ct.getTableName());
                List<SchemaChange> changes;
                try {
                    changes = ChangeReader.read(change, state);
                } catch (ChangeReader.Unsupported | ModelSyncException e) {
                    changes = null;
                }
                if (read && !onNewTablesOnly(lint, change, cs, changes)) {
                    List<Hazard> found = new ArrayList<>();
                    try {
                        List<String> statements = sql(change, cs, db);
                        for (String st : statements) {
                            found.addAll(lint.check(st, ix -> state.tableWithIndex(ix).map(Table::name)));
                        }
                        found.addAll(typeChanges(lint, changes, statements));
                    } catch (Exception e) {
                        if (report) notChecked.add(name + ": " + change.getSerializedObjectName() + ": " + ChangelogReplayer.rootMessage(e));
                    }
                    if (report) found.stream().filter(h -> !ignore.contains(h.code())).forEach(hazards::add);
                }
                if (changes != null) state.apply(changes);
            }
        }
        return new LintResult(checked, hazards, notChecked);
    }

    /** Whether a {@code dbms} attribute (empty: every database) lets MariaDB or MySQL run the changeset or change. */
    private static boolean forMariaDb(java.util.Collection<String> dbms) {
        return DatabaseList.definitionMatches(dbms, "mariadb", true) || DatabaseList.definitionMatches(dbms, "mysql", true);
    }

    private static boolean forMariaDb(String dbms) {
        return DatabaseList.definitionMatches(dbms, "mariadb", true) || DatabaseList.definitionMatches(dbms, "mysql", true);
    }

    /** The hazards of the statements of a {@code sql} change MariaDB/MySQL run (their table copies). */
    private static List<Hazard> mariaDb(SqlLint lint, RawSQLChange change, ChangeSet cs, Database db, String name, List<String> notChecked) {
        List<Hazard> out = new ArrayList<>();
        try {
            for (String st : sql(change, cs, db)) out.addAll(lint.checkMariaDb(st));
        } catch (RuntimeException e) {
            notChecked.add(name + ": " + change.getSerializedObjectName() + ": " + ChangelogReplayer.rootMessage(e));
        }
        return out;
    }

    /** The hazards for the database a sync or dry run applies to: MariaDB/MySQL's there, PostgreSQL's elsewhere. */
    public static List<Hazard> on(boolean mariaDb, List<Hazard> hazards) {
        return hazards.stream().filter(h -> h.code().mariaDb() == mariaDb).toList();
    }

    /**
     * Whether the change is a structured one that touches only tables of the current file (no rule
     * applies to them): its SQL need not be generated. Raw SQL and changesets with modifySql are always read.
     */
    private static boolean onNewTablesOnly(SqlLint lint, Change change, ChangeSet cs, List<SchemaChange> changes) {
        if (changes == null || changes.isEmpty() || change instanceof DbmsTargetedChange || mayAddConcurrently(cs)) {
            return false;
        }
        return changes.stream().noneMatch(c -> c.onEnumType() || lint.existing(c.subject()));
    }

    /** Whether a modifySql of the changeset may write CONCURRENTLY (the one rule that applies to new tables too). */
    private static boolean mayAddConcurrently(ChangeSet cs) {
        for (SqlVisitor v : cs.getSqlVisitors()) {
            String text;
            if (v instanceof liquibase.sql.visitor.RegExpReplaceSqlVisitor r) text = r.getWith();
            else if (v instanceof liquibase.sql.visitor.ReplaceSqlVisitor r) text = r.getWith();
            else if (v instanceof liquibase.sql.visitor.AppendSqlVisitor a) text = a.getValue();
            else if (v instanceof liquibase.sql.visitor.PrependSqlVisitor p) text = p.getValue();
            else return true;
            if (text == null || text.toUpperCase(java.util.Locale.ROOT).contains("CONCURRENTLY")) return true;
        }
        return false;
    }

    /** Type changes that rewrite an existing table; a type change modelsync cannot read counts as one. */
    private static List<Hazard> typeChanges(SqlLint lint, List<SchemaChange> changes, List<String> statements) {
        List<Hazard> out = new ArrayList<>();
        String statement = statements.stream().filter(SqlLint::altersType).findFirst().orElse("");
        if (changes == null) {
            if (!statement.isEmpty()) out.add(lint.hazard(HazardCode.MS109, "", statement));
            return out;
        }
        for (SchemaChange c : changes) {
            if (c instanceof AlterColumnType t && lint.existing(t.table()) && SqlLint.rewrites(t.from(), t.to())) {
                out.add(lint.hazard(HazardCode.MS109, t.table(), statement.isEmpty() ? t.column() + " " + t.from() + " -> " + t.to() : statement));
            }
        }
        return out;
    }

    /** The SQL Liquibase runs for the change on PostgreSQL, the changeset's modifySql for PostgreSQL applied. */
    private static List<String> sql(Change change, ChangeSet cs, Database db) {
        List<String> out = new ArrayList<>();
        for (SqlStatement st : change.generateStatements(db)) {
            for (Sql sql : SqlGeneratorFactory.getInstance().generateSql(st, db)) {
                String text = sql.toSql();
                for (SqlVisitor v : cs.getSqlVisitors()) {
                    if (v.getApplicableDbms() == null || v.getApplicableDbms().isEmpty()
                            || DatabaseList.definitionMatches(v.getApplicableDbms(), "postgresql", true)) {
                        text = v.modifySql(text, db);
                    }
                }
                out.add(text);
            }
        }
        return out;
    }
}
