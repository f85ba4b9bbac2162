package dev.modelsync.changelog;

import dev.modelsync.diff.SchemaChange;
import dev.modelsync.diff.SchemaChange.*;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.ColumnType.Kind;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.ForeignKey.Action;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.Index.IndexColumn;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Schemas and change lists shared by the writer, replay and database tests. */
public final class Fixtures {
    public static final ColumnType INT = ColumnType.of(Kind.INTEGER);
    public static final ColumnType STRING = ColumnType.varchar(255);
    public static final EnumType STATUS = new EnumType("enum_Users_status", List.of("active", "blocked"));
    public static final EnumType ROLE = new EnumType("enum_UserProjects_role", List.of("admin", "developer"));

    private Fixtures() {
    }

    public static Column col(String name, ColumnType type, boolean nullable) {
        return Column.of(name, type, nullable);
    }

    public static Column col(String name, ColumnType type, boolean nullable, DefaultValue def) {
        return new Column(name, type, nullable, Optional.of(def), false, "", List.of());
    }

    public static Column id() {
        return new Column("id", INT, false, Optional.empty(), true, "", List.of());
    }

    public static Table table(String name, List<Column> cols, Optional<PrimaryKey> pk, List<UniqueConstraint> uniques) {
        return new Table(name, cols, pk, List.of(), uniques, List.of(), "", List.of());
    }

    /** Users: every column type and every kind of default; a mixed-case column name. */
    public static Table users() {
        List<Column> c = new ArrayList<>();
        c.add(id());
        c.add(col("name", STRING, false, DefaultValue.literal("it's me")));
        c.add(col("email", ColumnType.varchar(120), false));
        c.add(col("code", ColumnType.chars(3), true));
        c.add(col("bio", ColumnType.of(Kind.TEXT), true));
        c.add(col("visits", ColumnType.of(Kind.BIGINT), false, DefaultValue.literal("0")));
        c.add(col("rank", ColumnType.of(Kind.SMALLINT), true, DefaultValue.literal("-3")));
        c.add(col("ratio", ColumnType.of(Kind.REAL), true));
        c.add(col("score", ColumnType.of(Kind.DOUBLE), true, DefaultValue.literal("1.5")));
        c.add(col("balance", ColumnType.decimal(10, 2), false, DefaultValue.literal("0.00")));
        c.add(col("active", ColumnType.of(Kind.BOOLEAN), false, DefaultValue.literal("true")));
        c.add(col("birthday", ColumnType.of(Kind.DATE), true, DefaultValue.NOW));
        c.add(col("wakeUp", ColumnType.of(Kind.TIME), true, DefaultValue.NOW));
        c.add(col("token", ColumnType.of(Kind.UUID), false, DefaultValue.UUIDV4));
        c.add(col("prefs", ColumnType.of(Kind.JSON), true));
        c.add(col("meta", ColumnType.of(Kind.JSONB), true));
        c.add(col("avatar", ColumnType.of(Kind.BLOB), true));
        c.add(col("status", ColumnType.enumOf(STATUS.name()), false, DefaultValue.literal("active")));
        c.add(col("note", STRING, true, DefaultValue.sql("'x' || 'y'")));
        c.add(col("seenAt", ColumnType.timestamptz(3).onMariaDb("datetime(3)"), true)); // DATE(3) under sequelize7
        c.add(new Column("createdAt", ColumnType.of(Kind.TIMESTAMPTZ), false, Optional.of(DefaultValue.NOW), false,
                "when the row was made", List.of()));
        c.add(col("updatedAt", ColumnType.of(Kind.TIMESTAMPTZ), false, DefaultValue.NOW));
        return new Table("Users", c, Optional.of(new PrimaryKey("Users_pkey", List.of("id"))), List.of(),
                List.of(new UniqueConstraint("Users_email_key", List.of("email"))), List.of(), "people", List.of());
    }

    public static Table projects() {
        return table("Projects", List.of(id(), col("title", STRING, false), col("description", ColumnType.of(Kind.TEXT), true)),
                Optional.of(new PrimaryKey("Projects_pkey", List.of("id"))),
                List.of(new UniqueConstraint("Projects_title_key", List.of("title"))));
    }

    /** A junction whose primary key order differs from its column order. */
    public static Table userProjects() {
        return table("UserProjects", List.of(col("userId", INT, false), col("projectId", INT, false),
                        col("role", ColumnType.enumOf(ROLE.name()), true),
                        col("createdAt", ColumnType.of(Kind.TIMESTAMPTZ), false, DefaultValue.NOW)),
                Optional.of(new PrimaryKey("UserProjects_pkey", List.of("projectId", "userId"))), List.of());
    }

    public static ForeignKey fk(String name, String col, String ref, Action onDelete) {
        return new ForeignKey(name, List.of(col), ref, List.of("id"), onDelete, Action.CASCADE);
    }

    /** The first generation: enums, tables, foreign keys, indexes. */
    public static List<SchemaChange> initial() {
        return List.of(
                new CreateEnum(ROLE),
                new CreateEnum(STATUS),
                new CreateTable(projects()),
                new CreateTable(userProjects()),
                new CreateTable(users()),
                new AddUnique("UserProjects", new UniqueConstraint("UserProjects_userId_role_key", List.of("userId", "role"))),
                new AddIndex("UserProjects", new Index("user_projects_role", List.of(new IndexColumn("role", false),
                        new IndexColumn("createdAt", true)), false, "")),
                new AddIndex("Users", new Index("users_email_active", List.of(new IndexColumn("email", false)), true,
                        "\"active\" = true")),
                new AddForeignKey("UserProjects", fk("UserProjects_userId_fkey", "userId", "Users", Action.CASCADE)),
                new AddForeignKey("UserProjects", fk("UserProjects_projectId_fkey", "projectId", "Projects", Action.RESTRICT)));
    }

