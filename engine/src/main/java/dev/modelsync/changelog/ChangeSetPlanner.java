package dev.modelsync.changelog;

import dev.modelsync.apply.MariaDbSqlGenerators;

import dev.modelsync.config.Online;
import dev.modelsync.db.Dialect;
import dev.modelsync.diff.SchemaChange;
import dev.modelsync.diff.SchemaChange.AddColumn;
import dev.modelsync.diff.SchemaChange.AddEnumValues;
import dev.modelsync.diff.SchemaChange.AddForeignKey;
import dev.modelsync.diff.SchemaChange.AddIndex;
import dev.modelsync.diff.SchemaChange.AddPrimaryKey;
import dev.modelsync.diff.SchemaChange.AddUnique;
import dev.modelsync.diff.SchemaChange.AlterAutoIncrement;
import dev.modelsync.diff.SchemaChange.AlterColumnType;
import dev.modelsync.diff.SchemaChange.AlterDefault;
import dev.modelsync.diff.SchemaChange.AlterNullability;
import dev.modelsync.diff.SchemaChange.AlterColumnComment;
import dev.modelsync.diff.SchemaChange.AlterTableComment;
import dev.modelsync.diff.SchemaChange.CreateEnum;
import dev.modelsync.diff.SchemaChange.CreateTable;
import dev.modelsync.diff.SchemaChange.DropColumn;
import dev.modelsync.diff.SchemaChange.DropEnum;
import dev.modelsync.diff.SchemaChange.DropForeignKey;
import dev.modelsync.diff.SchemaChange.DropIndex;
import dev.modelsync.diff.SchemaChange.DropPrimaryKey;
import dev.modelsync.diff.SchemaChange.DropTable;
import dev.modelsync.diff.SchemaChange.DropUnique;
import dev.modelsync.diff.SchemaChange.RenameColumn;
import dev.modelsync.diff.SchemaChange.RenameIndex;
import dev.modelsync.diff.SchemaChange.RenameTable;
import dev.modelsync.diff.SchemaChange.ReplaceEnumValues;
import dev.modelsync.diff.SchemaChanges;
import dev.modelsync.diff.ZeroValue;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import static dev.modelsync.changelog.LiquibaseTypes.quote;

/**
 * Turns a list of {@link SchemaChange}s into changesets, keeping their order:
 * <ul>
 * <li>consecutive changes of one table share a changeset;</li>
 * <li>consecutive additions of one kind share a changeset across tables, at most
 *     {@value #MAX_CHANGES} changes each: enum types created, tables created, primary keys /
 *     unique constraints / indexes added, foreign keys added. A new schema of hundreds of tables
 *     is then a few dozen changesets instead of one per change (each changeset costs Liquibase a
 *     DATABASECHANGELOG row and, on PostgreSQL, a commit); each still runs in one transaction;</li>
 * <li>every other enum type change gets a changeset of its own (PostgreSQL cannot use a new enum
 *     value in the transaction that added it).</li>
 * </ul>
 */
final class ChangeSetPlanner {
    private final List<PlannedChangeSet> out = new ArrayList<>();
    /** The schema before the change being planned; one working copy for the whole plan. */
    private final SchemaChanges.State state;

    /** At most this many changes share a changeset across tables, so files stay readable. */
    static final int MAX_CHANGES = 50;

    // the change being planned: the kind of addition it is (null: none), whether it locks an existing table
    private String currentKind;
    // the changeset being filled
    private String groupSubject;
    private String groupSlug;
    private String groupKind;
    private final java.util.Set<String> groupSubjects = new java.util.LinkedHashSet<>();
    private int groupSize;
    private final List<Map<String, Object>> changes = new ArrayList<>();
    private final SortedSet<String> enums = new TreeSet<>();
    private final Map<String, List<String>> enumValues = new java.util.HashMap<>();
    private final Map<String, List<String>> pendingEnumValues = new java.util.HashMap<>();
    private final SortedSet<String> props = new TreeSet<>();
    // collected while the next change is built, moved into the changeset it joins
    private final SortedSet<String> pendingEnums = new TreeSet<>();
    private final SortedSet<String> pendingProps = new TreeSet<>();

    // online-safe forms (docs/migrations.md, "Online changes")
    private final Online online;
    /** Tables created by this generation (under their current names): exempt from the online forms. */
    private final java.util.Set<String> createdHere = new java.util.HashSet<>();
    private boolean currentExisting;
    private boolean groupTouchesExisting;
    private boolean groupRunInTransaction = true;
    private final List<Map<String, Object>> groupModifySql = new ArrayList<>();
    /** Schemas (Sequelize's schema option) this plan creates before their first table. */
    private final java.util.Set<String> newSchemas = new java.util.HashSet<>();

    private ChangeSetPlanner(Schema recorded, Online online) {
        this.state = new SchemaChanges.State(SchemaChanges.withoutHints(recorded));
        this.online = online;
    }

    static List<PlannedChangeSet> plan(Schema recorded, List<SchemaChange> changes) {
        return plan(recorded, changes, Online.OFF);
    }

    static List<PlannedChangeSet> plan(Schema recorded, List<SchemaChange> changes, Online online) {
        ChangeSetPlanner p = new ChangeSetPlanner(recorded, online);
        Writer writer = p.new Writer();
        for (SchemaChange c : changes) {
            c.accept(writer);
            p.state.apply(c);
        }
        p.flush();
        return List.copyOf(p.out);
    }

    /** Kinds of addition that share changesets across tables ({@link #joinsGroup}). */
    private static final String CREATE_ENUMS = "create-enums";
    private static final String CREATE_TABLES = "create-tables";
    private static final String ADD_KEYS = "add-keys";
    private static final String ADD_FOREIGN_KEYS = "add-foreign-keys";

