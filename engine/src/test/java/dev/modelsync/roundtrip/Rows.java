package dev.modelsync.roundtrip;

import dev.modelsync.db.Dialect;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows for the property tests: a few rows inserted into every table of a schema (referenced
 * tables first, foreign keys pointing at existing rows), a snapshot of every table by primary
 * key, and the check that every value of a kept column is still there after a step, following
 * renamed tables and columns.
 */
final class Rows {
    private static final int PER_TABLE = 2;
    private final LiveDb live;
    private int counter = 1;

    Rows(LiveDb live) {
        this.live = live;
    }

    /** Inserts rows into every table of {@code s}; returns how many went in. */
    int insert(Schema s) throws SQLException {
        int inserted = 0;
        for (Table t : referencedFirst(s)) {
            for (int r = 0; r < PER_TABLE; r++) {
                Optional<String> sql = insertStatement(s, t);
                if (sql.isEmpty()) break;
                try {
                    live.exec(sql.get());
                    inserted++;
                } catch (SQLException e) {
                    // two links of one junction may pick the same pair: only tables with foreign keys may refuse a row
                    if (t.foreignKeys().isEmpty()) throw new SQLException(sql.get() + ": " + e.getMessage(), e);
                }
            }
        }
        return inserted;
    }

    private Optional<String> insertStatement(Schema s, Table t) throws SQLException {
        List<String> cols = new ArrayList<>();
        List<String> vals = new ArrayList<>();
        int n = counter++;
        for (Column c : t.columns()) {
            if (c.autoIncrement()) continue;
            Optional<ForeignKey> fk = t.foreignKeys().stream().filter(f -> f.columns().size() == 1 && f.columns().get(0).equals(c.name()))
                    .findFirst();
            String v;
            if (fk.isPresent()) {
                List<String> keys = live.rows("SELECT " + q(fk.get().refColumns().get(0)) + " FROM " + q(fk.get().refTable()) + " ORDER BY 1");
                if (keys.isEmpty()) {
                    if (!c.nullable()) return Optional.empty();
                    v = "NULL";
                } else {
                    v = "'" + keys.get(Math.floorMod(n * (cols.size() + 3), keys.size())) + "'";
                }
            } else if (c.nullable() && n % 4 == 0) {
                v = "NULL";
            } else {
                v = literal(s, c.type(), n);
            }
            cols.add(q(c.name()));
            vals.add(v);
        }
        String into = "INSERT INTO " + q(t.name());
        return Optional.of(cols.isEmpty() ? into + " DEFAULT VALUES"
                : into + " (" + String.join(", ", cols) + ") VALUES (" + String.join(", ", vals) + ")");
    }

    private String literal(Schema s, ColumnType type, int n) {
        boolean pg = live.dialect() == Dialect.POSTGRESQL;
        boolean my = live.dialect() == Dialect.MARIADB; // MariaDB: plain literals (no typed ones, no time zones)
        return switch (type.kind()) {
            case VARCHAR, CHAR -> "'" + ("s" + n).substring(0, Math.min(type.length(), ("s" + n).length())) + "'";
            case TEXT -> "'text " + n + "'";
            case INTEGER, BIGINT, SMALLINT -> Integer.toString(n);
            case REAL, DOUBLE -> n + ".5";
            case DECIMAL -> (n % 10) + (type.scale() > 0 ? ".5" : "");
            case BOOLEAN -> n % 2 == 0 ? "TRUE" : "FALSE";
            case TIMESTAMPTZ -> my ? "'2024-01-" + (10 + n % 18) + " 10:00:00'"
                    : "TIMESTAMP WITH TIME ZONE '2024-01-" + (10 + n % 18) + " 10:00:00+00'";
            case DATE -> "DATE '2024-02-" + (10 + n % 18) + "'";
            case TIME -> "TIME '12:" + (10 + n % 50) + ":00'";
            case UUID -> String.format("'00000000-0000-4000-8000-%012d'", n);
            case ENUM -> {
                List<String> values = s.enumType(type.enumName()).map(EnumType::values).orElseThrow();
                yield "'" + values.get(n % values.size()).replace("'", "''") + "'";
            }
            case JSON, JSONB -> (pg || my ? "" : "JSON ") + "'{\"n\": " + n + "}'";
            case BLOB -> pg ? "decode('0a0b" + String.format("%02x", n % 256) + "', 'hex')" : "X'0a0b" + String.format("%02x", n % 256) + "'";
            case NATIVE -> throw new IllegalArgumentException("the generated models use no PostgreSQL-only type: " + type);
            case GEOMETRY -> throw new IllegalArgumentException("the generated models use no GEOMETRY type: " + type);
        };
    }

