package dev.modelsync.changelog;

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
import dev.modelsync.diff.SchemaChange.ColumnRef;
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
import dev.modelsync.diff.SchemaChanges.State;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddAutoIncrementChange;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddDefaultValueChange;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.AddPrimaryKeyChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DeleteDataChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropDefaultValueChange;
import liquibase.change.core.DropForeignKeyConstraintChange;
import liquibase.change.core.DropIndexChange;
import liquibase.change.core.DropNotNullConstraintChange;
import liquibase.change.core.DropPrimaryKeyChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.DropUniqueConstraintChange;
import liquibase.change.core.EmptyChange;
import liquibase.change.core.InsertDataChange;
import liquibase.change.core.LoadDataChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.OutputChange;
import liquibase.change.core.RawSQLChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameTableChange;
import liquibase.change.core.SetColumnRemarksChange;
import liquibase.change.core.SetTableRemarksChange;
import liquibase.change.core.TagDatabaseChange;
import liquibase.change.core.UpdateDataChange;
import liquibase.database.DatabaseList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.modelsync.changelog.OwnSql.ID;
import static dev.modelsync.changelog.OwnSql.STR;
import static dev.modelsync.changelog.OwnSql.ident;
import static dev.modelsync.changelog.OwnSql.p;

/**
 * Reads one Liquibase {@link Change} as {@link SchemaChange}s against the schema recorded so far.
 * Throws {@link Unsupported} for what modelsync cannot interpret. PostgreSQL is the reference:
 * {@code sql} changes for PostgreSQL are interpreted, their H2 twins only recognised.
 */
public final class ChangeReader {
    /** A change replay cannot interpret; the message says why. */
    public static final class Unsupported extends RuntimeException {
        Unsupported(String message) {
            super(message);
        }
    }

    private ChangeReader() {
    }

    @SuppressWarnings("deprecation") // deleteCascade: hand-written changelogs still use it
    public static List<SchemaChange> read(Change change, State s) {
        Runnable restore = SchemaNames.join(change);
        try {
            return readQualified(change, s);
        } finally {
            restore.run();
        }
    }

