package dev.modelsync.testing;

import dev.modelsync.db.Dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Minimal catalog reads for tests (the full inspector lives elsewhere). Rows as "a|b|c" strings. */
public final class TestCatalog {
    private final Connection c;
    private final Dialect dialect;

    public TestCatalog(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    public String schema() {
        return switch (dialect) {
            case H2 -> "PUBLIC";
            case POSTGRESQL -> "public";
            case MARIADB -> {
                try {
                    yield c.getCatalog();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /** The name a primary key has in the catalog: MariaDB/MySQL call every primary key PRIMARY. */
    public String primaryKeyName(String name) {
        return dialect == Dialect.MARIADB ? "PRIMARY" : name;
    }

    public List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    if (i > 1) b.append('|');
                    b.append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    public String one(String sql) throws SQLException {
        List<String> r = rows(sql);
        if (r.size() != 1) throw new AssertionError("expected one row from " + sql + " but got " + r);
        return r.get(0);
    }

    /** The tables, those outside the default schema as schema.table (in lower case, as models name the schema). */
    public List<String> tables() throws SQLException {
        String schemas = dialect == Dialect.MARIADB ? "table_schema = '" + schema() + "'"
                : "table_schema NOT IN ('pg_catalog', 'information_schema', 'INFORMATION_SCHEMA')";
        List<String> out = new ArrayList<>();
        for (String r : rows("SELECT table_schema, table_name FROM information_schema.tables WHERE " + schemas
                + " AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_schema, table_name")) {
            String[] st = r.split("\\|", 2);
            out.add(st[0].equals(schema()) ? st[1] : st[0].toLowerCase(java.util.Locale.ROOT) + "." + st[1]);
        }
        return out;
    }

    /** The catalog's schema of a table named schema.table (upper case on H2), else the default schema. */
    private String schemaOf(String table) {
        String s = dev.modelsync.schema.Table.schemaOf(table);
        return s.isEmpty() ? schema() : dialect == Dialect.H2 ? s.toUpperCase(java.util.Locale.ROOT) : s;
    }

    /** {@code table_schema = … AND table_name = …} for a table, qualified or not. */
    private String at(String table) {
        return "table_schema = '" + schemaOf(table) + "' AND table_name = '" + dev.modelsync.schema.Table.baseNameOf(table) + "'";
    }

    /** name|data type|nullable|default of each column. */
    public List<String> columns(String table) throws SQLException {
        String type = dialect == Dialect.MARIADB ? "column_type" : dialect == Dialect.POSTGRESQL ? "CASE WHEN data_type = 'USER-DEFINED' THEN udt_name ELSE data_type END"
                : "COALESCE(domain_name, data_type)";
        return rows("SELECT column_name, " + type + ", is_nullable, column_default FROM information_schema.columns"
                + " WHERE " + at(table) + " ORDER BY ordinal_position");
    }

    public String column(String table, String column) throws SQLException {
        return columns(table).stream().filter(r -> r.startsWith(column + "|")).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + table + "." + column));
    }

    /** The comment of a column, empty when none. */
    public String columnComment(String table, String column) throws SQLException {
        String sql = dialect == Dialect.MARIADB ? "SELECT COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '"
                + schema() + "' AND TABLE_NAME = '" + table + "' AND COLUMN_NAME = '" + column + "'"
                : dialect == Dialect.POSTGRESQL
                ? "SELECT col_description(('\"' || '" + table + "' || '\"')::regclass, a.attnum) FROM pg_attribute a WHERE a.attrelid = ('\"' || '"
                + table + "' || '\"')::regclass AND a.attname = '" + column + "'"
                : "SELECT REMARKS FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = '" + schema() + "' AND TABLE_NAME = '" + table
                + "' AND COLUMN_NAME = '" + column + "'";
        String v = one(sql);
        return v == null || v.equals("null") ? "" : v;
    }

    /** constraint name|type of each constraint (PRIMARY KEY, UNIQUE, FOREIGN KEY). */
    public List<String> constraints(String table) throws SQLException {
        return rows("SELECT constraint_name, constraint_type FROM information_schema.table_constraints WHERE " + at(table)
                + " AND constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
                + " ORDER BY constraint_name");
    }

    /** columns of a constraint in key order. */
    public List<String> keyColumns(String table, String constraint) throws SQLException {
        return rows("SELECT column_name FROM information_schema.key_column_usage WHERE constraint_schema = '" + schemaOf(table)
                + "' AND table_name = '" + dev.modelsync.schema.Table.baseNameOf(table) + "' AND constraint_name = '" + constraint
                + "' ORDER BY ordinal_position");
    }

    /** columns of a constraint in key order. */
    public List<String> keyColumns(String constraint) throws SQLException {
        return rows("SELECT column_name FROM information_schema.key_column_usage WHERE constraint_schema = '" + schema()
                + "' AND constraint_name = '" + constraint + "' ORDER BY ordinal_position");
    }

    /** update rule|delete rule of a foreign key. */
    public String fkRules(String constraint) throws SQLException {
        return one("SELECT update_rule, delete_rule FROM information_schema.referential_constraints WHERE constraint_schema = '"
                + schema() + "' AND constraint_name = '" + constraint + "'");
    }

    public List<String> indexes(String table) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            return rows("SELECT indexname FROM pg_indexes WHERE schemaname = '" + schemaOf(table) + "' AND tablename = '"
                    + dev.modelsync.schema.Table.baseNameOf(table) + "' ORDER BY 1");
        }
        if (dialect == Dialect.MARIADB) {
            return rows("SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_schema = '" + schema()
                    + "' AND table_name = '" + table + "' ORDER BY 1");
        }
        return rows("SELECT index_name FROM information_schema.indexes WHERE " + at(table) + " ORDER BY 1");
    }

    /** MariaDB/MySQL: the values of an inline enum column, in order. */
    public List<String> enumColumnValues(String table, String column) throws SQLException {
        String type = one("SELECT column_type FROM information_schema.columns WHERE table_schema = '" + schema()
                + "' AND table_name = '" + table + "' AND column_name = '" + column + "'");
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("'((?:[^']|'')*)'").matcher(type);
        while (m.find()) out.add(m.group(1).replace("''", "'"));
        return out;
    }

    /** the values of an enum type, in order. */
    public List<String> enumValues(String name) throws SQLException {
        if (dialect == Dialect.MARIADB) { // no enum types: the inline ENUM of the column the resolver named it for
            String type = one("SELECT column_type FROM information_schema.columns WHERE table_schema = '" + schema()
                    + "' AND CONCAT('enum_', table_name, '_', column_name) = '" + name + "'");
            List<String> out = new ArrayList<>();
            var m = java.util.regex.Pattern.compile("'((?:[^']|'')*)'").matcher(type);
            while (m.find()) out.add(m.group(1).replace("''", "'"));
            return out;
        }
        String in = dev.modelsync.schema.Table.schemaOf(name); // an enum type in a model's schema: audit.enum_Tags_state
        String base = dev.modelsync.schema.Table.baseNameOf(name);
        if (dialect == Dialect.POSTGRESQL) {
            return rows("SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid"
                    + " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typname = '" + base + "' AND n.nspname = '"
                    + (in.isEmpty() ? "public" : in) + "' ORDER BY e.enumsortorder");
        }
        return rows("SELECT v.value_name FROM information_schema.enum_values v WHERE v.object_schema = '"
                + (in.isEmpty() ? "PUBLIC" : in.toUpperCase(java.util.Locale.ROOT)) + "'"
                + " AND v.object_type = 'DOMAIN' AND v.object_name = '" + base + "' ORDER BY v.value_ordinal");
    }

    public boolean identity(String table, String column) throws SQLException {
        if (dialect == Dialect.MARIADB) {
            return one("SELECT extra FROM information_schema.columns WHERE table_schema = '" + schema()
                    + "' AND table_name = '" + table + "' AND column_name = '" + column + "'").contains("auto_increment");
        }
        return "YES".equals(one("SELECT is_identity FROM information_schema.columns WHERE table_schema = '" + schema()
                + "' AND table_name = '" + table + "' AND column_name = '" + column + "'"));
    }

    public int changelogRows() throws SQLException {
        return Integer.parseInt(one("SELECT COUNT(*) FROM DATABASECHANGELOG"));
    }

    public void exec(String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String q : sql) s.execute(q);
        }
    }
}
