package dev.modelsync.diff;

import dev.modelsync.diff.SchemaChange.*;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.UniqueConstraint;
import dev.modelsync.schema.TableOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.modelsync.diff.Tb.INT;
import static dev.modelsync.diff.Tb.STRING;
import static dev.modelsync.diff.Tb.table;
import static org.assertj.core.api.Assertions.assertThat;

class ChangeDescriberTest {
    private final java.util.Set<Class<?>> described = new java.util.HashSet<>();

    private String d(SchemaChange c) {
        described.add(c.getClass());
        String line = ChangeDescriber.describe(c);
        assertThat(line).doesNotContain("\n").isNotEqualTo(c.toString());
        return line;
    }

    @Test
    void oneLinePerChange() {
        EnumType e1 = new EnumType("enum_Users_status", List.of("on", "off"));
        EnumType e2 = new EnumType("enum_Users_status", List.of("on", "off", "away", "busy"));
        EnumType e3 = new EnumType("enum_Users_status", List.of("on"));
        Column email = new Column("email", STRING, false, Optional.of(DefaultValue.literal("a@b.c")), false, "", List.of());
        ForeignKey fk = new ForeignKey("Projects_ownerId_fkey", List.of("ownerId"), "Users", List.of("id"),
                ForeignKey.Action.SET_NULL, ForeignKey.Action.CASCADE);
        assertThat(d(new CreateEnum(e1))).isEqualTo("create enum type enum_Users_status (on, off)");
        assertThat(d(new AddEnumValues(e1, e2))).isEqualTo("add values away, busy to enum type enum_Users_status");
        assertThat(d(new ReplaceEnumValues(e1, e3, List.of()))).isEqualTo("replace enum type enum_Users_status (on, off) → (on), removing off");
        assertThat(d(new DropEnum(e1))).isEqualTo("drop enum type enum_Users_status");
        assertThat(d(new CreateTable(table("Users").id().build()))).isEqualTo("create table Users");
        assertThat(d(new DropTable(table("Users").id().build()))).isEqualTo("drop table Users");
        assertThat(d(new RenameTable("Users", "People"))).isEqualTo("rename table Users → People");
        assertThat(d(new RenameTable("audit.Users", "Users"))).isEqualTo("move table audit.Users → Users");
        assertThat(d(new MoveEnum(new EnumType("audit.enum_Users_status", List.of("on")), "enum_Users_status")))
                .isEqualTo("move enum type audit.enum_Users_status → enum_Users_status");
        assertThat(d(new AddColumn("Users", Column.of("email", STRING, false)))).isEqualTo("add column Users.email VARCHAR(255) NOT NULL");
        assertThat(d(new AddColumn("Users", email))).isEqualTo("add column Users.email VARCHAR(255) NOT NULL DEFAULT 'a@b.c'");
        assertThat(d(new DropColumn("Users", email))).isEqualTo("drop column Users.email VARCHAR(255)");
        assertThat(d(new RenameColumn("Users", "fullName", "name", STRING))).isEqualTo("rename column Users.fullName → name");
        assertThat(d(new AlterColumnType("Users", "age", INT, ColumnType.of(ColumnType.Kind.BIGINT)))).isEqualTo("change type of Users.age INTEGER → BIGINT");
        assertThat(d(new AlterNullability("Users", email, false))).isEqualTo("set NOT NULL on Users.email");
        assertThat(d(new AlterNullability("Users", email, true))).isEqualTo("drop NOT NULL from Users.email");
        assertThat(d(new AlterDefault("Users", email, Optional.of(DefaultValue.literal("x")), Optional.of(DefaultValue.NOW))))
                .isEqualTo("set default of Users.email to NOW (was 'x')");
        assertThat(d(new AlterDefault("Users", email, Optional.of(DefaultValue.literal("x")), Optional.empty()))).isEqualTo("drop default of Users.email");
        assertThat(d(new AlterAutoIncrement("Users", email, true))).isEqualTo("make Users.email auto-increment");
        assertThat(d(new AddPrimaryKey("Users", new PrimaryKey("Users_pkey", List.of("id"))))).isEqualTo("add primary key Users_pkey on Users(id)");
        assertThat(d(new DropPrimaryKey("Users", new PrimaryKey("Users_pkey", List.of("a", "b"))))).isEqualTo("drop primary key Users_pkey of Users(a, b)");
        assertThat(d(new AddForeignKey("Projects", fk))).isEqualTo(
                "add foreign key Projects_ownerId_fkey Projects(ownerId) → Users(id) ON DELETE SET NULL ON UPDATE CASCADE");
        assertThat(d(new DropForeignKey("Projects", fk))).isEqualTo("drop foreign key Projects_ownerId_fkey of Projects");
        assertThat(d(new AddUnique("Users", new UniqueConstraint("Users_email_key", List.of("email"))))).isEqualTo("add unique constraint Users_email_key on Users(email)");
        assertThat(d(new DropUnique("Users", new UniqueConstraint("Users_email_key", List.of("email"))))).isEqualTo("drop unique constraint Users_email_key of Users");
        Index idx = new Index("users_name", List.of(new Index.IndexColumn("name", true), new Index.IndexColumn("id", false)), false, "\"deletedAt\" IS NULL");
        assertThat(d(new AddIndex("Users", idx))).isEqualTo("add index users_name on Users(name DESC, id) WHERE \"deletedAt\" IS NULL");
        assertThat(d(new DropIndex("Users", idx))).isEqualTo("drop index users_name of Users");
        assertThat(d(new RenameIndex("People", "Users_pkey", "People_pkey"))).isEqualTo("rename constraint/index People.Users_pkey → People_pkey");
        assertThat(d(new AlterTableComment("Users", "people"))).isEqualTo("set comment of table Users to \"people\"");
        assertThat(d(new AlterTableComment("Users", ""))).isEqualTo("drop comment of table Users");
        assertThat(d(new AlterColumnComment("Users", "email", "contact"))).isEqualTo("set comment of column Users.email to \"contact\"");
        assertThat(d(new AlterColumnComment("Users", "email", ""))).isEqualTo("drop comment of column Users.email");
        assertThat(d(new AlterTableOptions("Users", new TableOptions("MyISAM", "utf8mb4", "utf8mb4_bin", 9),
                new TableOptions("InnoDB", "utf8mb4", "utf8mb4_bin", 9))))
                .isEqualTo("change table options of Users on MariaDB/MySQL: engine MyISAM → InnoDB");
        assertThat(d(new AlterTableOptions("Users", TableOptions.NONE, new TableOptions("", "latin1", "", 0))))
                .isEqualTo("change table options of Users on MariaDB/MySQL: charset (default) → latin1, collate (default) → (default)"
                        + " (its text columns converted)");
    }

    @Test
    void everyChangeKindHasItsOwnLine() {
        oneLinePerChange();
        assertThat(described).containsExactlyInAnyOrder(SchemaChange.class.getPermittedSubclasses());
    }
}
