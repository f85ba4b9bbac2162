package dev.modelsync.diff;

import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.diff.SchemaChange.*;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.modelsync.diff.Tb.INT;
import static dev.modelsync.diff.Tb.STRING;
import static dev.modelsync.diff.Tb.TEXT;
import static dev.modelsync.diff.Tb.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaChangesTest {

    private static Schema usersAndProjects() {
        return Tb.schema(
                table("Users").id().col("fullName", STRING, false).col("email", STRING)
                        .unique("Users_email_key", "email").index("users_full_name", false, "fullName", "email"),
                table("Projects").id().col("title", STRING).col("ownerId", INT)
                        .fk("Projects_ownerId_fkey", "ownerId", "Users", "id"));
    }

    private static Table t(Schema s, String name) {
        return s.table(name).orElseThrow();
    }

    @Test
    void renameTableMovesForeignKeysOfOtherTables() {
        Schema s = SchemaChanges.apply(usersAndProjects(), List.of(new RenameTable("Users", "People")));

        assertThat(s.table("Users")).isEmpty();
        assertThat(t(s, "People").columns()).extracting(Column::name).containsExactly("id", "fullName", "email");
        assertThat(t(s, "People").primaryKey()).contains(new PrimaryKey("Users_pkey", List.of("id")));
        assertThat(t(s, "Projects").foreignKeys().get(0).refTable()).isEqualTo("People");
    }

    @Test
    void renameColumnUpdatesKeysIndexesAndReferencingForeignKeys() {
        Schema s = Tb.schema(
                table("Users").col("code", STRING, false).col("name", STRING).pk("Users_pkey", "code")
                        .unique("Users_code_name_key", "code", "name").index("users_code", true, "code"),
                table("Orders").id().col("userCode", STRING).fk("Orders_userCode_fkey", "userCode", "Users", "code"));
        Schema r = SchemaChanges.apply(s, List.of(new RenameColumn("Users", "code", "login", STRING),
                new RenameColumn("Orders", "userCode", "userLogin", STRING)));

        Table users = t(r, "Users");
        assertThat(users.primaryKey().orElseThrow().columns()).containsExactly("login");
        assertThat(users.uniques().get(0).columns()).containsExactly("login", "name");
        assertThat(users.indexes().get(0).columns()).containsExactly(new Index.IndexColumn("login", false));
        ForeignKey fk = t(r, "Orders").foreignKeys().get(0);
        assertThat(fk.columns()).containsExactly("userLogin");
        assertThat(fk.refColumns()).containsExactly("login");
        assertThat(fk.name()).isEqualTo("Orders_userCode_fkey");
    }

    @Test
    void selfReferencingForeignKeyFollowsColumnAndTableRename() {
        Schema s = Tb.schema(table("Nodes").id().col("parentId", INT).fk("Nodes_parentId_fkey", "parentId", "Nodes", "id"));
        Schema r = SchemaChanges.apply(s, List.of(new RenameTable("Nodes", "Trees"),
                new RenameColumn("Trees", "id", "key", INT)));
        ForeignKey fk = t(r, "Trees").foreignKeys().get(0);
        assertThat(fk.refTable()).isEqualTo("Trees");
        assertThat(fk.refColumns()).containsExactly("key");
    }

    @Test
    void dropColumnRemovesEverythingThatUsesIt() {
        Schema r = SchemaChanges.apply(usersAndProjects(), List.of(new DropColumn("Users", Column.of("email", STRING, true)),
                new DropColumn("Users", Column.of("id", INT, false))));
        Table users = t(r, "Users");
        assertThat(users.columns()).extracting(Column::name).containsExactly("fullName");
        assertThat(users.primaryKey()).isEmpty();
        assertThat(users.uniques()).isEmpty();
        assertThat(users.indexes()).isEmpty();
        assertThat(t(r, "Projects").foreignKeys()).isEmpty();
    }

    @Test
    void dropTableRemovesForeignKeysPointingAtIt() {
        Schema r = SchemaChanges.apply(usersAndProjects(), List.of(new DropTable(t(usersAndProjects(), "Users"))));
        assertThat(r.table("Users")).isEmpty();
        assertThat(t(r, "Projects").foreignKeys()).isEmpty();
    }

    @Test
    void renameIndexRenamesAnyKindOfConstraint() {
        Schema r = SchemaChanges.apply(usersAndProjects(), List.of(
                new RenameIndex("Users", "Users_pkey", "People_pkey"),
                new RenameIndex("Users", "Users_email_key", "People_email_key"),
                new RenameIndex("Users", "users_full_name", "people_full_name"),
                new RenameIndex("Projects", "Projects_ownerId_fkey", "Projects_owner_fkey")));
        assertThat(t(r, "Users").primaryKey().orElseThrow().name()).isEqualTo("People_pkey");
        assertThat(t(r, "Users").uniques().get(0).name()).isEqualTo("People_email_key");
        assertThat(t(r, "Users").indexes().get(0).name()).isEqualTo("people_full_name");
        assertThat(t(r, "Projects").foreignKeys().get(0).name()).isEqualTo("Projects_owner_fkey");
        assertThat(SchemaChanges.objectKind(t(r, "Users"), "people_full_name")).contains(SchemaChanges.ObjectKind.INDEX);
        assertThat(SchemaChanges.objectKind(t(r, "Projects"), "Projects_owner_fkey")).contains(SchemaChanges.ObjectKind.FOREIGN_KEY);
    }

    @Test
    void columnAlterationsAndKeys() {
        Column email = Column.of("email", STRING, true);
        Column emailNotNull = new Column("email", STRING, false, Optional.of(DefaultValue.literal("x")), false, "", List.of());
        Schema r = SchemaChanges.apply(usersAndProjects(), List.of(
                new AlterColumnType("Users", "email", STRING, TEXT),
                new AlterDefault("Users", emailNotNull, Optional.empty(), Optional.of(DefaultValue.literal("x"))),
                new AlterNullability("Users", emailNotNull, false),
                new AlterAutoIncrement("Users", Column.of("id", INT, false), false),
                new DropPrimaryKey("Users", new PrimaryKey("Users_pkey", List.of("id"))),
                new AddPrimaryKey("Users", new PrimaryKey("Users_pk2", List.of("email"))),
                new DropUnique("Users", new UniqueConstraint("Users_email_key", List.of("email"))),
                new AddUnique("Users", new UniqueConstraint("Users_full_key", List.of("fullName"))),
                new DropIndex("Users", t(usersAndProjects(), "Users").indexes().get(0)),
                new AddIndex("Users", new Index("i", List.of(new Index.IndexColumn("email", true)), false, "email <> ''")),
                new AlterTableComment("Users", "people")));
        Table users = t(r, "Users");
        Column e = users.column("email").orElseThrow();
        assertThat(e.type()).isEqualTo(TEXT);
        assertThat(e.nullable()).isFalse();
        assertThat(e.defaultValue()).contains(DefaultValue.literal("x"));
        assertThat(users.column("id").orElseThrow().autoIncrement()).isFalse();
        assertThat(users.primaryKey()).contains(new PrimaryKey("Users_pk2", List.of("email")));
        assertThat(users.uniques()).containsExactly(new UniqueConstraint("Users_full_key", List.of("fullName")));
        assertThat(users.indexes()).extracting(Index::name).containsExactly("i");
        assertThat(users.comment()).isEqualTo("people");
    }

    @Test
    void addPrimaryKeyMakesColumnsNotNull() {
        Schema s = Tb.schema(table("T").col("a", INT, true));
        Schema r = SchemaChanges.apply(s, new AddPrimaryKey("T", new PrimaryKey("T_pkey", List.of("a"))));
        assertThat(t(r, "T").column("a").orElseThrow().nullable()).isFalse();
    }

    @Test
    void enumsAndHintsOfAddedObjects() {
        EnumType e1 = new EnumType("enum_T_s", List.of("a", "b"));
        EnumType e2 = new EnumType("enum_T_s", List.of("a", "b", "c"));
        EnumType e3 = new EnumType("enum_T_s", List.of("a", "c"));
        Schema r = SchemaChanges.apply(Schema.EMPTY, List.of(new CreateEnum(e1), new AddEnumValues(e1, e2)));
        assertThat(r.enums()).containsExactly(e2);
        r = SchemaChanges.apply(r, new ReplaceEnumValues(e2, e3, List.of()));
        assertThat(r.enums()).containsExactly(e3);
        r = SchemaChanges.apply(r, List.of(new CreateTable(table("T").renamedFrom("Old").renamedCol("x", INT, "y").build()),
                new AddColumn("T", new Column("z", INT, true, Optional.empty(), false, "", List.of("w")))));
        assertThat(t(r, "T").renamedFrom()).isEmpty();
        assertThat(t(r, "T").columns()).allSatisfy(c -> assertThat(c.renamedFrom()).isEmpty());
        r = SchemaChanges.apply(r, new DropEnum(e3));
        assertThat(r.enums()).isEmpty();
    }

    @Test
    void changesThatDoNotFitAreRefusedWithTheirDescription() {
        assertThatThrownBy(() -> SchemaChanges.apply(usersAndProjects(), new RenameTable("Users", "Projects")))
                .isInstanceOf(ModelSyncException.class)
                .hasMessageContaining("rename table Users → Projects").hasMessageContaining("already exists");
        assertThatThrownBy(() -> SchemaChanges.apply(usersAndProjects(), new AddColumn("Nope", Column.of("a", INT, true))))
                .hasMessageContaining("there is no table Nope");
        assertThatThrownBy(() -> SchemaChanges.apply(usersAndProjects(),
                new AddUnique("Users", new UniqueConstraint("Users_pkey", List.of("email")))))
                .hasMessageContaining("already has a constraint or index named Users_pkey");
        assertThatThrownBy(() -> SchemaChanges.apply(usersAndProjects(),
                new AddForeignKey("Users", new ForeignKey("f", List.of("nope"), "Projects", List.of("id"),
                        ForeignKey.Action.CASCADE, ForeignKey.Action.CASCADE))))
                .hasMessageContaining("has no column nope");
        assertThatThrownBy(() -> SchemaChanges.apply(usersAndProjects(), new RenameIndex("Users", "nope", "x")))
                .hasMessageContaining("no constraint or index named nope");
    }

    @Test
    void aWorkingStateThatRefusesAListOfChangesKeepsItsEarlierContent() {
        SchemaChanges.State state = new SchemaChanges.State(usersAndProjects());
        state.apply(new AddColumn("Users", Column.of("nick", STRING, true)));

        // the first three fit (and touch two tables and an enum), the last does not
        EnumType mood = new EnumType("mood", List.of("ok"));
        List<SchemaChange> batch = List.of(new CreateEnum(mood), new RenameTable("Users", "People"),
                new DropColumn("Projects", Column.of("title", STRING, true)),
                new AddColumn("Nope", Column.of("a", INT, true)));
        assertThatThrownBy(() -> state.apply(batch))
                .isInstanceOf(ModelSyncException.class).hasMessageContaining("there is no table Nope");

        Schema expected = SchemaChanges.apply(usersAndProjects(), new AddColumn("Users", Column.of("nick", STRING, true)));
        assertThat(state.toSchema()).isEqualTo(expected);
        assertThat(state.table("People")).isEmpty();
        assertThat(state.enumType("mood")).isEmpty();
        assertThat(state.table("Projects").orElseThrow().foreignKeys().get(0).refTable()).isEqualTo("Users");

        // and it goes on working after the refusal
        state.apply(batch.subList(0, 3));
        assertThat(state.table("People").orElseThrow().column("nick")).isPresent();
        assertThat(state.table("Projects").orElseThrow().column("title")).isEmpty();
        assertThat(state.enumType("mood")).contains(mood);
    }

    @Test
    void tentativeChangesAreUndoneAfterwards() {
        SchemaChanges.State state = new SchemaChanges.State(usersAndProjects());
        Optional<Table> seen = state.tentatively(s -> {
            s.apply(new RenameTable("Users", "People"));
            s.apply(new AddIndex("People", new Index("people_email", List.of(new Index.IndexColumn("email", false)), false, "")));
            return s.tableWithIndex("people_email");
        });

        assertThat(seen.map(Table::name)).contains("People");
        assertThat(state.toSchema()).isEqualTo(usersAndProjects());
        assertThat(state.tableWithIndex("people_email")).isEmpty();
        assertThat(state.tableWithObject("Users_email_key").map(Table::name)).contains("Users");
    }
}