    private static List<Table> referencedFirst(Schema s) {
        Map<String, Table> byName = new LinkedHashMap<>();
        s.tables().forEach(t -> byName.put(t.name(), t));
        Set<String> done = new LinkedHashSet<>();
        for (Table t : s.tables()) visit(t, byName, done, new LinkedHashSet<>());
        return done.stream().map(byName::get).toList();
    }

    private static void visit(Table t, Map<String, Table> byName, Set<String> done, Set<String> path) {
        if (done.contains(t.name()) || !path.add(t.name())) return;
        for (ForeignKey fk : t.foreignKeys()) {
            Table ref = byName.get(fk.refTable());
            if (ref != null) visit(ref, byName, done, path);
        }
        done.add(t.name());
    }

    /** Every table's rows: table → primary key values → column → value. */
    record Snapshot(Map<String, Map<String, Map<String, String>>> tables) {
    }

    Snapshot snapshot(Schema s) throws SQLException {
        Map<String, Map<String, Map<String, String>>> tables = new TreeMap<>();
        for (Table t : s.tables()) {
            List<String> names = t.columns().stream().map(Column::name).toList();
            List<String> pk = t.primaryKey().orElseThrow(() -> new AssertionError(t.name() + " has no primary key")).columns();
            Map<String, Map<String, String>> rows = new TreeMap<>();
            for (String line : live.rows("SELECT " + names.stream().map(Rows::q).collect(Collectors.joining(", ")) + " FROM " + q(t.name()))) {
                String[] v = line.split("\\|", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < names.size(); i++) row.put(names.get(i), v[i]);
                rows.put(pk.stream().map(row::get).collect(Collectors.joining("|")), row);
            }
            tables.put(t.name(), rows);
        }
        return new Snapshot(tables);
    }

    /**
     * Every row of {@code before} whose table is kept in {@code after} (same name, or renamed by a
     * hint of {@code after}) still has each kept column's value.
     */
    static void assertKept(Snapshot before, Schema beforeSchema, Snapshot after, Schema afterSchema, String label) {
        for (Table old : beforeSchema.tables()) {
            Optional<Table> now = afterSchema.tables().stream().filter(t -> t.name().equals(old.name())
                    || beforeSchema.table(t.name()).isEmpty() && t.renamedFrom().contains(old.name())).findFirst();
            if (now.isEmpty()) continue;
            Map<String, String> columns = new HashMap<>();
            for (Column c : old.columns()) {
                now.get().columns().stream().filter(n -> n.name().equals(c.name())
                        || old.column(n.name()).isEmpty() && n.renamedFrom().contains(c.name()))
                        .findFirst().ifPresent(n -> columns.put(c.name(), n.name()));
            }
            Map<String, Map<String, String>> newRows = after.tables().get(now.get().name());
            before.tables().get(old.name()).forEach((key, row) -> {
                String where = label + ": row " + key + " of " + old.name() + " (now " + now.get().name() + ")";
                assertThat(newRows).as(where).containsKey(key);
                Map<String, String> newRow = newRows.get(key);
                columns.forEach((o, n) -> assertThat(normal(newRow.get(n))).as(where + ", column " + o + " (now " + n + ")")
                        .isEqualTo(normal(row.get(o))));
            });
        }
    }

    /** The same value written alike: numbers without trailing zeros, fixed-length text without its padding. */
    private static String normal(String v) {
        if (v == null) return null;
        if (v.matches("-?\\d+(\\.\\d+)?")) return new BigDecimal(v).stripTrailingZeros().toPlainString();
        return v.stripTrailing();
    }

    private static String q(String name) {
        return "\"" + name + "\"";
    }
}