    @SuppressWarnings("deprecation")
    private static List<SchemaChange> readQualified(Change change, State s) {
        if (change instanceof CreateTableChange c) return createTable(c, s);
        if (change instanceof AddColumnChange c) return addColumn(c, s);
        if (change instanceof DropColumnChange c) {
            List<String> names = new ArrayList<>();
            if (c.getColumnName() != null) names.add(c.getColumnName());
            if (c.getColumns() != null) c.getColumns().forEach(cc -> names.add(cc.getName()));
            return names.stream().<SchemaChange>map(n -> new DropColumn(c.getTableName(), column(s, c.getTableName(), n))).toList();
        }
        if (change instanceof RenameColumnChange c) {
            Column col = column(s, c.getTableName(), c.getOldColumnName());
            return List.of(new RenameColumn(c.getTableName(), c.getOldColumnName(), c.getNewColumnName(), col.type()));
        }
        if (change instanceof RenameTableChange c) return List.of(new RenameTable(c.getOldTableName(), c.getNewTableName()));
        if (change instanceof ModifyDataTypeChange c) {
            Column col = column(s, c.getTableName(), c.getColumnName());
            return List.of(new AlterColumnType(c.getTableName(), col.name(), col.type(), type(c.getNewDataType(), s)));
        }
        if (change instanceof AddForeignKeyConstraintChange c) {
            ForeignKey.Action onDelete = Boolean.TRUE.equals(c.getDeleteCascade()) ? ForeignKey.Action.CASCADE : action(c.getOnDelete());
            return List.of(new AddForeignKey(c.getBaseTableName(), new ForeignKey(required(c.getConstraintName(), "constraintName"),
                    names(c.getBaseColumnNames()), c.getReferencedTableName(), names(c.getReferencedColumnNames()),
                    onDelete, action(c.getOnUpdate()), Boolean.TRUE.equals(c.getDeferrable()),
                    Boolean.TRUE.equals(c.getInitiallyDeferred()))));
        }
        if (change instanceof DropForeignKeyConstraintChange c) {
            Table t = table(s, c.getBaseTableName());
            ForeignKey fk = t.foreignKeys().stream().filter(f -> f.name().equals(c.getConstraintName())).findFirst()
                    .orElseThrow(() -> new Unsupported("table " + t.name() + " has no foreign key " + c.getConstraintName()));
            return List.of(new DropForeignKey(t.name(), fk));
        }
        if (change instanceof AddUniqueConstraintChange c) {
            AddUnique add = new AddUnique(c.getTableName(), new UniqueConstraint(required(c.getConstraintName(), "constraintName"),
                    names(c.getColumnNames())));
            // the online form: the unique index built CONCURRENTLY before, taken over by the constraint (USING INDEX)
            Optional<Index> own = s.table(c.getTableName()).flatMap(t -> t.indexes().stream()
                    .filter(i -> i.name().equals(c.getConstraintName()) && i.unique()).findFirst());
            return own.<List<SchemaChange>>map(ix -> List.of(new DropIndex(c.getTableName(), ix), add)).orElse(List.of(add));
        }
        if (change instanceof DropUniqueConstraintChange c) {
            Table t = table(s, c.getTableName());
            UniqueConstraint u = t.uniques().stream().filter(x -> x.name().equals(c.getConstraintName())).findFirst()
                    .orElseThrow(() -> new Unsupported("table " + t.name() + " has no unique constraint " + c.getConstraintName()));
            return List.of(new DropUnique(t.name(), u));
        }
        if (change instanceof AddPrimaryKeyChange c) {
            String name = c.getConstraintName() != null ? c.getConstraintName() : c.getTableName() + "_pkey";
            return List.of(new AddPrimaryKey(c.getTableName(), new PrimaryKey(name, names(c.getColumnNames()))));
        }
        if (change instanceof DropPrimaryKeyChange c) {
            Table t = table(s, c.getTableName());
            PrimaryKey pk = t.primaryKey().orElseThrow(() -> new Unsupported("table " + t.name() + " has no primary key"));
            return List.of(new DropPrimaryKey(t.name(), pk));
        }
        if (change instanceof CreateIndexChange c) {
            List<Index.IndexColumn> cols = c.getColumns().stream()
                    .map(cc -> new Index.IndexColumn(cc.getName(), Boolean.TRUE.equals(cc.getDescending()))).toList();
            return List.of(new AddIndex(c.getTableName(), new Index(required(c.getIndexName(), "indexName"), cols,
                    Boolean.TRUE.equals(c.isUnique()), "")));
        }
        if (change instanceof DropIndexChange c) {
            Table t = c.getTableName() != null ? table(s, c.getTableName()) : tableWithIndex(s, c.getIndexName());
            Index ix = t.indexes().stream().filter(i -> i.name().equals(c.getIndexName())).findFirst()
                    .orElseThrow(() -> new Unsupported("table " + t.name() + " has no index " + c.getIndexName()));
            return List.of(new DropIndex(t.name(), ix));
        }
        if (change instanceof AddNotNullConstraintChange c) {
            Column col = column(s, c.getTableName(), c.getColumnName());
            return List.of(new AlterNullability(c.getTableName(), with(col, false, col.defaultValue(), col.autoIncrement()), false));
        }
        if (change instanceof DropNotNullConstraintChange c) {
            Column col = column(s, c.getTableName(), c.getColumnName());
            return List.of(new AlterNullability(c.getTableName(), with(col, true, col.defaultValue(), col.autoIncrement()), true));
        }
        if (change instanceof AddDefaultValueChange c) {
            Column col = column(s, c.getTableName(), c.getColumnName());
            Optional<DefaultValue> to = Optional.of(defaultOf(c.getDefaultValue(), c.getDefaultValueNumeric(),
                    c.getDefaultValueBoolean(), c.getDefaultValueComputed() == null ? null : c.getDefaultValueComputed().getValue(),
                    c.getDefaultValueDate()));
            return List.of(new AlterDefault(c.getTableName(), with(col, col.nullable(), to, col.autoIncrement()), col.defaultValue(), to));
        }
        if (change instanceof DropDefaultValueChange c) {
            Column col = column(s, c.getTableName(), c.getColumnName());
            return List.of(new AlterDefault(c.getTableName(), with(col, col.nullable(), Optional.empty(), col.autoIncrement()),
                    col.defaultValue(), Optional.empty()));
        }
        if (change instanceof AddAutoIncrementChange c) {
            Column col = column(s, c.getTableName(), c.getColumnName());
            return List.of(new AlterAutoIncrement(c.getTableName(), with(col, col.nullable(), col.defaultValue(), true), true));
        }
        if (change instanceof DropTableChange c) return List.of(new DropTable(table(s, c.getTableName())));
        if (change instanceof SetTableRemarksChange c) {
            return List.of(new AlterTableComment(c.getTableName(), c.getRemarks() == null ? "" : c.getRemarks()));
        }
        if (change instanceof SetColumnRemarksChange c) {
            column(s, c.getTableName(), c.getColumnName()); // the column must be there
            return List.of(new AlterColumnComment(c.getTableName(), c.getColumnName(), c.getRemarks() == null ? "" : c.getRemarks()));
        }
        if (change instanceof RawSQLChange c) return sql(c, s);
        if (change instanceof InsertDataChange || change instanceof UpdateDataChange || change instanceof DeleteDataChange
                || change instanceof LoadDataChange || change instanceof TagDatabaseChange || change instanceof EmptyChange
                || change instanceof OutputChange) {
            return List.of(); // data only: the schema stays as it is
        }
        throw new Unsupported("change type " + change.getSerializedObjectName() + " is not interpreted by modelsync");
    }

