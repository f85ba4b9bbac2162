package dev.modelsync.diff;

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
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One line a person reads in logs and refusal messages, for example {@code create table Users},
 * {@code add column Users.email VARCHAR(255) NOT NULL}, {@code rename column Users.fullName → name}.
 */
public final class ChangeDescriber {
    private ChangeDescriber() {
    }

    public static String describe(SchemaChange change) {
        return change.accept(DESCRIBER);
    }

    private static final SchemaChange.Visitor<String> DESCRIBER = new SchemaChange.Visitor<>() {
        @Override
        public String visit(CreateEnum c) {
            return "create enum type " + c.type().name() + " " + values(c.type().values());
        }

        @Override
        public String visit(AddEnumValues c) {
            List<String> added = c.after().values().stream().filter(v -> !c.before().values().contains(v)).toList();
            return "add " + (added.size() == 1 ? "value " : "values ") + String.join(", ", added) + " to enum type "
                    + c.after().name();
        }

        @Override
        public String visit(ReplaceEnumValues c) {
            return "replace enum type " + c.after().name() + " " + values(c.before().values()) + " → "
                    + values(c.after().values()) + (c.removed().isEmpty() ? "" : ", removing " + String.join(", ", c.removed()));
        }

        @Override
        public String visit(DropEnum c) {
            return "drop enum type " + c.type().name();
        }

        @Override
        public String visit(SchemaChange.MoveEnum c) {
            return "move enum type " + c.type().name() + " → " + c.to();
        }

        @Override
        public String visit(CreateTable c) {
            return "create table " + c.table().name();
        }

        @Override
        public String visit(DropTable c) {
            return "drop table " + c.table().name();
        }

        @Override
        public String visit(RenameTable c) {
            boolean move = !dev.modelsync.schema.Table.schemaOf(c.from()).equals(dev.modelsync.schema.Table.schemaOf(c.to()));
            return (move ? "move table " : "rename table ") + c.from() + " → " + c.to();
        }

        @Override
        public String visit(AddColumn c) {
            return "add column " + c.table() + "." + column(c.column());
        }

        @Override
        public String visit(DropColumn c) {
            return "drop column " + c.table() + "." + c.column().name() + " " + c.column().type();
        }

        @Override
        public String visit(RenameColumn c) {
            return "rename column " + c.table() + "." + c.from() + " → " + c.to();
        }

        @Override
        public String visit(AlterColumnType c) {
            return "change type of " + c.table() + "." + c.column() + " " + c.from() + " → " + c.to();
        }

        @Override
        public String visit(AlterNullability c) {
            return (c.nullable() ? "drop NOT NULL from " : "set NOT NULL on ") + c.table() + "." + c.column().name();
        }

        @Override
        public String visit(AlterDefault c) {
            String col = c.table() + "." + c.column().name();
            if (c.to().isEmpty()) return "drop default of " + col;
            return "set default of " + col + " to " + c.to().get()
                    + c.from().map(f -> " (was " + f + ")").orElse("");
        }

        @Override
        public String visit(AlterAutoIncrement c) {
            return (c.autoIncrement() ? "make " : "stop ") + c.table() + "." + c.column().name()
                    + (c.autoIncrement() ? " auto-increment" : " auto-incrementing");
        }

        @Override
        public String visit(AddPrimaryKey c) {
            return "add primary key " + c.primaryKey().name() + " on " + c.table() + cols(c.primaryKey().columns());
        }

        @Override
        public String visit(DropPrimaryKey c) {
            return "drop primary key " + c.primaryKey().name() + " of " + c.table() + cols(c.primaryKey().columns());
        }

        @Override
        public String visit(AddForeignKey c) {
            return "add foreign key " + c.foreignKey().name() + " " + c.table() + fk(c.foreignKey());
        }

        @Override
        public String visit(DropForeignKey c) {
            return "drop foreign key " + c.foreignKey().name() + " of " + c.table();
        }

        @Override
        public String visit(AddUnique c) {
            return "add unique constraint " + c.unique().name() + " on " + c.table() + cols(c.unique().columns());
        }

        @Override
        public String visit(DropUnique c) {
            return "drop unique constraint " + c.unique().name() + " of " + c.table();
        }

        @Override
        public String visit(AddIndex c) {
            return "add " + (c.index().unique() ? "unique " : "") + "index " + c.index().name() + " on " + c.table()
                    + index(c.index());
        }

        @Override
        public String visit(DropIndex c) {
            return "drop index " + c.index().name() + " of " + c.table();
        }

        @Override
        public String visit(RenameIndex c) {
            return "rename constraint/index " + c.table() + "." + c.from() + " → " + c.to();
        }

        @Override
        public String visit(AlterTableComment c) {
            return c.comment().isEmpty() ? "drop comment of table " + c.table()
                    : "set comment of table " + c.table() + " to \"" + c.comment() + "\"";
        }

        @Override
        public String visit(AlterColumnComment c) {
            return c.comment().isEmpty() ? "drop comment of column " + c.table() + "." + c.column()
                    : "set comment of column " + c.table() + "." + c.column() + " to \"" + c.comment() + "\"";
        }

        @Override
        public String visit(SchemaChange.AlterTableOptions c) {
            List<String> parts = new java.util.ArrayList<>();
            if (c.engineChanged()) parts.add("engine " + option(c.from().engine()) + " → " + c.to().engine());
            if (c.charsetChanged()) {
                parts.add("charset " + option(c.from().charset()) + " → " + c.to().charset());
                parts.add("collate " + option(c.from().collate()) + " → " + option(c.to().collate()));
            }
            return "change table options of " + c.table() + " on MariaDB/MySQL: " + String.join(", ", parts)
                    + (c.charsetChanged() ? " (its text columns converted)" : "");
        }

        private static String option(String value) {
            return value.isEmpty() ? "(default)" : value;
        }
    };

    /** {@code email VARCHAR(255) NOT NULL DEFAULT 'x' AUTO_INCREMENT}. */
    static String column(Column c) {
        StringBuilder b = new StringBuilder(c.name()).append(' ').append(c.type());
        if (!c.nullable()) b.append(" NOT NULL");
        c.defaultValue().ifPresent(d -> b.append(" DEFAULT ").append(d));
        if (c.autoIncrement()) b.append(" AUTO_INCREMENT");
        return b.toString();
    }

    private static String fk(ForeignKey fk) {
        return cols(fk.columns()) + " → " + fk.refTable() + cols(fk.refColumns())
                + " ON DELETE " + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql()
                + (fk.deferrable() ? " " + fk.deferrability() : "");
    }

    private static String index(Index i) {
        return (i.type().isEmpty() ? "" : i.type() + " ") + (i.method().isEmpty() ? "" : "USING " + i.method() + " ") + dev.modelsync.schema.SchemaDump.columns(i)
                + (i.where().isEmpty() ? "" : " WHERE " + i.where());
    }

    private static String cols(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    private static String values(List<String> values) {
        return values.stream().collect(Collectors.joining(", ", "(", ")"));
    }
}
