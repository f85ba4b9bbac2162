package dev.modelsync.diff;

import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import java.util.List;
import java.util.Optional;

/**
 * One step from a recorded schema towards the desired one. Plain data: the differ produces
 * them in a safe order, {@code dev.modelsync.changelog} turns each into Liquibase changes, and
 * the destructive-change check classifies them.
 *
 * <p>{@link CreateTable} carries the table's columns, primary key and unique constraints;
 * its foreign keys and indexes come as separate {@link AddForeignKey} / {@link AddIndex}
 * steps so that every foreign key can follow the tables it needs.
 */
public sealed interface SchemaChange {

    /** The table this change is about (for enum changes: the enum type name). */
    String subject();

    record CreateEnum(EnumType type) implements SchemaChange {
        public String subject() { return type.name(); }
    }

    /** Adds values to an existing enum type; {@code after} is the type with the new values. */
    record AddEnumValues(EnumType before, EnumType after) implements SchemaChange {
        public String subject() { return after.name(); }
    }

    /**
     * Changes the values of an existing enum type in a way that cannot be done by adding values:
     * a value is removed (or existing values are reordered). Destructive: rows holding a removed
     * value cannot be converted. {@code columns} are the columns using the type, named as they
     * are when this change runs (before any rename of the same change list). Added by the differ;
     * PostgreSQL has no "drop value", so a writer replaces the type: rename the old
     * type, create the new one, convert each column {@code USING col::text::type}, drop the old.
     */
    record ReplaceEnumValues(EnumType before, EnumType after, List<ColumnRef> columns) implements SchemaChange {
        public ReplaceEnumValues {
            columns = List.copyOf(columns);
        }

        public String subject() { return after.name(); }

        /** Values of {@code before} that {@code after} no longer has, in their recorded order. */
        public List<String> removed() {
            return before.values().stream().filter(v -> !after.values().contains(v)).toList();
        }
    }

    /** A column named by its table, used by {@link ReplaceEnumValues}. */
    record ColumnRef(String table, String column) {
    }

    record DropEnum(EnumType type) implements SchemaChange {
        public String subject() { return type.name(); }
    }

    /** Creates the table with columns, primary key and uniques; no foreign keys or indexes. */
    record CreateTable(Table table) implements SchemaChange {
        public String subject() { return table.name(); }
    }

    /** Drops a table; {@code table} is the recorded definition (for messages and row counts). */
    record DropTable(Table table) implements SchemaChange {
        public String subject() { return table.name(); }
    }

    record RenameTable(String from, String to) implements SchemaChange {
        public String subject() { return to; }
    }

    record AddColumn(String table, Column column) implements SchemaChange {
        public String subject() { return table; }
    }

    record DropColumn(String table, Column column) implements SchemaChange {
        public String subject() { return table; }
    }

    record RenameColumn(String table, String from, String to, ColumnType type) implements SchemaChange {
        public String subject() { return table; }
    }

    record AlterColumnType(String table, String column, ColumnType from, ColumnType to) implements SchemaChange {
        public String subject() { return table; }
    }

    /** NOT NULL added ({@code nullable == false}) or dropped; {@code column} is the desired column. */
    record AlterNullability(String table, Column column, boolean nullable) implements SchemaChange {
        public String subject() { return table; }
    }

    /** Default set, changed ({@code to} present) or dropped ({@code to} empty). */
    record AlterDefault(String table, Column column, Optional<DefaultValue> from, Optional<DefaultValue> to)
            implements SchemaChange {
        public String subject() { return table; }
    }

    record AlterAutoIncrement(String table, Column column, boolean autoIncrement) implements SchemaChange {
        public String subject() { return table; }
    }

    record AddPrimaryKey(String table, PrimaryKey primaryKey) implements SchemaChange {
        public String subject() { return table; }
    }

    record DropPrimaryKey(String table, PrimaryKey primaryKey) implements SchemaChange {
        public String subject() { return table; }
    }

    record AddForeignKey(String table, ForeignKey foreignKey) implements SchemaChange {
        public String subject() { return table; }
    }

    record DropForeignKey(String table, ForeignKey foreignKey) implements SchemaChange {
        public String subject() { return table; }
    }

    record AddUnique(String table, UniqueConstraint unique) implements SchemaChange {
        public String subject() { return table; }
    }

    record DropUnique(String table, UniqueConstraint unique) implements SchemaChange {
        public String subject() { return table; }
    }

    record AddIndex(String table, Index index) implements SchemaChange {
        public String subject() { return table; }
    }

    record DropIndex(String table, Index index) implements SchemaChange {
        public String subject() { return table; }
    }

    /** Renames a constraint or index that followed a renamed table or column. */
    record RenameIndex(String table, String from, String to) implements SchemaChange {
        public String subject() { return table; }
    }

    /** Table comment changed. */
    record AlterTableComment(String table, String comment) implements SchemaChange {
        public String subject() { return table; }
    }

    /** Column comment changed (empty: dropped). */
    record AlterColumnComment(String table, String column, String comment) implements SchemaChange {
        public String subject() { return table; }
    }

    /** Helper for callers that hold a list. */
    static List<SchemaChange> none() {
        return List.of();
    }
}
