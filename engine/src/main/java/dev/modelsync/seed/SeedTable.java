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
    final Table table;
    final String name;
    final Column[] columns;
    final List<List<String>> enumValues;
    final Map<String, Integer> index = new HashMap<>();
    final int[] pk;
    /** The single auto-increment primary-key column, -1 when none. */
    final int autoPk;
    /** Unique column sets in the order: single columns by position, then composite ones. */
    final List<int[]> uniques = new ArrayList<>();
    /** Columns some foreign key points at: their values are fetched for existing rows. */
    final boolean[] referenced;
    /** Was the table empty when the run started (filled by the planner). */
    boolean emptyAtStart;
    /** Index in the insertion order (filled by {@link TableOrder}). */
    int order;
    int component;

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

    int col(String column) {
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
