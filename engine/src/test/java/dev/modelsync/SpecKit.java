package dev.modelsync;

import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SPEC conformance tests' toolkit: a temporary project (model and seed files as a user writes
 * them), the facade over it, and catalog reads by plain SQL (information_schema, pg_catalog), so
 * the assertions do not go through the engine's own inspector.
 */
final class SpecKit implements AutoCloseable {
    final Path dir;
    final TestDatabase db;
    private Connection connection;

    private SpecKit(Path dir, TestDatabase db) {
        this.dir = dir;
        this.db = db;
    }

    /** A project without a database (generate only). */
    static SpecKit project() {
        return new SpecKit(tempDir(), null);
    }

    /** A project with a fresh database of the dialect. */
    static SpecKit project(Dialect dialect) {
        Path dir = tempDir();
        return new SpecKit(dir, TestDatabase.create(dialect));
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("spec");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SpecKit model(String relative, String yaml) {
        return write("src/main/models/" + relative, yaml);
    }

    SpecKit seed(String relative, String yaml) {
        return write("src/test/seeds/" + relative, yaml);
    }

    SpecKit write(String relative, String text) {
        try {
            Path p = dir.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    SpecKit delete(String relative) {
        try {
            Files.deleteIfExists(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ModelSync ms() {
        return ms(false);
    }

    ModelSync ms(boolean allowDestructive) {
        return ms(allowDestructive, line -> { });
    }

    /** The facade, its log lines going to {@code log}. */
    ModelSync ms(boolean allowDestructive, java.util.function.Consumer<String> log) {
        ModelSync.Builder b = ModelSync.configure().baseDir(dir).allowDestructive(allowDestructive).log(log);
        if (db != null) b.url(db.url()).username(db.user()).password(db.password());
        return b.load();
    }

    /** The facade with another seed directory (relative to the project). */
    ModelSync withSeeds(String seedDirectory) {
        ModelSync.Builder b = ModelSync.configure().baseDir(dir).seedDirectory(java.nio.file.Path.of(seedDirectory));
        if (db != null) b.url(db.url()).username(db.user()).password(db.password());
        return b.load();
    }

    /** Every row of a table as "a|b|c", ordered by the given SQL expression. */
    List<String> dump(String table, String columns, String orderBy) {
        return rows("SELECT " + columns + " FROM \"" + table + "\" ORDER BY " + orderBy);
    }

    Dialect dialect() {
        return db.dialect();
    }

    boolean pg() {
        return db.dialect() == Dialect.POSTGRESQL;
    }

    Connection c() {
        try {
            if (connection == null) connection = db.connect();
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> rows(String sql) {
        List<String> out = new ArrayList<>();
        try (Statement s = c().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    if (i > 1) b.append('|');
                    b.append(rs.getString(i));
                }
                out.add(b.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return out;
    }

    String one(String sql) {
        List<String> r = rows(sql);
        if (r.size() != 1) throw new AssertionError("expected one row from " + sql + " but got " + r);
        return r.get(0);
    }

    void exec(String... sql) throws SQLException {
        try (Statement s = c().createStatement()) {
            for (String q : sql) s.execute(q);
        }
    }

    String schema() {
        return switch (db.dialect()) {
            case POSTGRESQL -> "public";
            case H2 -> "PUBLIC";
            case MARIADB -> {
                try {
                    yield c().getCatalog();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    List<String> tables() {
        return rows("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema()
                + "' AND table_type IN ('BASE TABLE', 'TABLE') AND table_name NOT LIKE 'DATABASECHANGELOG%'"
                + " AND table_name NOT LIKE 'databasechangelog%' ORDER BY table_name");
    }

    /** Column names in ordinal order. */
    List<String> columnNames(String table) {
        return rows("SELECT column_name FROM information_schema.columns WHERE table_schema = '" + schema()
                + "' AND table_name = '" + table + "' ORDER BY ordinal_position");
    }

    /**
     * The column's type as the catalog spells it, with length / precision: {@code character varying(255)},
     * {@code numeric(10,2)}; for enums the type (PostgreSQL) or domain (H2) name.
     */
    String type(String table, String column) {
        if (db.dialect() == Dialect.MARIADB) {
            return one("SELECT column_type FROM information_schema.columns WHERE table_schema = '" + schema()
                    + "' AND table_name = '" + table + "' AND column_name = '" + column + "'").toLowerCase();
        }
        String row = one("SELECT data_type, character_maximum_length, numeric_precision, numeric_scale, "
                + (pg() ? "udt_name" : "domain_name") + " FROM information_schema.columns WHERE table_schema = '"
                + schema() + "' AND table_name = '" + table + "' AND column_name = '" + column + "'");
        String[] f = row.split("\\|", -1);
        String t = f[0].toLowerCase();
        if (t.equals("user-defined") || t.equals("enum")) return t + " " + f[4];
        if (t.equals("character varying") || t.equals("character")) return t + "(" + f[1] + ")";
        if (t.equals("numeric")) return t + "(" + f[2] + "," + f[3] + ")";
        return t;
    }

    /**
     * A type as {@link #type} reads it on this database, given as PostgreSQL's information_schema spells it
     * ({@code character varying(255)}): on MariaDB/MySQL the column type the migrations write there
     * (docs/resolution.md, type table), with MariaDB's display widths.
     */
    String named(String standard) {
        if (db.dialect() != Dialect.MARIADB) return standard;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(character varying|character|numeric)\\((.*)\\)").matcher(standard);
        if (m.matches()) {
            return switch (m.group(1)) {
                case "character varying" -> "varchar(" + m.group(2) + ")";
                case "character" -> "char(" + m.group(2) + ")";
                default -> "decimal(" + m.group(2) + ")";
            };
        }
        return switch (standard) {
            case "integer" -> "int(11)";
            case "bigint" -> "bigint(20)";
            case "smallint" -> "smallint(6)";
            case "double precision", "real" -> "double";
            case "boolean" -> "tinyint(1)";
            case "timestamp with time zone" -> "datetime";
            case "time without time zone" -> "time";
            case "uuid" -> "char(36)";
            case "json", "jsonb" -> "longtext";
            case "bytea" -> "blob";
            default -> standard;
        };
    }

    /** How a true boolean expression reads: {@code t} (PostgreSQL), {@code TRUE} (H2), {@code 1} (MariaDB). */
    String truth() {
        return switch (db.dialect()) {
            case POSTGRESQL -> "t";
            case H2 -> "TRUE";
            case MARIADB -> "1";
        };
    }

    boolean nullable(String table, String column) {
        return "YES".equals(one("SELECT is_nullable FROM information_schema.columns WHERE table_schema = '" + schema()
                + "' AND table_name = '" + table + "' AND column_name = '" + column + "'"));
    }

    /** The column's default expression as the catalog reports it; null when it has none. */
    String columnDefault(String table, String column) {
        String sql = "SELECT column_default FROM information_schema.columns WHERE table_schema = '" + schema()
                + "' AND table_name = '" + table + "' AND column_name = '" + column + "'";
        try (Statement s = c().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) throw new AssertionError("no column " + table + "." + column);
            String v = rs.getString(1);
            return db.dialect() == Dialect.MARIADB && "NULL".equals(v) ? null : v; // MariaDB shows no default as NULL
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    boolean identity(String table, String column) {
        if (db.dialect() == Dialect.MARIADB) {
            return one("SELECT extra FROM information_schema.columns WHERE table_schema = '" + schema()
                    + "' AND table_name = '" + table + "' AND column_name = '" + column + "'").contains("auto_increment");
        }
        return "YES".equals(one("SELECT is_identity FROM information_schema.columns WHERE table_schema = '" + schema()
                + "' AND table_name = '" + table + "' AND column_name = '" + column + "'"))
                || (pg() && String.valueOf(columnDefault(table, column)).startsWith("nextval("));
    }

    /** name|type of each PRIMARY KEY, UNIQUE and FOREIGN KEY constraint, sorted by name. */
    List<String> constraints(String table) {
        if (db.dialect() == Dialect.MARIADB) { // every primary key is PRIMARY there: listed under the model's name
            return rows("SELECT CASE WHEN constraint_type = 'PRIMARY KEY' THEN CONCAT(table_name, '_pkey') ELSE constraint_name END"
                    + " AS n, constraint_type FROM information_schema.table_constraints WHERE table_schema = '" + schema()
                    + "' AND table_name = '" + table + "' AND constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') ORDER BY n");
        }
        return rows("SELECT constraint_name, constraint_type FROM information_schema.table_constraints WHERE table_schema = '"
                + schema() + "' AND table_name = '" + table + "' AND constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
                + " ORDER BY constraint_name");
    }

    /** Columns of a constraint, in key order. */
    List<String> keyColumns(String constraint) {
        if (db.dialect() == Dialect.MARIADB && constraint.endsWith("_pkey")) { // <table>_pkey: the table's PRIMARY
            String table = constraint.substring(0, constraint.length() - "_pkey".length());
            List<String> pk = rows("SELECT column_name FROM information_schema.key_column_usage WHERE constraint_schema = '"
                    + schema() + "' AND table_name = '" + table + "' AND constraint_name = 'PRIMARY' ORDER BY ordinal_position");
            if (!pk.isEmpty()) return pk;
        }
        return rows("SELECT column_name FROM information_schema.key_column_usage WHERE constraint_schema = '" + schema()
                + "' AND constraint_name = '" + constraint + "' ORDER BY ordinal_position");
    }

    /** An INSERT of one row of defaults ({@code DEFAULT VALUES} is not MariaDB's). */
    String insertDefaults(String table) {
        return db.dialect() == Dialect.MARIADB ? "INSERT INTO \"" + table + "\" () VALUES ()"
                : "INSERT INTO \"" + table + "\" DEFAULT VALUES";
    }

    /** The foreign key on {@code table(column)}: name|referenced table|referenced column|ON UPDATE|ON DELETE. */
    String foreignKey(String table, String column) {
        if (db.dialect() == Dialect.MARIADB) { // every unique constraint of a referenced table may be named PRIMARY there
            return one("SELECT rc.constraint_name, fk.referenced_table_name, fk.referenced_column_name, rc.update_rule,"
                    + " rc.delete_rule FROM information_schema.referential_constraints rc"
                    + " JOIN information_schema.key_column_usage fk ON fk.constraint_schema = rc.constraint_schema"
                    + "  AND fk.constraint_name = rc.constraint_name AND fk.table_name = rc.table_name"
                    + " WHERE rc.constraint_schema = '" + schema() + "' AND fk.table_name = '" + table
                    + "' AND fk.column_name = '" + column + "'");
        }
        return one("SELECT rc.constraint_name, pk.table_name, pk.column_name, rc.update_rule, rc.delete_rule"
                + " FROM information_schema.referential_constraints rc"
                + " JOIN information_schema.key_column_usage fk ON fk.constraint_schema = rc.constraint_schema"
                + "  AND fk.constraint_name = rc.constraint_name"
                + " JOIN information_schema.key_column_usage pk ON pk.constraint_schema = rc.unique_constraint_schema"
                + "  AND pk.constraint_name = rc.unique_constraint_name AND pk.ordinal_position = fk.ordinal_position"
                + " WHERE rc.constraint_schema = '" + schema() + "' AND fk.table_name = '" + table
                + "' AND fk.column_name = '" + column + "'");
    }

    /** Foreign key names, sorted as Java sorts strings (MariaDB's collation would ignore case). */
    List<String> foreignKeys(String table) {
        return rows("SELECT constraint_name FROM information_schema.table_constraints WHERE table_schema = '" + schema()
                + "' AND table_name = '" + table + "' AND constraint_type = 'FOREIGN KEY'").stream().sorted().toList();
    }

    List<String> enumValues(String name) {
        if (db.dialect() == Dialect.MARIADB) { // no enum types: the inline ENUM of the column the resolver named it for
            String type = one("SELECT column_type FROM information_schema.columns WHERE table_schema = '" + schema()
                    + "' AND CONCAT('enum_', table_name, '_', column_name) = '" + name + "'");
            List<String> out = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("'((?:[^']|'')*)'").matcher(type);
            while (m.find()) out.add(m.group(1).replace("''", "'"));
            return out;
        }
        if (pg()) {
            return rows("SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = '" + name
                    + "' ORDER BY e.enumsortorder");
        }
        return rows("SELECT v.value_name FROM information_schema.enum_values v WHERE v.object_schema = 'PUBLIC'"
                + " AND v.object_type = 'DOMAIN' AND v.object_name = '" + name + "' ORDER BY v.value_ordinal");
    }

    /** Index names of a table, sorted (MariaDB: also the primary key's and the unique constraints'). */
    List<String> indexes(String table) {
        return switch (db.dialect()) {
            case POSTGRESQL -> rows("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = '" + table
                    + "' ORDER BY 1");
            case H2 -> rows("SELECT index_name FROM information_schema.indexes WHERE table_schema = 'PUBLIC' AND table_name = '"
                    + table + "' ORDER BY 1");
            case MARIADB -> rows("SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_schema = '" + schema()
                    + "' AND table_name = '" + table + "' ORDER BY 1");
        };
    }

    int count(String table) {
        return Integer.parseInt(one("SELECT COUNT(*) FROM \"" + table + "\""));
    }

    int changelogRows() {
        return Integer.parseInt(one("SELECT COUNT(*) FROM DATABASECHANGELOG"));
    }

    String file(String relative) {
        try {
            return Files.readString(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> files(String relative) {
        try (Stream<Path> s = Files.list(dir.resolve(relative))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (connection != null) connection.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
        if (db != null) db.close();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