    // ---- tables and columns --------------------------------------------------------------------

    private static List<SchemaChange> createTable(CreateTableChange c, State s) {
        String tn = c.getTableName();
        List<Column> cols = new ArrayList<>();
        List<String> pkCols = new ArrayList<>();
        String pkName = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<SchemaChange> after = new ArrayList<>();
        for (ColumnConfig cc : c.getColumns()) {
            ConstraintsConfig k = cc.getConstraints();
            boolean pk = k != null && Boolean.TRUE.equals(k.isPrimaryKey());
            if (pk) {
                pkCols.add(cc.getName());
                if (k.getPrimaryKeyName() != null) pkName = k.getPrimaryKeyName();
            }
            cols.add(column(cc, s, pk));
            inlineConstraints(tn, cc, uniques, after);
        }
        Optional<PrimaryKey> pk = pkCols.isEmpty() ? Optional.empty()
                : Optional.of(new PrimaryKey(pkName != null ? pkName : tn + "_pkey", pkCols));
        List<SchemaChange> out = new ArrayList<>();
        out.add(new CreateTable(new Table(tn, cols, pk, List.of(), uniques, List.of(),
                c.getRemarks() == null ? "" : c.getRemarks(), List.of())));
        out.addAll(after);
        return out;
    }

    private static List<SchemaChange> addColumn(AddColumnChange c, State s) {
        List<SchemaChange> out = new ArrayList<>();
        List<SchemaChange> after = new ArrayList<>();
        for (AddColumnConfig cc : c.getColumns()) {
            ConstraintsConfig k = cc.getConstraints();
            boolean pk = k != null && Boolean.TRUE.equals(k.isPrimaryKey());
            out.add(new AddColumn(c.getTableName(), column(cc, s, pk)));
            if (pk) {
                String name = k.getPrimaryKeyName() != null ? k.getPrimaryKeyName() : c.getTableName() + "_pkey";
                after.add(new AddPrimaryKey(c.getTableName(), new PrimaryKey(name, List.of(cc.getName()))));
            }
            List<UniqueConstraint> uniques = new ArrayList<>();
            inlineConstraints(c.getTableName(), cc, uniques, after);
            uniques.forEach(u -> after.add(new AddUnique(c.getTableName(), u)));
        }
        out.addAll(after);
        return out;
    }