    /**
     * Plans each kind of change: its kind of addition, whether it locks a table that existed before
     * this generation (then, with online changes on, its online-safe form where it has one), and its
     * Liquibase changes.
     */
    private final class Writer implements SchemaChange.Visitor<Void> {
        /** Starts a change that locks {@code table} when it existed before this generation. */
        private boolean on(String table, String kind) {
            currentKind = kind;
            currentExisting = online.enabled() && existing(table);
            return currentExisting;
        }

        /** Starts a change that locks no existing table. */
        private void onNothingExisting(String kind) {
            currentKind = kind;
            currentExisting = false;
        }

        @Override
        public Void visit(CreateEnum c) {
            onNothingExisting(CREATE_ENUMS);
            List<Map<String, Object>> cs = new ArrayList<>(createSchema(Table.schemaOf(c.type().name())));
            cs.addAll(sqlPair(List.of(OwnSql.createEnum(c.type(), Dialect.POSTGRESQL)),
                    List.of(OwnSql.createEnum(c.type(), Dialect.H2))));
            table("enum " + c.type().name(), "create-enum-" + c.type().name(), cs);
            return null;
        }

        @Override
        public Void visit(AddEnumValues c) {
            onNothingExisting(null);
            alone("add-enum-values-" + c.after().name(),
                    sqlTriple(OwnSql.addEnumValuesPostgres(c.before(), c.after()),
                            OwnSql.replaceEnumH2(c.after(), columnsUsing(c.after().name())),
                            modifyEnumColumns(c.after(), columnsUsing(c.after().name()))));
            return null;
        }

        @Override
        public Void visit(ReplaceEnumValues c) {
            currentKind = null;
            currentExisting = online.enabled() && c.columns().stream().anyMatch(r -> existing(r.table()));
            List<String[]> columns = c.columns().stream().map(r -> new String[]{r.table(), r.column()}).toList();
            alone("replace-enum-values-" + c.after().name(), sqlTriple(replaceEnumPostgres(c),
                    OwnSql.replaceEnumH2(c.after(), columns), modifyEnumColumns(c.after(), columns)));
            return null;
        }

        @Override
        public Void visit(SchemaChange.MoveEnum c) {
            onNothingExisting(null);
            List<Map<String, Object>> cs = new ArrayList<>(createSchema(Table.schemaOf(c.to())));
            cs.addAll(sqlPair(List.of(OwnSql.moveEnum(c.type().name(), c.to(), Dialect.POSTGRESQL)),
                    List.of(OwnSql.moveEnum(c.type().name(), c.to(), Dialect.H2))));
            alone("move-enum-" + c.type().name() + "-to-" + c.to(), cs);
            return null;
        }

        @Override
        public Void visit(DropEnum c) {
            onNothingExisting(null);
            alone("drop-enum-" + c.type().name(),
                    sqlPair(List.of(OwnSql.dropEnum(c.type().name(), Dialect.POSTGRESQL)),
                            List.of(OwnSql.dropEnum(c.type().name(), Dialect.H2))));
            return null;
        }

        @Override
        public Void visit(CreateTable c) {
            onNothingExisting(CREATE_TABLES);
            createdHere.add(c.table().name());
            createTable(c.table());
            return null;
        }

        @Override
        public Void visit(DropTable c) {
            on(c.table().name(), null);
            table(c.table().name(), "drop-table-" + c.table().name(), change("dropTable", "tableName", c.table().name()));
            return null;
        }

        @Override
        public Void visit(RenameTable c) {
            on(c.from(), null);
            if (createdHere.remove(c.from())) createdHere.add(c.to());
            if (!Table.schemaOf(c.from()).equals(Table.schemaOf(c.to()))) { // a move to another schema
                List<Map<String, Object>> cs = new ArrayList<>(createSchema(Table.schemaOf(c.to())));
                cs.addAll(sqlPair(List.of(OwnSql.moveTable(c.from(), c.to(), Dialect.POSTGRESQL)),
                        List.of(OwnSql.moveTable(c.from(), c.to(), Dialect.H2))));
                table(c.to(), "move-table-" + c.from() + "-to-" + c.to(), cs);
                return null;
            }
            table(c.to(), "rename-table-" + c.from() + "-to-" + c.to(),
                    change("renameTable", "oldTableName", c.from(), "newTableName", c.to()));
            return null;
        }

        @Override
        public Void visit(AddColumn c) {
            if (on(c.table(), null) && needsFill(c.column())) notNullThroughCheck(c.table(), c.column().name(), addColumn(c));
            else table(c.table(), alter(c.table()), addColumn(c));
            return null;
        }

        @Override
        public Void visit(DropColumn c) {
            on(c.table(), null);
            table(c.table(), alter(c.table()), change("dropColumn", "tableName", c.table(), "columnName", c.column().name()));
            return null;
        }

        @Override
        public Void visit(RenameColumn c) {
            on(c.table(), null);
            table(c.table(), alter(c.table()), change("renameColumn", "tableName", c.table(),
                    "oldColumnName", c.from(), "newColumnName", c.to()));
            return null;
        }

        @Override
        public Void visit(AlterColumnType c) {
            on(c.table(), null);
            table(c.table(), alter(c.table()), alterType(c));
            return null;
        }

        @Override
        public Void visit(AlterNullability c) {
            if (on(c.table(), null) && !c.nullable()) notNullThroughCheck(c.table(), c.column().name(), nullability(c));
            else table(c.table(), alter(c.table()), nullability(c));
            return null;
        }

        @Override
        public Void visit(AlterDefault c) {
            on(c.table(), null);
            table(c.table(), alter(c.table()), defaultChange(c));
            return null;
        }

        @Override
        public Void visit(AlterAutoIncrement c) {
            on(c.table(), null);
            table(c.table(), alter(c.table()), c.autoIncrement()
                    ? sqlTriple(OwnSql.addIdentity(c.table(), c.column().name(), Dialect.POSTGRESQL),
                    OwnSql.addIdentity(c.table(), c.column().name(), Dialect.H2), modifyAutoIncrement(c))
                    : sqlTriple(List.of(OwnSql.dropIdentity(c.table(), c.column().name(), Dialect.POSTGRESQL)),
                    List.of(OwnSql.dropIdentity(c.table(), c.column().name(), Dialect.H2)), modifyAutoIncrement(c)));
            return null;
        }

