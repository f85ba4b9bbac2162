package dev.modelsync.diff;

import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.TableOptions;
import dev.modelsync.schema.UniqueConstraint;

import java.util.List;
import java.util.Optional;

/**
 * One step from a recorded schema towards the desired one. Plain data: the differ produces
 * them in a safe order, {@code dev.modelsync.changelog} turns each into Liquibase changes, and
 * the destructive-change check classifies them: each consumer handles every kind of change
 * through a {@link Visitor}, never through a chain of {@code instanceof} tests.
 *
 * <p>{@link CreateTable} carries the table's columns, primary key and unique constraints;
 * its foreign keys and indexes come as separate {@link AddForeignKey} / {@link AddIndex}
 * steps so that every foreign key can follow the tables it needs.
 */
public sealed interface SchemaChange {

    /** The table this change is about (for enum changes: the enum type name). */
    String subject();

    /** Whether {@link #subject()} names an enum type rather than a table. */
    default boolean onEnumType() {
        return accept(EnumTypeChanges.VISITOR);
    }

    /** {@code visitor}'s method for this kind of change. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of change. Every consumer that treats each kind its own way (the changelog
     * writer, the replay, the describer, the destructive-change check ...) implements it, so a new kind
     * of change does not compile until each of them handles it.
     */
    interface Visitor<R> {
        R visit(CreateEnum c);

        R visit(AddEnumValues c);

        R visit(ReplaceEnumValues c);

        R visit(DropEnum c);

        R visit(MoveEnum c);

        R visit(CreateTable c);

        R visit(DropTable c);

        R visit(RenameTable c);

        R visit(AddColumn c);

        R visit(DropColumn c);

        R visit(RenameColumn c);

        R visit(AlterColumnType c);

        R visit(AlterNullability c);

        R visit(AlterDefault c);

        R visit(AlterAutoIncrement c);

        R visit(AddPrimaryKey c);

        R visit(DropPrimaryKey c);

        R visit(AddForeignKey c);

        R visit(DropForeignKey c);

        R visit(AddUnique c);

        R visit(DropUnique c);

        R visit(AddIndex c);

        R visit(DropIndex c);

        R visit(RenameIndex c);

        R visit(AlterTableComment c);

        R visit(AlterColumnComment c);

        R visit(AlterTableOptions c);
    }

    record CreateEnum(EnumType type) implements SchemaChange {
        public String subject() { return type.name(); }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    /** Adds values to an existing enum type; {@code after} is the type with the new values. */
    record AddEnumValues(EnumType before, EnumType after) implements SchemaChange {
        public String subject() { return after.name(); }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
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

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }

        /** Values of {@code before} that {@code after} no longer has, in their recorded order. */
        public List<String> removed() {
            return before.values().stream().filter(v -> !after.values().contains(v)).toList();
        }
    }

    /** A column named by its table, used by {@link ReplaceEnumValues}. */
    record ColumnRef(String table, String column) {
    }

    /**
     * Moves an enum type to another schema, with its values, as its table moves there ({@code to}: the type's qualified
     * name there, the same name within the schema); the columns of that type keep it.
     */
    record MoveEnum(EnumType type, String to) implements SchemaChange {
        public String subject() { return to; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    record DropEnum(EnumType type) implements SchemaChange {
        public String subject() { return type.name(); }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    /** Creates the table with columns, primary key and uniques; no foreign keys or indexes. */
    record CreateTable(Table table) implements SchemaChange {
        public String subject() { return table.name(); }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    /** Drops a table; {@code table} is the recorded definition (for messages and row counts). */
    record DropTable(Table table) implements SchemaChange {
        public String subject() { return table.name(); }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    record RenameTable(String from, String to) implements SchemaChange {
        public String subject() { return to; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    record AddColumn(String table, Column column) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    record DropColumn(String table, Column column) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    record RenameColumn(String table, String from, String to, ColumnType type) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    record AlterColumnType(String table, String column, ColumnType from, ColumnType to) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    /** NOT NULL added ({@code nullable == false}) or dropped; {@code column} is the desired column. */
    record AlterNullability(String table, Column column, boolean nullable) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    /** Default set, changed ({@code to} present) or dropped ({@code to} empty). */
    record AlterDefault(String table, Column column, Optional<DefaultValue> from, Optional<DefaultValue> to)
            implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    record AlterAutoIncrement(String table, Column column, boolean autoIncrement) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    record AddPrimaryKey(String table, PrimaryKey primaryKey) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    record DropPrimaryKey(String table, PrimaryKey primaryKey) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    record AddForeignKey(String table, ForeignKey foreignKey) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    record DropForeignKey(String table, ForeignKey foreignKey) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    record AddUnique(String table, UniqueConstraint unique) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    record DropUnique(String table, UniqueConstraint unique) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    record AddIndex(String table, Index index) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    record DropIndex(String table, Index index) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    /** Renames a constraint or index that followed a renamed table or column. */
    record RenameIndex(String table, String from, String to) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    /** Table comment changed. */
    record AlterTableComment(String table, String comment) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    /** Column comment changed (empty: dropped). */
    record AlterColumnComment(String table, String column, String comment) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * MariaDB/MySQL: the table's engine, character set or collation changed ({@code from}: as recorded, {@code to}: as
     * they are after the change; the initial AUTO_INCREMENT stays: it counts only when the table is created). Written for
     * mariadb,mysql only: no effect on PostgreSQL and H2.
     */
    record AlterTableOptions(String table, TableOptions from, TableOptions to) implements SchemaChange {
        public String subject() { return table; }

        public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }

        public boolean engineChanged() {
            return !to.engine().equalsIgnoreCase(from.engine());
        }

        /** Whether the character set or collation changes: every character column is then converted. */
        public boolean charsetChanged() {
            return !to.charset().equalsIgnoreCase(from.charset()) || !to.collate().equalsIgnoreCase(from.collate());
        }
    }

    /** Helper for callers that hold a list. */
    static List<SchemaChange> none() {
        return List.of();
    }
}