    /** Unique and foreign key constraints declared on a column; names default the PostgreSQL way. */
    private static void inlineConstraints(String table, ColumnConfig cc, List<UniqueConstraint> uniques, List<SchemaChange> after) {
        ConstraintsConfig k = cc.getConstraints();
        if (k == null) return;
        if (Boolean.TRUE.equals(k.isUnique())) {
            String n = k.getUniqueConstraintName() != null ? k.getUniqueConstraintName() : table + "_" + cc.getName() + "_key";
            uniques.add(new UniqueConstraint(n, List.of(cc.getName())));
        }
        String refTable = k.getReferencedTableName();
        List<String> refCols = k.getReferencedColumnNames() == null ? List.of() : names(k.getReferencedColumnNames());
        if (refTable == null && k.getReferences() != null) {
            Matcher m = Pattern.compile("\\s*([^()\\s]+)\\s*\\(([^)]*)\\)\\s*").matcher(k.getReferences());
            if (!m.matches()) throw new Unsupported("cannot read references: " + k.getReferences());
            refTable = m.group(1).replace("\"", "");
            refCols = names(m.group(2).replace("\"", ""));
        }
        if (refTable != null) {
            String n = k.getForeignKeyName() != null ? k.getForeignKeyName() : table + "_" + cc.getName() + "_fkey";
            ForeignKey.Action onDelete = Boolean.TRUE.equals(k.isDeleteCascade()) ? ForeignKey.Action.CASCADE : ForeignKey.Action.NO_ACTION;
            after.add(new AddForeignKey(table, new ForeignKey(n, List.of(cc.getName()), refTable, refCols, onDelete,
                    ForeignKey.Action.NO_ACTION, Boolean.TRUE.equals(k.isDeferrable()),
                    Boolean.TRUE.equals(k.isInitiallyDeferred()))));
        }
    }

    private static Column column(ColumnConfig cc, State s, boolean primaryKey) {
        ConstraintsConfig k = cc.getConstraints();
        boolean nullable = !primaryKey && (k == null || !Boolean.FALSE.equals(k.isNullable()));
        Optional<DefaultValue> def = Optional.empty();
        String computed = cc.getDefaultValueComputed() == null ? null : cc.getDefaultValueComputed().getValue();
        if (cc.getDefaultValue() != null || cc.getDefaultValueNumeric() != null || cc.getDefaultValueBoolean() != null
                || computed != null || cc.getDefaultValueDate() != null) {
            def = Optional.of(defaultOf(cc.getDefaultValue(),
                    cc.getDefaultValueNumeric() == null ? null : cc.getDefaultValueNumeric().toString(),
                    cc.getDefaultValueBoolean(), computed,
                    cc.getDefaultValueDate() == null ? null : String.valueOf(cc.getDefaultValueDate())));
        }
        return new Column(cc.getName(), type(cc.getType(), s), nullable, def, Boolean.TRUE.equals(cc.isAutoIncrement()),
                cc.getRemarks() == null ? "" : cc.getRemarks(), List.of());
    }

    private static DefaultValue defaultOf(String text, String numeric, Boolean bool, String computed, String date) {
        if (computed != null) return LiquibaseTypes.computedDefault(computed);
        if (numeric != null) return DefaultValue.literal(numeric);
        if (bool != null) return DefaultValue.literal(bool.toString());
        if (text != null) return DefaultValue.literal(text);
        return DefaultValue.literal(date);
    }

    static ColumnType type(String text, State s) {
        return LiquibaseTypes.parse(text, n -> s.enumType(n).isPresent())
                .orElseThrow(() -> new Unsupported("type " + text + " has no modelsync equivalent"));
    }

    private static Column with(Column c, boolean nullable, Optional<DefaultValue> def, boolean autoIncrement) {
        return new Column(c.name(), c.type(), nullable, def, autoIncrement, c.comment(), List.of());
    }

    private static Table table(State s, String name) {
        return s.table(name).orElseThrow(() -> new Unsupported("there is no table " + name + " at this point"));
    }

    private static Table tableWithIndex(State s, String index) {
        return s.tableWithIndex(index).orElseThrow(() -> new Unsupported("no table has an index " + index));
    }

