package dev.modelsync.diff;

import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.diff.SchemaChange.*;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.modelsync.diff.DifferTest.described;
import static dev.modelsync.diff.DifferTest.projects;
import static dev.modelsync.diff.DifferTest.roundTrip;
import static dev.modelsync.diff.DifferTest.users;
import static dev.modelsync.diff.Tb.INT;
import static dev.modelsync.diff.Tb.STRING;
import static dev.modelsync.diff.Tb.TEXT;
import static dev.modelsync.diff.Tb.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenameTest {

    private static Tb people() {
        return table("People").renamedFrom("Users").id().col("fullName", STRING, false).col("email", STRING)
                .unique("People_email_key", "email");
    }

    @Test
    void tableRenameKeepsRowsAndRenamesConstraintsThatFollowedIt() {
        Schema recorded = Tb.schema(users(), projects());
        Schema desired = Tb.schema(people(), table("Projects").id().col("title", STRING).col("ownerId", INT)
                .fk("Projects_ownerId_fkey", "ownerId", "People", "id"));
        List<SchemaChange> changes = roundTrip(recorded, desired);
        assertThat(described(changes)).containsExactly(
                "rename table Users → People",
                "rename constraint/index People.Users_email_key → People_email_key",
                "rename constraint/index People.Users_pkey → People_pkey");
    }

    /**
     * A table whose schema changed is moved (no hint needed), a foreign key into it following; two old tables of one
     * name in different schemas make the move ambiguous: then it is a drop and a create.
     */
    @Test
    void aChangedSchemaMovesTheTableUnlessAmbiguous() {
        Schema recorded = Tb.schema(table("audit.Tags").id().col("label", STRING),
                table("Notes").id().col("tagId", INT).fk("Notes_tagId_fkey", "tagId", "audit.Tags", "id"));
        Schema desired = Tb.schema(table("archive.Tags").id().col("label", STRING),
                table("Notes").id().col("tagId", INT).fk("Notes_tagId_fkey", "tagId", "archive.Tags", "id"));
        assertThat(described(roundTrip(recorded, desired))).containsExactly("move table audit.Tags → archive.Tags");
        assertThat(described(roundTrip(Tb.schema(table("Tags").id()), Tb.schema(table("archive.Tags").id()))))
                .containsExactly("move table Tags → archive.Tags");

        Schema two = Tb.schema(table("audit.Tags").id(), table("Tags").id());
        assertThat(described(roundTrip(two, Tb.schema(table("archive.Tags").id()), DiffOptions.ALLOW_DESTRUCTIVE)))
                .containsExactlyInAnyOrder("drop table audit.Tags", "drop table Tags", "create table archive.Tags");
    }

    @Test
    void hintIsIgnoredOnceTheRenameHasHappened() {
        Schema desired = Tb.schema(people(), table("Projects").id().col("title", STRING).col("ownerId", INT)
                .fk("Projects_ownerId_fkey", "ownerId", "People", "id"));
        assertThat(Differ.diff(desired, desired)).isEmpty();
        assertThat(Differ.diff(SchemaChanges.withoutHints(desired), desired)).isEmpty();
    }

    @Test
    void hintNamingATableThatNeverExistedIsIgnored() {
        Schema desired = Tb.schema(table("People").renamedFrom("Humans").id());
        assertThat(described(roundTrip(Schema.EMPTY, desired))).containsExactly("create table People");
    }

    @Test
    void columnRenameWithIndexAndForeignKeyOnIt() {
        Schema recorded = Tb.schema(users().index("users_full_name", false, "fullName"), projects());
        Schema desired = Tb.schema(
                table("Users").id().renamedCol("name", STRING, "fullName").col("email", STRING)
                        .unique("Users_email_key", "email").index("users_name", false, "name"),
                table("Projects").id().col("title", STRING).renamedCol("authorId", INT, "ownerId")
                        .fk("Projects_authorId_fkey", "authorId", "Users", "id"));
        // name is nullable in desired: the rename keeps the column, then NOT NULL is dropped
        List<SchemaChange> changes = roundTrip(recorded, desired);
        assertThat(described(changes)).containsExactly(
                "rename column Projects.ownerId → authorId",
                "rename column Users.fullName → name",
                "rename constraint/index Projects.Projects_ownerId_fkey → Projects_authorId_fkey",
                "rename constraint/index Users.users_full_name → users_name",
                "drop NOT NULL from Users.name");
        assertThat(changes.get(1)).isEqualTo(new RenameColumn("Users", "fullName", "name", STRING));
    }

    @Test
    void tableAndColumnRenamedTogetherWithForeignKeysPointingAtBoth() {
        Schema recorded = Tb.schema(
                table("Users").col("login", STRING, false).pk("Users_pkey", "login").col("email", STRING),
                table("Posts").id().col("author", STRING).fk("Posts_author_fkey", "author", "Users", "login"),
                table("Users2Roles").col("userLogin", STRING, false).col("role", STRING, false)
                        .pk("Users2Roles_pkey", "userLogin", "role")
                        .fk("Users2Roles_userLogin_fkey", "userLogin", "Users", "login"));
        Schema desired = Tb.schema(
                table("Accounts").renamedFrom("Users").col(new dev.modelsync.schema.Column("handle", STRING, false,
                        java.util.Optional.empty(), false, "", List.of("login"))).pk("Accounts_pkey", "handle").col("email", STRING),
                table("Posts").id().col("author", STRING).fk("Posts_author_fkey", "author", "Accounts", "handle"),
                table("Users2Roles").col("userLogin", STRING, false).col("role", STRING, false)
                        .pk("Users2Roles_pkey", "userLogin", "role")
                        .fk("Users2Roles_userLogin_fkey", "userLogin", "Accounts", "handle"));
        assertThat(described(roundTrip(recorded, desired))).containsExactly(
                "rename table Users → Accounts",
                "rename column Accounts.login → handle",
                "rename constraint/index Accounts.Users_pkey → Accounts_pkey");
    }

    @Test
    void columnsOfARenamedTableAreComparedWithTheOldTable() {
        Schema recorded = Tb.schema(users());
        Schema desired = Tb.schema(table("People").renamedFrom("Users").id().col("fullName", TEXT, false)
                .col("email", STRING).col("age", INT).unique("People_email_key", "email"));
        assertThat(described(roundTrip(recorded, desired))).containsExactly(
                "rename table Users → People",
                "rename constraint/index People.Users_email_key → People_email_key",
                "rename constraint/index People.Users_pkey → People_pkey",
                "add column People.age INTEGER",
                "change type of People.fullName VARCHAR(255) → TEXT");
    }

    @Test
    void renamedTableWithEnumColumnGetsTheNewlyNamedEnumType() {
        EnumType old = new EnumType("enum_Users_status", List.of("a", "b"));
        EnumType neu = new EnumType("enum_People_status", List.of("a", "b"));
        Schema recorded = Tb.schema(List.of(old), table("Users").id().col("status", ColumnType.enumOf(old.name())));
        Schema desired = Tb.schema(List.of(neu), table("People").renamedFrom("Users").id()
                .col("status", ColumnType.enumOf(neu.name())));
        List<SchemaChange> changes = roundTrip(recorded, desired);
        assertThat(described(changes)).containsExactly(
                "create enum type enum_People_status (a, b)",
                "rename table Users → People",
                "rename constraint/index People.Users_pkey → People_pkey",
                "change type of People.status ENUM enum_Users_status → ENUM enum_People_status",
                "drop enum type enum_Users_status");
        assertThat(DestructiveCheck.findings(changes, recorded)).isEmpty();
    }

    @Test
    void oldNameCanBeReusedByANewTable() {
        Schema recorded = Tb.schema(users());
        Schema desired = Tb.schema(people(), table("Users").id().col("login", STRING));
        assertThat(described(roundTrip(recorded, desired))).containsExactly(
                "rename table Users → People",
                "rename constraint/index People.Users_email_key → People_email_key",
                "rename constraint/index People.Users_pkey → People_pkey",
                "create table Users");
    }

    @Test
    void unannouncedColumnRenameIsRefusedWithTheFix() {
        Schema recorded = Tb.schema(users());
        Schema desired = Tb.schema(table("Users").id().col("name", STRING, false).col("email", STRING)
                .unique("Users_email_key", "email"));
        assertThatThrownBy(() -> Differ.diff(recorded, desired))
                .isInstanceOf(ModelSyncException.class)
                .hasMessageContaining("Users.fullName would be dropped and Users.name added (both VARCHAR(255)). "
                        + "If this is a rename, add `renamedFrom: fullName` to attribute name; if not, allow destructive changes (option allowDestructive=true).");
        assertThat(described(roundTrip(recorded, desired, DiffOptions.ALLOW_DESTRUCTIVE))).containsExactly(
                "drop column Users.fullName VARCHAR(255)", "add column Users.name VARCHAR(255) NOT NULL");
    }

    @Test
    void dropAndAddOfDifferentTypesIsNoRename() {
        Schema recorded = Tb.schema(users());
        Schema desired = Tb.schema(table("Users").id().col("age", INT).col("email", STRING)
                .unique("Users_email_key", "email"));
        assertThat(described(Differ.diff(recorded, desired))).containsExactly(
                "drop column Users.fullName VARCHAR(255)", "add column Users.age INTEGER");
    }

    @Test
    void unannouncedTableRenameIsRefusedWithTheFix() {
        Schema recorded = Tb.schema(users());
        Schema desired = Tb.schema(table("People").id().col("fullName", STRING, false).col("email", STRING)
                .unique("People_email_key", "email"));
        assertThatThrownBy(() -> Differ.diff(recorded, desired))
                .isInstanceOf(ModelSyncException.class)
                .hasMessageContaining("Table Users would be dropped and table People created")
                .hasMessageContaining("add `renamedFrom: Users` to the model of table People")
                .hasMessageContaining("allow destructive changes (option allowDestructive=true)");
        assertThat(described(roundTrip(recorded, desired, DiffOptions.ALLOW_DESTRUCTIVE)))
                .containsExactly("drop table Users", "create table People");
    }

    @Test
    void severalSuspiciousPairsAreAllListed() {
        Schema recorded = Tb.schema(table("T").id().col("a", INT).col("b", STRING));
        Schema desired = Tb.schema(table("T").id().col("c", INT).col("d", STRING));
        assertThatThrownBy(() -> Differ.diff(recorded, desired))
                .hasMessageContaining("T.a would be dropped and T.c added (both INTEGER)")
                .hasMessageContaining("T.b would be dropped and T.d added (both VARCHAR(255))");
    }

    @Test
    void ambiguousOrConflictingHintsAreRefused() {
        Schema recorded = Tb.schema(table("A").id(), table("B").id(), table("T").id().col("x", INT).col("y", INT));
        assertThatThrownBy(() -> Differ.diff(recorded, Tb.schema(table("C").renamedFrom("A", "B").id(),
                table("T").id().col("x", INT).col("y", INT))))
                .isInstanceOf(ModelSyncException.class)
                .hasMessageContaining("Table C is renamedFrom A and B");
        assertThatThrownBy(() -> Differ.diff(recorded, Tb.schema(table("C").renamedFrom("A").id(),
                table("D").renamedFrom("A").id(), table("B").id(), table("T").id().col("x", INT).col("y", INT))))
                .hasMessageContaining("Tables C and D are both renamedFrom A");
        assertThatThrownBy(() -> Differ.diff(recorded, Tb.schema(table("A").id(), table("B").id(),
                table("T").id().renamedCol("z", INT, "x", "y"))))
                .hasMessageContaining("Column T.z is renamedFrom x and y");
    }
}