    /** Every other change kind, valid after {@link #initial()}. */
    public static List<SchemaChange> evolution() {
        Table users = users();
        Column name = users.column("name").orElseThrow();
        Column email = users.column("email").orElseThrow();
        Column visits = users.column("visits").orElseThrow();
        Column code = users.column("code").orElseThrow();
        Column rank = users.column("rank").orElseThrow();
        Column avatar = users.column("avatar").orElseThrow();
        Column ratio = users.column("ratio").orElseThrow();
        Table tags = table("Tags", List.of(col("label", STRING, false)), Optional.empty(), List.of());
        Column tagId = new Column("id", ColumnType.of(Kind.BIGINT), false, Optional.empty(), false, "", List.of());
        return List.of(
                new AddEnumValues(STATUS, new EnumType(STATUS.name(), List.of("pending", "active", "away", "blocked", "gone"))),
                new ReplaceEnumValues(ROLE, new EnumType(ROLE.name(), List.of("admin", "viewer")),
                        List.of(new ColumnRef("UserProjects", "role"))),
                new DropForeignKey("UserProjects", fk("UserProjects_projectId_fkey", "projectId", "Projects", Action.RESTRICT)),
                new RenameTable("Projects", "Workspaces"),
                new RenameColumn("UserProjects", "projectId", "workspaceId", INT),
                new RenameIndex("Workspaces", "Projects_pkey", "Workspaces_pkey"),
                new RenameIndex("UserProjects", "user_projects_role", "UserProjects_role_idx"),
                new DropIndex("Users", new Index("users_email_active", List.of(new IndexColumn("email", false)), true,
                        "\"active\" = true")),
                new DropUnique("Users", new UniqueConstraint("Users_email_key", List.of("email"))),
                new DropPrimaryKey("UserProjects", new PrimaryKey("UserProjects_pkey", List.of("projectId", "userId"))),
                new CreateTable(tags),
                new AddColumn("Users", new Column("nickname", ColumnType.varchar(40), true, Optional.of(DefaultValue.literal("anon")),
                        false, "", List.of())),
                new AddColumn("UserProjects", new Column("id", INT, false, Optional.empty(), true, "", List.of())),
                new AddColumn("Tags", tagId),
                new AlterColumnType("Users", "email", email.type(), ColumnType.varchar(500)),
                new AlterColumnType("Users", "visits", visits.type(), ColumnType.decimal(20, 0)),
                new AlterNullability("Users", new Column("code", code.type(), false, Optional.of(DefaultValue.literal("abc")),
                        false, "", List.of()), false),
                new AlterDefault("Users", new Column("code", code.type(), false, Optional.of(DefaultValue.literal("abc")),
                        false, "", List.of()), Optional.empty(), Optional.of(DefaultValue.literal("abc"))),
                new AlterNullability("Users", Column.of("name", STRING, true), true),
                new AlterDefault("Users", Column.of("name", STRING, true), name.defaultValue(), Optional.empty()),
                new AlterDefault("Users", col("rank", rank.type(), true, DefaultValue.literal("7")), rank.defaultValue(),
                        Optional.of(DefaultValue.literal("7"))),
                new AlterDefault("Users", col("ratio", ratio.type(), true, DefaultValue.sql("1 + 1")), Optional.empty(),
                        Optional.of(DefaultValue.sql("1 + 1"))),
                new AlterAutoIncrement("Tags", new Column("id", ColumnType.of(Kind.BIGINT), false, Optional.empty(), true, "",
                        List.of()), true),
                new AlterAutoIncrement("Users", new Column("id", INT, false, Optional.empty(), false, "", List.of()), false),
                new AlterTableComment("Users", "the people"),
                new AlterColumnComment("Users", "email", "where we write to"),
                new AlterTableOptions("Users", dev.modelsync.schema.TableOptions.NONE,
                        new dev.modelsync.schema.TableOptions("InnoDB", "latin1", "latin1_german1_ci", 0)),
                new AddPrimaryKey("UserProjects", new PrimaryKey("UserProjects_pkey", List.of("id"))),
                new AddPrimaryKey("Tags", new PrimaryKey("Tags_pkey", List.of("id"))),
                new AddUnique("UserProjects", new UniqueConstraint("UserProjects_userId_workspaceId_key",
                        List.of("userId", "workspaceId"))),
                new AddIndex("Users", new Index("Users_email_idx", List.of(new IndexColumn("email", true)), false, "")),
                new AddForeignKey("UserProjects", new ForeignKey("UserProjects_workspaceId_fkey", List.of("workspaceId"),
                        "Workspaces", List.of("id"), Action.SET_NULL, Action.NO_ACTION)),
                new DropColumn("Users", avatar),
                new DropColumn("Users", users.column("updatedAt").orElseThrow()),
                new DropTable(tags),
                new DropEnum(new EnumType("enum_Unused", List.of("x"))));
    }

    /** An enum created only to be dropped by {@link #evolution()}. */
    public static SchemaChange unusedEnum() {
        return new CreateEnum(new EnumType("enum_Unused", List.of("x")));
    }
}