        @Override
        public Void visit(AddPrimaryKey c) {
            on(c.table(), ADD_KEYS);
            table(c.table(), alter(c.table()), List.of(addPrimaryKey(c.table(), c.primaryKey())));
            return null;
        }

        @Override
        public Void visit(DropPrimaryKey c) {
            on(c.table(), null);
            table(c.table(), alter(c.table()), keepingForeignKeyIndexes(c.table(), c.primaryKey().name(),
                    c.primaryKey().columns(),
                    change("dropPrimaryKey", "tableName", c.table(), "constraintName", c.primaryKey().name())));
            return null;
        }

        @Override
        public Void visit(AddForeignKey c) {
            if (on(c.table(), ADD_FOREIGN_KEYS)) onlineForeignKey(c);
            else table(c.table(), alter(c.table()), List.of(addForeignKey(c.table(), c.foreignKey())));
            return null;
        }

        @Override
        public Void visit(DropForeignKey c) {
            on(c.table(), null);
            List<Map<String, Object>> drop = new ArrayList<>(change("dropForeignKeyConstraint",
                    "baseTableName", c.table(), "constraintName", c.foreignKey().name()));
            // InnoDB keeps the index it made for the key (named as the key): it goes with the key
            drop.addAll(sql(List.of(MariaDbSql.dropIndexIfExists(c.table(), c.foreignKey().name())), "mariadb"));
            table(c.table(), alter(c.table()), drop);
            return null;
        }

        @Override
        public Void visit(AddUnique c) {
            if (on(c.table(), ADD_KEYS)) onlineUnique(c);
            else table(c.table(), alter(c.table()), List.of(addUnique(c.table(), c.unique())));
            return null;
        }

        @Override
        public Void visit(DropUnique c) {
            on(c.table(), null);
            table(c.table(), alter(c.table()), keepingForeignKeyIndexes(c.table(), c.unique().name(), c.unique().columns(),
                    change("dropUniqueConstraint", "tableName", c.table(), "constraintName", c.unique().name())));
            return null;
        }

        @Override
        public Void visit(AddIndex c) {
            if (on(c.table(), ADD_KEYS)) onlineIndex(c);
            else table(c.table(), alter(c.table()), createIndex(c.table(), c.index()));
            return null;
        }

        @Override
        public Void visit(DropIndex c) {
            List<Map<String, Object>> drop = change("dropIndex", "tableName", c.table(), "indexName", c.index().name());
            if (on(c.table(), null)) {
                concurrently("drop-index-" + c.index().name() + "-concurrently", drop,
                        List.of(OnlineSql.postgresVisitor(OnlineSql.CONCURRENT_DROP, OnlineSql.CONCURRENT_DROP_WITH)));
            } else {
                table(c.table(), alter(c.table()), keepingForeignKeyIndexes(c.table(), c.index().name(),
                        c.index().columns().stream().map(Index.IndexColumn::name).toList(), drop));
            }
            return null;
        }

        @Override
        public Void visit(RenameIndex c) {
            on(c.table(), null);
            table(c.table(), alter(c.table()), renameIndex(c));
            return null;
        }

        @Override
        public Void visit(AlterTableComment c) {
            on(c.table(), null);
            table(c.table(), alter(c.table()), change("setTableRemarks", "tableName", c.table(), "remarks", c.comment()));
            return null;
        }

        /** MariaDB/MySQL only: elsewhere the changeset runs and changes nothing (as the options at creation). */
        @Override
        public Void visit(SchemaChange.AlterTableOptions c) {
            on(c.table(), null);
            List<Column> columns = state.table(c.table()).map(Table::columns).orElse(List.of());
            table(c.table(), alter(c.table()), sql(List.of(MariaDbSql.alterTableOptions(c, columns, ChangeSetPlanner.this::enumValues)),
                    Dialect.MARIADB.dbms()));
            return null;
        }

        @Override
        public Void visit(AlterColumnComment c) {
            on(c.table(), null);
            // Liquibase requires the column's type on MariaDB/MySQL (MariaDbSqlGenerators.SetColumnRemarks restates the column)
            Optional<Column> col = state.table(c.table()).flatMap(t -> t.column(c.column()));
            table(c.table(), alter(c.table()), col.isPresent()
                    ? change("setColumnRemarks", "tableName", c.table(), "columnName", c.column(), "remarks", c.comment(),
                    "columnDataType", dataType(col.get().type()))
                    : change("setColumnRemarks", "tableName", c.table(), "columnName", c.column(), "remarks", c.comment()));
            return null;
        }
    }

    private static String alter(String table) {
        return "alter-table-" + table;
    }

    // ---- grouping ------------------------------------------------------------------------------

    private void alone(String slug, List<Map<String, Object>> cs) {
        flush();
        groupSlug = slug;
        groupTouchesExisting = currentExisting;
        join(cs);
        flush();
    }

    private void table(String table, String slug, List<Map<String, Object>> cs) {
        if (!joinsGroup(table)) {
            flush();
            groupSubject = table;
            groupSlug = slug;
            groupKind = currentKind;
        }
        groupTouchesExisting |= currentExisting;
        groupSubjects.add(table);
        groupSize++;
        join(cs);
    }

    /** Whether the current change, of {@code table}, joins the changeset being filled. */
    private boolean joinsGroup(String table) {
        if (groupSubject == null || groupSize >= MAX_CHANGES) return false;
        if (groupSubjects.size() == 1 && groupSubject.equals(table)) return true;
        return currentKind != null && currentKind.equals(groupKind);
    }

