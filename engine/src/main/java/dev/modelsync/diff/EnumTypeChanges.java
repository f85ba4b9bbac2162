package dev.modelsync.diff;

/** Which changes are about an enum type rather than a table ({@link SchemaChange#onEnumType}): one answer per kind. */
final class EnumTypeChanges implements SchemaChange.Visitor<Boolean> {
    static final EnumTypeChanges VISITOR = new EnumTypeChanges();

    private EnumTypeChanges() {
    }

    @Override
    public Boolean visit(SchemaChange.CreateEnum c) {
        return true;
    }

    @Override
    public Boolean visit(SchemaChange.AddEnumValues c) {
        return true;
    }

    @Override
    public Boolean visit(SchemaChange.ReplaceEnumValues c) {
        return true;
    }

    @Override
    public Boolean visit(SchemaChange.DropEnum c) {
        return true;
    }

    @Override
    public Boolean visit(SchemaChange.MoveEnum c) {
        return true;
    }

    @Override
    public Boolean visit(SchemaChange.CreateTable c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.DropTable c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.RenameTable c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.AddColumn c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.DropColumn c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.RenameColumn c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.AlterColumnType c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.AlterNullability c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.AlterDefault c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.AlterAutoIncrement c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.AddPrimaryKey c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.DropPrimaryKey c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.AddForeignKey c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.DropForeignKey c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.AddUnique c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.DropUnique c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.AddIndex c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.DropIndex c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.RenameIndex c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.AlterTableComment c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.AlterColumnComment c) {
        return false;
    }

    @Override
    public Boolean visit(SchemaChange.AlterTableOptions c) {
        return false;
    }
}