    private static Column column(State s, String table, String column) {
        Table t = table(s, table);
        return t.column(column).orElseThrow(() -> new Unsupported("table " + table + " has no column " + column));
    }

    private static List<String> names(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    private static ForeignKey.Action action(String text) {
        if (text == null || text.isBlank()) return ForeignKey.Action.NO_ACTION;
        try {
            return ForeignKey.Action.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Unsupported("foreign key action " + text + " is not known");
        }
    }

    private static String required(String value, String attribute) {
        if (value == null || value.isBlank()) throw new Unsupported(attribute + " is missing (modelsync needs explicit names)");
        return value;
    }

    // ---- raw SQL -------------------------------------------------------------------------------

    private static final Pattern CREATE_TYPE = p("CREATE TYPE " + ID + " AS ENUM ?\\((.*)\\)");
    private static final Pattern ADD_VALUE = p("ALTER TYPE " + ID + " ADD VALUE (?:IF NOT EXISTS )?" + STR
            + "(?: (BEFORE|AFTER) " + STR + ")?");
    private static final Pattern DROP_TYPE = p("DROP TYPE (?:IF EXISTS )?" + ID);
    private static final Pattern RENAME_TYPE = p("ALTER TYPE " + ID + " RENAME TO " + ID);
    private static final Pattern ALTER_TYPE = p("ALTER TABLE " + ID + " ALTER COLUMN " + ID + " (?:SET DATA )?TYPE (.+?)(?: USING .+)?");
    private static final Pattern ADD_IDENTITY = p("ALTER TABLE " + ID + " ALTER COLUMN " + ID + " ADD GENERATED BY DEFAULT AS IDENTITY");
    private static final Pattern DROP_IDENTITY = p("ALTER TABLE " + ID + " ALTER COLUMN " + ID + " DROP IDENTITY(?: IF EXISTS)?");
    private static final Pattern COLUMN_DEFAULT = p("ALTER TABLE " + ID + " ALTER COLUMN " + ID + " (?:DROP DEFAULT|SET DEFAULT .+)");
    private static final Pattern RENAME_INDEX = p("ALTER INDEX (?:IF EXISTS )?" + ID + " RENAME TO " + ID);
    private static final Pattern MOVE_TABLE = p("ALTER TABLE " + ID + " SET SCHEMA ([A-Za-z_][A-Za-z0-9_$]*)");
    private static final Pattern MOVE_TYPE = p("ALTER TYPE " + ID + " SET SCHEMA ([A-Za-z_][A-Za-z0-9_$]*)");
    private static final Pattern RENAME_CONSTRAINT = p("ALTER TABLE " + ID + " RENAME CONSTRAINT " + ID + " TO " + ID);
    private static final Pattern CREATE_INDEX = p("CREATE (UNIQUE )?INDEX (?:CONCURRENTLY )?(?:IF NOT EXISTS )?" + ID + " ON " + ID
            + "(?: USING ([A-Za-z_]+))? ?\\(([^()]*)\\)(?: WHERE (.+))?");
    /** An index column: name, collation, operator class, order. */
    private static final Pattern INDEX_COLUMN = p(ID + "(?: COLLATE " + ID + ")?(?: (?!ASC\\b|DESC\\b)([A-Za-z_][A-Za-z0-9_]*))?"
            + "(?: (ASC|DESC))?");
    /** A schema for the tables of a model's {@code schema} option: the records hold tables only (schema.table). */
    private static final Pattern CREATE_SCHEMA = p("CREATE SCHEMA (?:IF NOT EXISTS )?" + ID);
    private static final Pattern DATA = Pattern.compile("^\\s*(SELECT|INSERT|UPDATE|DELETE)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** modelsync's MariaDB restatement of a column: {@code ALTER TABLE `t` MODIFY COLUMN `c` TYPE [NOT] NULL ...}. */
    private static final Pattern MARIADB_MODIFY = Pattern.compile("(?s)ALTER TABLE `((?:[^`]|``)+)` MODIFY COLUMN "
            + "`((?:[^`]|``)+)` (.+?) (?:NOT )?NULL(?: .*)?");

    /** modelsync's MariaDB form of an index: {@code CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX `i` ON `t` (`a`(10), `b` DESC)}. */
    private static final Pattern MARIADB_INDEX = Pattern.compile("(?s)\\s*CREATE (?:UNIQUE |(FULLTEXT|SPATIAL) )?INDEX `((?:[^`]|``)+)` ON "
            + "`((?:[^`]|``)+)` \\((.*)\\)\\s*");
    private static final Pattern MARIADB_INDEX_COLUMN = Pattern.compile("`((?:[^`]|``)+)`(?:\\((\\d{1,9})\\))?");

    /**
     * The MariaDB/MySQL forms the PostgreSQL statements do not show: a column's type, read from modelsync's
     * MODIFY COLUMN of the column there (the types that have such forms only), an index's prefix lengths and
     * FULLTEXT, read from its CREATE INDEX there, and a table's engine, character set and collation, read from
     * its ALTER TABLE there ({@link MariaDbSql#alterTableOptions}); any other MariaDB-only SQL changes nothing
     * modelsync records.
     */
    private static List<SchemaChange> mariaDbForms(List<String> statements, State s) {
        List<SchemaChange> out = new ArrayList<>();
        for (String st : statements) {
            Optional<SchemaChange.AlterTableOptions> options = MariaDbSql.readAlterTableOptions(st,
                    table -> s.table(table).map(Table::options));
            if (options.isPresent()) {
                out.add(options.get());
                continue;
            }
            Matcher ix = MARIADB_INDEX.matcher(st);
            if (ix.matches()) {
                out.addAll(mariaDbIndex(ix.group(3).replace("``", "`"), ix.group(2).replace("``", "`"), ix.group(4),
                        ix.group(1) == null ? "" : ix.group(1), s));
                continue;
            }
            Matcher m = MARIADB_MODIFY.matcher(st.trim());
            if (!m.matches()) continue;
            String table = m.group(1).replace("``", "`");
            Optional<Column> col = s.table(table).flatMap(t -> t.column(m.group(2).replace("``", "`")));
            if (col.isEmpty()) continue;
            ColumnType now = col.get().type();
            boolean hasForms = switch (now.kind()) {
                case INTEGER, BIGINT, SMALLINT, DECIMAL, REAL, DOUBLE, TEXT, BLOB, TIMESTAMPTZ -> true;
                default -> false;
            };
            ColumnType after = now.onMariaDb(m.group(3));
            if (hasForms && !after.equals(now)) out.add(new AlterColumnType(table, col.get().name(), now, after));
        }
        return out;
    }

    /** The index (made by the PostgreSQL statement before) with the prefix lengths and type its MariaDB form gives. */
    private static List<SchemaChange> mariaDbIndex(String table, String name, String columns, String type, State s) {
        Optional<Index> now = s.table(table).flatMap(t -> t.indexes().stream().filter(i -> i.name().equals(name)).findFirst());
        if (now.isEmpty()) return List.of();
        List<Index.IndexColumn> cols = new ArrayList<>();
        Matcher cm = MARIADB_INDEX_COLUMN.matcher(columns);
        for (Index.IndexColumn c : now.get().columns()) {
            if (!cm.find() || !cm.group(1).replace("``", "`").equals(c.name())) return List.of();
            cols.add(c.withLength(cm.group(2) == null ? 0 : Integer.parseInt(cm.group(2))));
        }
        Index after = now.get().with(name, cols).withType(type);
        if (after.equals(now.get())) return List.of();
        return List.of(new DropIndex(table, now.get()), new AddIndex(table, after));
    }

    private static List<SchemaChange> sql(RawSQLChange c, State s) {
        String dbms = c.getDbms();
        String text = stripComments(c.getSql() == null ? "" : c.getSql());
        List<String> statements = Boolean.FALSE.equals(c.isSplitStatements())
                ? (text.isBlank() ? List.of() : List.of(text.trim())) : OwnSql.split(text);
        if (!DatabaseList.definitionMatches(dbms, "postgresql", true)) {
            if (DatabaseList.definitionMatches(dbms, "mariadb", true) && !DatabaseList.definitionMatches(dbms, "h2", true)) {
                return mariaDbForms(statements, s);
            }
            if (!DatabaseList.definitionMatches(dbms, "h2", true)) return List.of(); // runs on neither database
            for (String st : statements) {
                if (!OwnSql.isH2Twin(st) && !DATA.matcher(st).matches() && !CREATE_SCHEMA.matcher(st).matches()) {
                    throw new Unsupported("H2-only SQL that modelsync does not know: " + abbreviate(st));
                }
            }
            return List.of(); // the H2 twin of a PostgreSQL change read elsewhere
        }
        if (!statements.isEmpty()) {
            Matcher m = RENAME_TYPE.matcher(statements.get(0));
            if (m.matches()) return replaceEnum(statements, s);
        }
        // later statements may use what earlier ones created: read them against the state as it
        // would be, then leave the state as it was (the caller applies what is returned)
        return s.tentatively(cur -> {
            List<SchemaChange> out = new ArrayList<>();
            for (String st : statements) {
                List<SchemaChange> cs = statement(st, cur);
                cur.apply(cs);
                out.addAll(cs);
            }
            return out;
        });
    }

    private static List<SchemaChange> statement(String st, State s) {
        Matcher m;
        List<SchemaChange> online = OnlineReader.statement(st, s);
        if (online != null) return online;
        if ((m = CREATE_TYPE.matcher(st)).matches()) {
            return List.of(new CreateEnum(new EnumType(ident(m.group(1)), literals(m.group(2)))));
        }
        if ((m = ADD_VALUE.matcher(st)).matches()) {
            String name = ident(m.group(1));
            EnumType before = s.enumType(name).orElseThrow(() -> new Unsupported("there is no enum type " + name));
            String v = m.group(2).replace("''", "'");
            if (before.values().contains(v)) return List.of();
            List<String> values = new ArrayList<>(before.values());
            if (m.group(3) == null) {
                values.add(v);
            } else {
                int at = values.indexOf(m.group(4).replace("''", "'"));
                if (at < 0) throw new Unsupported("enum " + name + " has no value " + m.group(4));
                values.add(m.group(3).equalsIgnoreCase("AFTER") ? at + 1 : at, v);
            }
            return List.of(new AddEnumValues(before, new EnumType(name, values)));
        }
        if ((m = DROP_TYPE.matcher(st)).matches()) {
            String name = ident(m.group(1));
            return List.of(new DropEnum(s.enumType(name).orElseThrow(() -> new Unsupported("there is no enum type " + name))));
        }
        if ((m = ALTER_TYPE.matcher(st)).matches()) {
            String table = ident(m.group(1));
            Column col = column(s, table, ident(m.group(2)));
            return List.of(new AlterColumnType(table, col.name(), col.type(), type(m.group(3), s)));
        }
        if ((m = ADD_IDENTITY.matcher(st)).matches()) {
            String table = ident(m.group(1));
            Column col = column(s, table, ident(m.group(2)));
            return List.of(new AlterAutoIncrement(table, with(col, col.nullable(), col.defaultValue(), true), true));
        }
        if ((m = DROP_IDENTITY.matcher(st)).matches()) {
            String table = ident(m.group(1));
            Column col = column(s, table, ident(m.group(2)));
            return List.of(new AlterAutoIncrement(table, with(col, col.nullable(), col.defaultValue(), false), false));
        }
        if ((m = RENAME_INDEX.matcher(st)).matches()) {
            String from = Table.baseNameOf(ident(m.group(1))); // an index of a table in a model's schema: schema."index"
            Table t = s.tableWithObject(from).orElseThrow(() -> new Unsupported("no table has an index " + from));
            return List.of(new RenameIndex(t.name(), from, ident(m.group(2))));
        }
        if ((m = MOVE_TYPE.matcher(st)).matches()) {
            String from = ident(m.group(1));
            String schema = m.group(2).toLowerCase(java.util.Locale.ROOT);
            EnumType type = s.enumType(from).orElseThrow(() -> new Unsupported("there is no enum type " + from));
            return List.of(new SchemaChange.MoveEnum(type, Table.qualified(SchemaNames.isDefault(schema) ? "" : schema,
                    Table.baseNameOf(from))));
        }
        if ((m = MOVE_TABLE.matcher(st)).matches()) { // to another schema: a rename across schemas
            String from = ident(m.group(1));
            String schema = m.group(2).toLowerCase(java.util.Locale.ROOT);
            s.table(from).orElseThrow(() -> new Unsupported("there is no table " + from));
            return List.of(new RenameTable(from, Table.qualified(SchemaNames.isDefault(schema) ? "" : schema,
                    Table.baseNameOf(from))));
        }
        if ((m = RENAME_CONSTRAINT.matcher(st)).matches()) {
            return List.of(new RenameIndex(ident(m.group(1)), ident(m.group(2)), ident(m.group(3))));
        }
        if ((m = CREATE_INDEX.matcher(st)).matches()) {
            List<Index.IndexColumn> cols = new ArrayList<>();
            for (String part : m.group(5).split(",")) {
                Matcher cm = INDEX_COLUMN.matcher(part);
                if (!cm.matches()) throw new Unsupported("index column " + part.trim() + " is an expression");
                cols.add(new Index.IndexColumn(ident(cm.group(1)), "DESC".equalsIgnoreCase(cm.group(4)),
                        cm.group(3) == null ? "" : cm.group(3).toLowerCase(java.util.Locale.ROOT),
                        cm.group(2) == null ? "" : ident(cm.group(2))));
            }
            String where = m.group(6) == null ? "" : m.group(6).trim();
            String method = m.group(4) == null ? "" : m.group(4).toLowerCase(java.util.Locale.ROOT);
            return List.of(new AddIndex(ident(m.group(3)), new Index(ident(m.group(2)), cols, m.group(1) != null, where,
                    method.equals("btree") ? "" : method)));
        }
        if (DATA.matcher(st).matches() || CREATE_SCHEMA.matcher(st).matches()) return List.of();
        throw new Unsupported("SQL that modelsync does not interpret: " + abbreviate(st));
    }

    /** Our PostgreSQL block for {@link ReplaceEnumValues}: rename old type, create new, convert columns, drop old. */
    private static List<SchemaChange> replaceEnum(List<String> statements, State s) {
        Matcher first = RENAME_TYPE.matcher(statements.get(0));
        first.matches();
        String name = ident(first.group(1));
        String old = Table.qualified(Table.schemaOf(name), ident(first.group(2))); // RENAME TO names no schema
        EnumType before = s.enumType(name).orElseThrow(() -> new Unsupported("there is no enum type " + name));
        EnumType after = null;
        List<ColumnRef> columns = new ArrayList<>();
        boolean dropped = false;
        for (String st : statements.subList(1, statements.size())) {
            Matcher m;
            if ((m = CREATE_TYPE.matcher(st)).matches() && ident(m.group(1)).equals(name)) {
                after = new EnumType(name, literals(m.group(2)));
            } else if ((m = ALTER_TYPE.matcher(st)).matches()) {
                columns.add(new ColumnRef(ident(m.group(1)), ident(m.group(2))));
            } else if ((m = DROP_TYPE.matcher(st)).matches() && ident(m.group(1)).equals(old)) {
                dropped = true;
            } else if (!COLUMN_DEFAULT.matcher(st).matches()) {
                throw new Unsupported("SQL that modelsync does not interpret: " + abbreviate(st));
            }
        }
        if (after == null || !dropped) throw new Unsupported("enum type " + name + " is renamed but not replaced");
        return List.of(new ReplaceEnumValues(before, after, columns));
    }

    private static List<String> literals(String list) {
        try {
            return OwnSql.parseLiterals(list);
        } catch (IllegalArgumentException e) {
            throw new Unsupported(e.getMessage());
        }
    }

    private static String stripComments(String sql) {
        return sql.lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
    }

    private static String abbreviate(String st) {
        String one = st.replaceAll("\\s+", " ").trim();
        return one.length() > 120 ? one.substring(0, 117) + "..." : one;
    }
}