    /** The slug of the changeset being filled: its first change's, or its kind and first subject for several subjects. */
    private String groupSlug() {
        if (groupSubjects.size() <= 1) return slug(groupSlug);
        String first = groupSubject.startsWith("enum ") ? groupSubject.substring(5) : groupSubject;
        String tail = "-and-" + (groupSubjects.size() - 1) + "-more";
        String head = slug(groupKind + "-" + first);
        if (head.length() + tail.length() > 60) head = head.substring(0, 60 - tail.length()).replaceAll("-+$", "");
        return head + tail;
    }

    private void join(List<Map<String, Object>> cs) {
        changes.addAll(SchemaNames.split(cs));
        enums.addAll(pendingEnums);
        enumValues.putAll(pendingEnumValues);
        props.addAll(pendingProps);
        pendingEnumValues.clear();
        pendingEnums.clear();
        pendingProps.clear();
    }

    private void flush() {
        if (!changes.isEmpty()) {
            if (groupTouchesExisting && groupRunInTransaction) {
                changes.addAll(0, sql(List.of(OnlineSql.setLocalLockTimeout(online.lockTimeoutSql())), "postgresql"));
            }
            // Liquibase marks a changeset whose one change is for other databases SKIPPED there and does not record it
            // (it would stay pending for ever): a no-op change that runs everywhere makes it run and be recorded
            if (changes.size() == 1 && changes.get(0).get("sql") instanceof Map<?, ?> m && m.containsKey("dbms")) {
                changes.add(Map.of("empty", Map.of()));
            }
            out.add(new PlannedChangeSet(groupSlug(), changes, new TreeSet<>(enums), new TreeSet<>(props),
                    enumValues, groupRunInTransaction, groupModifySql));
        }
        groupTouchesExisting = false;
        groupRunInTransaction = true;
        groupModifySql.clear();
        changes.clear();
        groupSubject = null;
        groupSlug = null;
        groupKind = null;
        groupSubjects.clear();
        groupSize = 0;
        enums.clear();
        enumValues.clear();
        props.clear();
    }

