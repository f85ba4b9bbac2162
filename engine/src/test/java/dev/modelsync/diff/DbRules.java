package dev.modelsync.diff;

import dev.modelsync.diff.SchemaChange.AddColumn;
import dev.modelsync.diff.SchemaChange.AddForeignKey;
import dev.modelsync.diff.SchemaChange.AddPrimaryKey;
import dev.modelsync.diff.SchemaChange.AlterColumnType;
import dev.modelsync.diff.SchemaChange.CreateTable;
import dev.modelsync.diff.SchemaChange.DropColumn;
import dev.modelsync.diff.SchemaChange.DropEnum;
import dev.modelsync.diff.SchemaChange.DropIndex;
import dev.modelsync.diff.SchemaChange.DropPrimaryKey;
import dev.modelsync.diff.SchemaChange.DropTable;
import dev.modelsync.diff.SchemaChange.DropUnique;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Replays changes step by step and checks, before each one, what PostgreSQL and H2 would check:
 * a foreign key needs its columns and a key on the referenced columns; a table, column or key
 * cannot be dropped while a foreign key uses it; an enum type must exist before use and be
 * unused when dropped. Returns the final schema.
 */
final class DbRules {
    private DbRules() {
    }

    static Schema replay(Schema start, List<SchemaChange> changes) {
        Schema s = start;
        int i = 0;
        for (SchemaChange c : changes) {
            String problem = check(s, c);
            if (problem != null) {
                throw new AssertionError("step " + i + " \"" + ChangeDescriber.describe(c) + "\": " + problem
                        + "\nall steps:\n  " + String.join("\n  ", changes.stream().map(ChangeDescriber::describe).toList()));
            }
            s = SchemaChanges.apply(s, c);
            i++;
        }
        return s;
    }

    private static String check(Schema s, SchemaChange c) {
        if (c instanceof AddForeignKey a) {
            Table t = s.table(a.table()).orElse(null);
            if (t == null) return "no table " + a.table();
            for (String col : a.foreignKey().columns()) if (t.column(col).isEmpty()) return "no column " + col;
            Table ref = s.table(a.foreignKey().refTable()).orElse(null);
            if (ref == null) return "referenced table " + a.foreignKey().refTable() + " does not exist yet";
            for (String col : a.foreignKey().refColumns()) if (ref.column(col).isEmpty()) return "no referenced column " + col;
            if (!hasKey(ref, a.foreignKey().refColumns())) return "no primary key or unique on " + ref.name() + a.foreignKey().refColumns();
        } else if (c instanceof DropTable d) {
            for (Table t : s.tables()) {
                if (t.name().equals(d.table().name())) continue;
                for (ForeignKey fk : t.foreignKeys()) {
                    if (fk.refTable().equals(d.table().name())) return "foreign key " + fk.name() + " of " + t.name() + " still points at it";
                }
            }
        } else if (c instanceof DropColumn d) {
            for (Table t : s.tables()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    if (fk.refTable().equals(d.table()) && fk.refColumns().contains(d.column().name())) return "referenced by " + fk.name();
                    if (t.name().equals(d.table()) && fk.columns().contains(d.column().name())) return "used by " + fk.name();
                }
            }
        } else if (c instanceof DropPrimaryKey d) {
            return keyInUse(s, d.table(), d.primaryKey().columns());
        } else if (c instanceof DropUnique d) {
            return keyInUse(s, d.table(), d.unique().columns());
        } else if (c instanceof DropIndex d && d.index().unique()) {
            return keyInUse(s, d.table(), d.index().columns().stream().map(Index.IndexColumn::name).toList());
        } else if (c instanceof AddPrimaryKey a) {
            if (s.table(a.table()).flatMap(Table::primaryKey).isPresent()) return "table already has a primary key";
        } else if (c instanceof DropEnum d) {
            for (Table t : s.tables()) for (Column col : t.columns()) {
                if (col.type().kind() == ColumnType.Kind.ENUM && col.type().enumName().equals(d.type().name())) return "used by " + t.name() + "." + col.name();
            }
        } else if (c instanceof CreateTable ct) {
            for (Column col : ct.table().columns()) if (missingEnum(s, col.type())) return "enum " + col.type().enumName() + " missing";
        } else if (c instanceof AddColumn ac) {
            if (missingEnum(s, ac.column().type())) return "enum missing";
        } else if (c instanceof AlterColumnType at) {
            if (missingEnum(s, at.to())) return "enum missing";
        }
        return null;
    }

    private static boolean missingEnum(Schema s, ColumnType t) {
        return t.kind() == ColumnType.Kind.ENUM && s.enumType(t.enumName()).isEmpty();
    }

    private static String keyInUse(Schema s, String table, List<String> cols) {
        Set<String> key = new HashSet<>(cols);
        for (Table t : s.tables()) for (ForeignKey fk : t.foreignKeys()) {
            if (fk.refTable().equals(table) && new HashSet<>(fk.refColumns()).equals(key)) return "foreign key " + fk.name() + " of " + t.name() + " depends on it";
        }
        return null;
    }

    private static boolean hasKey(Table t, List<String> cols) {
        Set<String> key = new HashSet<>(cols);
        if (t.primaryKey().filter(p -> new HashSet<>(p.columns()).equals(key)).isPresent()) return true;
        if (t.uniques().stream().anyMatch(u -> new HashSet<>(u.columns()).equals(key))) return true;
        return t.indexes().stream().anyMatch(i -> i.unique() && i.where().isEmpty()
                && new HashSet<>(i.columns().stream().map(Index.IndexColumn::name).toList()).equals(key));
    }
}
