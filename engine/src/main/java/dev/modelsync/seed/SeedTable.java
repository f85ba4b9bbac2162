package dev.modelsync.seed;

import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One physical table as seeding sees it: columns by index, keys, and enum values. */
public final class SeedTable {
    private final Table table;
    private final String name;
    private final Column[] columns;
    private final List<List<String>> enumValues;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[] pk;
    /** The single auto-increment primary-key column, -1 when none. */
    private final int autoPk;
    /** Unique column sets in the order: single columns by position, then composite ones. */
    private final List<int[]> uniques = new ArrayList<>();
    /** Columns some foreign key points at: their values are fetched for existing rows. */
    private final boolean[] referenced;
    /** Was the table empty when the run started (found by the planner). */
    private boolean emptyAtStart;

    SeedTable(Table table, Schema schema) {
        this.table = table;
        this.name = table.name();
        this.columns = table.columns().toArray(new Column[0]);
        this.enumValues = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            index.put(columns[i].name(), i);
            ColumnType t = columns[i].type();
            enumValues.add(t.kind() == ColumnType.Kind.ENUM
                    ? schema.enumType(t.enumName()).map(EnumType::values).orElse(List.of()) : List.of());
        }
        this.pk = table.primaryKey().map(p -> cols(p.columns())).orElse(new int[0]);
        this.autoPk = pk.length == 1 && columns[pk[0]].autoIncrement() ? pk[0] : -1;
        List<int[]> composite = new ArrayList<>();
        List<List<String>> sets = new ArrayList<>();
        for (UniqueConstraint u : table.uniques()) sets.add(u.columns());
        for (Index ix : table.indexes()) {
            if (ix.unique() && ix.where().isEmpty()) sets.add(ix.columns().stream().map(Index.IndexColumn::name).toList());
        }
        boolean[] single = new boolean[columns.length];
        for (List<String> s : sets) {
            int[] c = cols(s);
            if (c.length == 1) single[c[0]] = true;
            else if (c.length > 1) composite.add(c);
        }
        for (int i = 0; i < columns.length; i++) if (single[i]) uniques.add(new int[] {i});
        uniques.addAll(composite);
        this.referenced = new boolean[columns.length];
        for (int c : pk) referenced[c] = true;
        for (Table other : schema.tables()) {
            for (ForeignKey fk : other.foreignKeys()) {
                if (fk.refTable().equals(name)) {
                    for (String rc : fk.refColumns()) {
                        Integer i = index.get(rc);
                        if (i != null) referenced[i] = true;
                    }
                }
            }
        }
    }

    public Table table() {
        return table;
    }

    public String name() {
        return name;
    }

    /** How many columns the table has. */
    public int width() {
        return columns.length;
    }

    public Column column(int c) {
        return columns[c];
    }

    /** The values of an enum column (empty for other columns or when unknown). */
    public List<String> enumValues(int c) {
        return enumValues.get(c);
    }

    /** The primary-key columns (empty when none); callers do not change the array. */
    public int[] pk() {
        return pk;
    }

    /** The single auto-increment primary-key column, -1 when none. */
    public int autoPk() {
        return autoPk;
    }

    /** Unique column sets in the order: single columns by position, then composite ones. */
    public List<int[]> uniques() {
        return java.util.Collections.unmodifiableList(uniques);
    }

    /** Does a foreign key point at column {@code c} (its value is fetched for existing rows)? */
    public boolean referenced(int c) {
        return referenced[c];
    }

    /** Was the table empty when the run started (false until the planner has looked). */
    public boolean emptyAtStart() {
        return emptyAtStart;
    }

    public void emptyAtStart(boolean empty) {
        this.emptyAtStart = empty;
    }

    /** The column's index, -1 when the table has no such column. */
    public int col(String column) {
        Integer i = index.get(column);
        return i == null ? -1 : i;
    }

    private int[] cols(List<String> names) {
        int[] r = new int[names.size()];
        for (int i = 0; i < r.length; i++) {
            Integer c = index.get(names.get(i));
            if (c == null) return new int[0];
            r[i] = c;
        }
        return r;
    }
}