    /** Lower case, runs of other characters as one dash, at most 60 characters. */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) s = s.substring(0, 60).replaceAll("-+$", "");
        return s.isEmpty() ? "change" : s;
    }

    // ---- online-safe forms ---------------------------------------------------------------------

    private boolean existing(String table) {
        return !createdHere.contains(table) && state.table(table).isPresent();
    }

    /** An index on an existing table, built CONCURRENTLY in a changeset of its own (an invalid leftover dropped first). */
    private void onlineIndex(AddIndex c) {
        Index ix = c.index();
        List<Map<String, Object>> body = new ArrayList<>(sqlWhole(OnlineSql.dropInvalidIndex(ix.name())));
        if (!ownSql(ix)) {
            body.addAll(createIndex(c.table(), ix));
            concurrently("create-index-" + ix.name() + "-concurrently", body,
                    List.of(OnlineSql.postgresVisitor(OnlineSql.CONCURRENT_CREATE, OnlineSql.CONCURRENT_CREATE_WITH)));
        } else {
            body.addAll(sqlTriple(List.of(OwnSql.partialIndex(c.table(), ix, Dialect.POSTGRESQL)
                            .replaceFirst(OnlineSql.CONCURRENT_CREATE, OnlineSql.CONCURRENT_CREATE_WITH)),
                    List.of(OwnSql.partialIndex(c.table(), ix, Dialect.H2)), List.of(MariaDbSql.partialIndex(c.table(), ix))));
            concurrently("create-index-" + ix.name() + "-concurrently", body, List.of());
        }
    }

    /** A foreign key on an existing table: added NOT VALID, then validated in the next changeset. */
    private void onlineForeignKey(AddForeignKey c) {
        String name = c.foreignKey().name();
        inTransaction("add-foreign-key-" + name + "-not-valid", List.of(addForeignKey(c.table(), c.foreignKey())),
                List.of(OnlineSql.postgresVisitor(OnlineSql.NOT_VALID_FK, OnlineSql.NOT_VALID_FK_WITH)));
        inTransaction("validate-" + name, sql(List.of(OnlineSql.validate(c.table(), name)), "postgresql"), List.of());
    }

    /** A unique constraint on an existing table: its index built CONCURRENTLY, then the constraint added using it. */
    private void onlineUnique(AddUnique c) {
        String name = c.unique().name();
        List<Map<String, Object>> body = new ArrayList<>(sqlWhole(OnlineSql.dropInvalidIndex(name)));
        body.addAll(sql(List.of(OnlineSql.createUniqueIndexConcurrently(c.table(), name, c.unique().columns())), "postgresql"));
        concurrently("create-unique-index-" + name + "-concurrently", body, List.of());
        inTransaction("add-unique-" + name + "-using-index", List.of(addUnique(c.table(), c.unique())),
                List.of(OnlineSql.postgresVisitor(OnlineSql.UNIQUE_USING_INDEX, OnlineSql.UNIQUE_USING_INDEX_WITH)));
    }

    /**
     * NOT NULL without the long exclusive lock: the plain form's changes before its {@code addNotNullConstraint}
     * (its {@code defaultNullValue} as an update) and a CHECK (column IS NOT NULL) NOT VALID; the check
     * validated in the next changeset (no lock that blocks writes); then SET NOT NULL, which PostgreSQL 12+
     * proves from the valid check without a scan, and the check dropped.
     */
    private void notNullThroughCheck(String table, String column, List<Map<String, Object>> plain) {
        List<Map<String, Object>> first = new ArrayList<>();
        Map<String, Object> notNull = null;
        for (Map<String, Object> m : plain) {
            if (m.containsKey("addNotNullConstraint")) {
                @SuppressWarnings("unchecked") Map<String, Object> inner = (Map<String, Object>) m.get("addNotNullConstraint");
                notNull = new LinkedHashMap<>(inner);
            } else {
                first.add(m);
            }
        }
        if (notNull == null) throw new IllegalStateException("no addNotNullConstraint in " + plain);
        Object fill = notNull.remove("defaultNullValue");
        if (fill != null) first.add(update(table, column, "value", fill));
        String check = OnlineSql.notNullCheckName(table, column);
        first.addAll(sql(List.of(OnlineSql.addNotNullCheck(table, column, check)), "postgresql"));
        inTransaction("not-null-" + table + "-" + column + "-check", first, List.of());
        inTransaction("validate-" + check, sql(List.of(OnlineSql.validate(table, check)), "postgresql"), List.of());
        List<Map<String, Object>> last = new ArrayList<>();
        last.add(Map.of("addNotNullConstraint", notNull));
        last.addAll(sql(List.of(OnlineSql.dropConstraint(table, check)), "postgresql"));
        inTransaction("not-null-" + table + "-" + column, last, List.of());
    }

    /** A changeset of its own, in a transaction, with the lock timeout. */
    private void inTransaction(String slug, List<Map<String, Object>> body, List<Map<String, Object>> visitors) {
        flush();
        groupSlug = slug;
        groupTouchesExisting = true;
        groupModifySql.addAll(visitors);
        join(body);
        flush();
    }

    /** A changeset of its own outside a transaction (CONCURRENTLY), the lock timeout set before and reset after. */
    private void concurrently(String slug, List<Map<String, Object>> body, List<Map<String, Object>> visitors) {
        flush();
        groupSlug = slug;
        groupRunInTransaction = false;
        groupModifySql.addAll(visitors);
        List<Map<String, Object>> cs = new ArrayList<>(sql(List.of(OnlineSql.setLockTimeout(online.lockTimeoutSql())), "postgresql"));
        cs.addAll(body);
        cs.addAll(sql(List.of(OnlineSql.RESET_LOCK_TIMEOUT), "postgresql"));
        join(cs);
        flush();
    }

    /** One PostgreSQL {@code sql} change run as a whole (a DO block holds semicolons). */
    private static List<Map<String, Object>> sqlWhole(String statement) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dbms", "postgresql");
        m.put("splitStatements", false);
        m.put("sql", statement);
        return List.of(Map.of("sql", m));
    }

    // ---- changes -------------------------------------------------------------------------------

    /**
     * {@code CREATE SCHEMA IF NOT EXISTS} before the first table or enum type of a schema that no recorded table is in
     * yet; nothing for the default schema.
     */
    private List<Map<String, Object>> createSchema(String schema) {
        if (schema.isEmpty() || !newSchemas.add(schema) || state.tables().stream().anyMatch(x -> x.schema().equals(schema))) {
            return List.of();
        }
        return sqlPair(List.of(SchemaNames.createSchema(schema)), List.of(SchemaNames.createSchema(SchemaNames.h2(schema))));
    }

    private void createTable(Table t) {
        List<Map<String, Object>> cs = new ArrayList<>();
        Optional<PrimaryKey> pk = t.primaryKey();
        List<String> inColumnOrder = t.columns().stream().map(Column::name)
                .filter(n -> pk.isPresent() && pk.get().columns().contains(n)).toList();
        boolean inline = pk.isPresent() && pk.get().columns().equals(inColumnOrder);
        List<Object> cols = new ArrayList<>();
        for (Column c : t.columns()) {
            Optional<PrimaryKey> mine = inline && pk.get().columns().contains(c.name()) ? pk : Optional.empty();
            cols.add(Map.of("column", column(c, mine)));
        }
        cs.addAll(createSchema(t.schema()));
        Map<String, Object> ct = new LinkedHashMap<>();
        ct.put("tableName", t.name());
        if (!t.comment().isEmpty()) ct.put("remarks", t.comment());
        ct.put("columns", cols);
        cs.add(Map.of("createTable", ct));
        if (pk.isPresent() && !inline) cs.add(addPrimaryKey(t.name(), pk.get()));
        for (UniqueConstraint u : t.uniques()) cs.add(addUnique(t.name(), u));
        for (Index ix : t.indexes()) cs.addAll(createIndex(t.name(), ix));
        for (ForeignKey fk : t.foreignKeys()) cs.add(addForeignKey(t.name(), fk));
        table(t.name(), "create-table-" + t.name(), cs);
        if (!t.options().none()) groupModifySql.add(MariaDbSql.tableOptionsVisitor(t.name(), t.options()));
    }

    private Map<String, Object> column(Column c, Optional<PrimaryKey> pk) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("type", LiquibaseTypes.liquibaseType(c.type()));
        LiquibaseTypes.propertyOf(c.type()).ifPresent(pendingProps::add);
        if (c.type().kind() == ColumnType.Kind.ENUM) {
            pendingEnums.add(c.type().enumName());
            state.enumType(c.type().enumName()).ifPresent(e -> pendingEnumValues.put(e.name(), e.values()));
        }
        if (c.autoIncrement()) m.put("autoIncrement", true);
        c.defaultValue().ifPresent(d -> putDefault(m, c.type(), d));
        if (!c.comment().isEmpty()) m.put("remarks", c.comment());
        Map<String, Object> k = new LinkedHashMap<>();
        if (!c.nullable()) k.put("nullable", false);
        pk.ifPresent(p -> {
            k.put("primaryKey", true);
            k.put("primaryKeyName", p.name());
        });
        if (!k.isEmpty()) m.put("constraints", k);
        return m;
    }

    private void putDefault(Map<String, Object> m, ColumnType type, DefaultValue d) {
        switch (d.kind()) {
            case LITERAL -> {
                if (LiquibaseTypes.numeric(type)) m.put("defaultValueNumeric", d.value());
                else if (type.kind() == ColumnType.Kind.BOOLEAN) m.put("defaultValueBoolean", Boolean.parseBoolean(d.value()));
                else m.put("defaultValue", d.value());
            }
            case NOW -> m.put("defaultValueComputed", LiquibaseTypes.nowExpression(type));
            case UUIDV4 -> {
                m.put("defaultValueComputed", "${" + LiquibaseTypes.PROP_UUIDV4 + "}");
                pendingProps.add(LiquibaseTypes.PROP_UUIDV4);
            }
            // parenthesised: MariaDB/MySQL take an expression default only in parentheses; replay strips them
            case SQL -> m.put("defaultValueComputed", "(" + d.value() + ")");
        }
    }

    /**
     * A NOT NULL column without a database default is added nullable, its existing rows are filled
     * with the type's zero value, then it is made NOT NULL: on a filled table that is the only way the
     * database accepts it (allowDestructive), on an empty one it fills nothing.
     */
    private List<Map<String, Object>> addColumn(AddColumn c) {
        Column col = c.column();
        boolean fill = needsFill(col);
        Column added = fill ? new Column(col.name(), col.type(), true, col.defaultValue(), col.autoIncrement(),
                col.comment(), col.renamedFrom()) : col;
        List<Map<String, Object>> out = new ArrayList<>(change("addColumn", "tableName", c.table(),
                "columns", List.of(Map.of("column", column(added, Optional.empty())))));
        if (fill) out.addAll(notNullFilled(c.table(), col));
        return out;
    }

    private static boolean needsFill(Column c) {
        return !c.nullable() && c.defaultValue().isEmpty() && !c.autoIncrement();
    }

    /**
     * {@code addNotNullConstraint} whose {@code defaultNullValue} (Liquibase runs {@code UPDATE t SET c
     * = 'value' WHERE c IS NULL} first) is the type's zero value. A JSON zero cannot be one quoted
     * literal on both databases (H2 reads {@code '{}'} as a JSON string), so it is an {@code update}
     * with a per-dbms expression instead.
     */
    private List<Map<String, Object>> notNullFilled(String table, Column col) {
        List<String> enumValues = col.type().kind() == ColumnType.Kind.ENUM
                ? state.enumType(col.type().enumName()).map(EnumType::values).orElse(List.of()) : List.of();
        ZeroValue zero = ZeroValue.of(col.type(), enumValues);
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tableName", table);
        m.put("columnName", col.name());
        if (col.type().kind() == ColumnType.Kind.JSON || col.type().kind() == ColumnType.Kind.JSONB) {
            out.add(update(table, col.name(), "${" + LiquibaseTypes.PROP_JSON_EMPTY + "}"));
            pendingProps.add(LiquibaseTypes.PROP_JSON_EMPTY);
        } else {
            m.put("defaultNullValue", zero.value());
        }
        m.put("columnDataType", dataType(col.type()));
        out.add(Map.of("addNotNullConstraint", m));
        return out;
    }

    /**
     * The column's type for a nullability change: Liquibase requires it on MariaDB/MySQL (where
     * {@link MariaDbSqlGenerators.SetNullable} restates the column as the database has it); the
     * other databases do not use it.
     */
    private String dataType(ColumnType t) {
        LiquibaseTypes.propertyOf(t).ifPresent(pendingProps::add);
        return LiquibaseTypes.liquibaseType(t);
    }

    /** {@code UPDATE table SET column = expression WHERE column IS NULL}. */
    private static Map<String, Object> update(String table, String column, String expression) {
        return update(table, column, "valueComputed", expression);
    }

    /** {@code UPDATE table SET column = value WHERE column IS NULL}, the value given as {@code valueKind} ({@code value}, {@code valueComputed}). */
    private static Map<String, Object> update(String table, String column, String valueKind, Object v) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", column);
        value.put(valueKind, v);
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("tableName", table);
        u.put("columns", List.of(Map.of("column", value)));
        u.put("where", quote(column) + " IS NULL");
        return Map.of("update", u);
    }

    private List<Map<String, Object>> nullability(AlterNullability c) {
        if (c.nullable()) {
            return change("dropNotNullConstraint", "tableName", c.table(), "columnName", c.column().name(),
                    "columnDataType", dataType(c.column().type()));
        }
        if (needsFill(c.column())) return notNullFilled(c.table(), c.column());
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tableName", c.table());
        m.put("columnName", c.column().name());
        // rows holding NULL get the column's default first
        Optional<DefaultValue> def = c.column().defaultValue();
        if (def.isPresent() && def.get().kind() == DefaultValue.Kind.LITERAL) {
            m.put("defaultNullValue", def.get().value());
        } else if (def.isPresent()) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("name", c.column().name());
            putDefault(value, c.column().type(), def.get());
            Object expr = value.remove("defaultValueComputed");
            value.put("valueComputed", expr);
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("tableName", c.table());
            u.put("columns", List.of(Map.of("column", value)));
            u.put("where", quote(c.column().name()) + " IS NULL");
            out.add(Map.of("update", u));
        }
        m.put("columnDataType", dataType(c.column().type()));
        out.add(Map.of("addNotNullConstraint", m));
        return out;
    }

    /**
     * A column type change. PostgreSQL cannot convert a default to or from an enum type by itself
     * ("default for column cannot be cast automatically"): such a default is dropped before and set after.
     */
    private List<Map<String, Object>> alterType(AlterColumnType c) {
        Optional<Column> col = state.table(c.table()).flatMap(t -> t.column(c.column()));
        Optional<DefaultValue> def = col.flatMap(Column::defaultValue);
        boolean enumDefault = def.isPresent() && (c.from().kind() == ColumnType.Kind.ENUM || c.to().kind() == ColumnType.Kind.ENUM);
        if (col.isPresent() && c.from().portable().equals(c.to().portable())) {
            // only the MariaDB form changes (int → int unsigned, text → mediumtext): nothing to do elsewhere
            Column k = col.get();
            return sql(List.of(MariaDbSql.modify(c.table(), new Column(k.name(), c.to(), k.nullable(), k.defaultValue(),
                    k.autoIncrement(), k.comment(), List.of()), this::enumValues)), Dialect.MARIADB.dbms());
        }
        List<Map<String, Object>> alter = sqlTriple(List.of(OwnSql.alterType(c.table(), c.column(), c.to(), Dialect.POSTGRESQL)),
                List.of(OwnSql.alterType(c.table(), c.column(), c.to(), Dialect.H2)),
                col.map(k -> List.of(MariaDbSql.modify(c.table(), new Column(k.name(), c.to(), k.nullable(),
                        enumDefault ? Optional.empty() : k.defaultValue(), k.autoIncrement(), k.comment(), List.of()),
                        this::enumValues))).orElse(List.of()));
        if (def.isEmpty() || (c.from().kind() != ColumnType.Kind.ENUM && c.to().kind() != ColumnType.Kind.ENUM)) return alter;
        Column after = new Column(col.get().name(), c.to(), col.get().nullable(), def, col.get().autoIncrement(),
                col.get().comment(), List.of());
        List<Map<String, Object>> out = new ArrayList<>(defaultChange(new AlterDefault(c.table(), col.get(), def, Optional.empty())));
        out.addAll(alter);
        out.addAll(defaultChange(new AlterDefault(c.table(), after, Optional.empty(), def)));
        return out;
    }

    private List<Map<String, Object>> defaultChange(AlterDefault c) {
        if (c.to().isEmpty()) {
            return change("dropDefaultValue", "tableName", c.table(), "columnName", c.column().name());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tableName", c.table());
        m.put("columnName", c.column().name());
        putDefault(m, c.column().type(), c.to().get());
        return List.of(Map.of("addDefaultValue", m));
    }

    private static Map<String, Object> addPrimaryKey(String table, PrimaryKey pk) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tableName", table);
        m.put("columnNames", String.join(", ", pk.columns()));
        m.put("constraintName", pk.name());
        return Map.of("addPrimaryKey", m);
    }

    private static Map<String, Object> addUnique(String table, UniqueConstraint u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tableName", table);
        m.put("columnNames", String.join(", ", u.columns()));
        m.put("constraintName", u.name());
        return Map.of("addUniqueConstraint", m);
    }

    private static Map<String, Object> addForeignKey(String table, ForeignKey fk) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baseTableName", table);
        m.put("baseColumnNames", String.join(", ", fk.columns()));
        m.put("constraintName", fk.name());
        m.put("referencedTableName", fk.refTable());
        m.put("referencedColumnNames", String.join(", ", fk.refColumns()));
        m.put("onDelete", fk.onDelete().sql());
        m.put("onUpdate", fk.onUpdate().sql());
        if (fk.deferrable()) m.put("deferrable", true); // Liquibase writes it on PostgreSQL only
        if (fk.initiallyDeferred()) m.put("initiallyDeferred", true);
        return Map.of("addForeignKeyConstraint", m);
    }

    /** A partial index, one with a method, operator classes, collations, prefix lengths or FULLTEXT: our own SQL per database. */
    private static boolean ownSql(Index ix) {
        return !ix.where().isEmpty() || ix.postgresOnly() || ix.mariaDbOnly();
    }

    private static List<Map<String, Object>> createIndex(String table, Index ix) {
        if (ownSql(ix)) {
            return sqlTriple(List.of(OwnSql.partialIndex(table, ix, Dialect.POSTGRESQL)),
                    List.of(OwnSql.partialIndex(table, ix, Dialect.H2)), List.of(MariaDbSql.partialIndex(table, ix)));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tableName", table);
        m.put("indexName", ix.name());
        if (ix.unique()) m.put("unique", true);
        List<Object> cols = new ArrayList<>();
        for (Index.IndexColumn c : ix.columns()) {
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("name", c.name());
            if (c.descending()) col.put("descending", true);
            cols.add(Map.of("column", col));
        }
        m.put("columns", cols);
        return List.of(Map.of("createIndex", m));
    }

    private List<Map<String, Object>> renameIndex(RenameIndex c) {
        Table t = state.table(c.table()).orElseThrow();
        SchemaChanges.ObjectKind kind = SchemaChanges.objectKind(t, c.from()).orElseThrow();
        boolean index = kind == SchemaChanges.ObjectKind.INDEX;
        List<String> both = List.of(index ? OwnSql.renameIndex(Table.qualified(Table.schemaOf(c.table()), c.from()), c.to())
                : OwnSql.renameConstraint(c.table(), c.from(), c.to()));
        Optional<ForeignKey> fk = t.foreignKeys().stream().filter(f -> f.name().equals(c.from())).findFirst();
        boolean primary = t.primaryKey().filter(p -> p.name().equals(c.from())).isPresent();
        List<String> mariadb = primary ? List.of() // every primary key is called PRIMARY there
                : fk.map(f -> List.of(MariaDbSql.renameForeignKey(c.table(), f, c.to())))
                .orElse(List.of(MariaDbSql.renameIndex(c.table(), c.from(), c.to())));
        return sqlTriple(both, both, mariadb);
    }

    /**
     * MariaDB/MySQL refuse to drop the index a foreign key uses. When the key, index or primary key
     * being dropped starts with a foreign key's columns and nothing else left in the table does, the
     * foreign key first gets an index of its own, named as the key (as InnoDB names the one it makes),
     * so the drop goes through; on other databases nothing is added.
     */
    private List<Map<String, Object>> keepingForeignKeyIndexes(String table, String dropped, List<String> columns,
                                                               List<Map<String, Object>> drop) {
        Optional<Table> t = state.table(table);
        if (t.isEmpty()) return drop;
        List<List<String>> others = new ArrayList<>();
        t.get().primaryKey().filter(p -> !p.name().equals(dropped)).ifPresent(p -> others.add(p.columns()));
        t.get().uniques().stream().filter(u -> !u.name().equals(dropped)).forEach(u -> others.add(u.columns()));
        t.get().indexes().stream().filter(i -> !i.name().equals(dropped))
                .forEach(i -> others.add(i.columns().stream().map(Index.IndexColumn::name).toList()));
        List<String> add = new ArrayList<>();
        for (ForeignKey fk : t.get().foreignKeys()) {
            if (!startsWith(columns, fk.columns())) continue;
            if (others.stream().anyMatch(o -> startsWith(o, fk.columns()))) continue;
            add.add(MariaDbSql.addIndexIfNotExists(table, fk.name(), fk.columns()));
        }
        if (add.isEmpty()) return drop;
        List<Map<String, Object>> out = new ArrayList<>(sql(add, "mariadb"));
        out.addAll(drop);
        return out;
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
    }

    /** MariaDB/MySQL: every column of an enum type restated with the new values (no enum types there). */
    private List<String> modifyEnumColumns(EnumType after, List<String[]> columns) {
        List<String> out = new ArrayList<>();
        for (String[] tc : columns) {
            state.table(tc[0]).flatMap(t -> t.column(tc[1])).ifPresent(k -> {
                Optional<DefaultValue> def = k.defaultValue().filter(d -> d.kind() != DefaultValue.Kind.LITERAL
                        || after.values().contains(d.value()));
                out.add(MariaDbSql.modify(tc[0], new Column(k.name(), ColumnType.enumOf(after.name()), k.nullable(), def,
                        k.autoIncrement(), k.comment(), List.of()), n -> n.equals(after.name()) ? after.values() : enumValues(n)));
            });
        }
        return out;
    }

    /**
     * MariaDB/MySQL: the column restated with or without AUTO_INCREMENT. AUTO_INCREMENT needs a key
     * that starts with the column: one that has none yet gets an index named as the column, which the
     * primary key added on it later drops (MariaDbSqlGenerators.AddPrimaryKey).
     */
    private List<String> modifyAutoIncrement(AlterAutoIncrement c) {
        String name = c.column().name();
        boolean keyed = state.table(c.table()).map(t -> t.primaryKey().filter(p -> p.columns().get(0).equals(name)).isPresent()
                || t.uniques().stream().anyMatch(u -> u.columns().get(0).equals(name))
                || t.indexes().stream().anyMatch(i -> i.columns().get(0).name().equals(name))).orElse(true);
        String key = c.autoIncrement() && !keyed ? ", ADD KEY " + MariaDbSql.quote(name) + " (" + MariaDbSql.quote(name) + ")" : "";
        return state.table(c.table()).flatMap(t -> t.column(name)).map(k -> List.of(MariaDbSql.modify(c.table(),
                new Column(k.name(), k.type(), k.nullable(), c.autoIncrement() ? Optional.empty() : k.defaultValue(),
                        c.autoIncrement(), k.comment(), List.of()), this::enumValues) + key)).orElse(List.of());
    }

    private List<String> enumValues(String enumName) {
        return state.enumType(enumName).map(EnumType::values).orElse(List.of());
    }

    /** PostgreSQL: the old type renamed away, the new one created, each column converted through text, the old dropped. */
    private List<String> replaceEnumPostgres(ReplaceEnumValues c) {
        String name = c.after().name();
        String old = name + OwnSql.OLD_SUFFIX;
        List<String> s = new ArrayList<>();
        s.add("ALTER TYPE " + LiquibaseTypes.quoteTable(name) + " RENAME TO " + quote(Table.baseNameOf(old)));
        s.add(OwnSql.createEnum(c.after(), Dialect.POSTGRESQL));
        for (SchemaChange.ColumnRef r : c.columns()) {
            Optional<DefaultValue> def = state.table(r.table()).flatMap(t -> t.column(r.column()))
                    .flatMap(Column::defaultValue);
            String t = LiquibaseTypes.quoteTable(r.table());
            String col = quote(r.column());
            if (def.isPresent()) s.add("ALTER TABLE " + t + " ALTER COLUMN " + col + " DROP DEFAULT");
            s.add("ALTER TABLE " + t + " ALTER COLUMN " + col + " TYPE " + LiquibaseTypes.quoteTable(name) + " USING " + col
                    + "::text::" + LiquibaseTypes.quoteTable(name));
            def.filter(d -> d.kind() == DefaultValue.Kind.LITERAL && c.after().values().contains(d.value()))
                    .ifPresent(d -> s.add("ALTER TABLE " + t + " ALTER COLUMN " + col + " SET DEFAULT "
                            + LiquibaseTypes.literal(d.value())));
        }
        s.add("DROP TYPE " + LiquibaseTypes.quoteTable(old));
        return s;
    }

    private List<String[]> columnsUsing(String enumName) {
        List<String[]> out = new ArrayList<>();
        for (Table t : state.tables()) {
            for (Column c : t.columns()) {
                if (c.type().kind() == ColumnType.Kind.ENUM && c.type().enumName().equals(enumName)) {
                    out.add(new String[]{t.name(), c.name()});
                }
            }
        }
        return out;
    }

    // ---- helpers -------------------------------------------------------------------------------

    static List<Map<String, Object>> change(String type, Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return List.of(Map.of(type, m));
    }

    static List<Map<String, Object>> sqlPair(List<String> postgres, List<String> h2) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.addAll(sql(postgres, "postgresql"));
        out.addAll(sql(h2, "h2"));
        return out;
    }

    /** {@link #sqlPair} plus the MariaDB/MySQL statements, left out when there are none (nothing to do there). */
    static List<Map<String, Object>> sqlTriple(List<String> postgres, List<String> h2, List<String> mariadb) {
        List<Map<String, Object>> out = new ArrayList<>(sqlPair(postgres, h2));
        if (!mariadb.isEmpty()) out.addAll(sql(mariadb, Dialect.MARIADB.dbms()));
        return out;
    }

    static List<Map<String, Object>> sql(List<String> statements, String dbms) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (dbms != null) m.put("dbms", dbms);
        m.put("sql", String.join(";\n", statements));
        return List.of(Map.of("sql", m));
    }
}
