package dev.modelsync.diff;

import dev.modelsync.diff.SchemaChange.*;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.modelsync.diff.Tb.BIGINT;
import static dev.modelsync.diff.Tb.DATE;
import static dev.modelsync.diff.Tb.INT;
import static dev.modelsync.diff.Tb.STRING;
import static dev.modelsync.diff.Tb.TEXT;
import static dev.modelsync.diff.Tb.table;
import static org.assertj.core.api.Assertions.assertThat;

class DifferTest {

    /** Diffs, replays under the database's rules, and checks the result equals desired and a second diff is empty. */
    static List<SchemaChange> roundTrip(Schema recorded, Schema desired) {
        return roundTrip(recorded, desired, DiffOptions.DEFAULT);
    }

    static List<SchemaChange> roundTrip(Schema recorded, Schema desired, DiffOptions options) {
        List<SchemaChange> changes = Differ.diff(recorded, desired, options);
        Schema after = DbRules.replay(recorded, changes);
        assertThat(Tb.normal(after)).isEqualTo(Tb.normal(desired));
        assertThat(Differ.diff(after, desired, options)).as("second diff").isEmpty();
        assertThat(Differ.diff(recorded, desired, options)).as("deterministic").isEqualTo(changes);
        return changes;
    }

    static List<String> described(List<SchemaChange> changes) {
        return changes.stream().map(ChangeDescriber::describe).toList();
    }

    static Tb users() {
        return table("Users").id().col("fullName", STRING, false).col("email", STRING)
                .unique("Users_email_key", "email");
    }

    static Tb projects() {
        return table("Projects").id().col("title", STRING).col("ownerId", INT)
                .fk("Projects_ownerId_fkey", "ownerId", "Users", "id");
    }

    @Test
    void fromEmptyCreatesTablesThenIndexesThenForeignKeys() {
        Schema desired = Tb.schema(projects().index("projects_title", false, "title"), users());
        List<SchemaChange> changes = roundTrip(Schema.EMPTY, desired);
        assertThat(described(changes)).containsExactly(
                "create table Projects",
                "create table Users",
                "add index projects_title on Projects(title)",
                "add foreign key Projects_ownerId_fkey Projects(ownerId) → Users(id) ON DELETE CASCADE ON UPDATE CASCADE");
        CreateTable users = (CreateTable) changes.get(1);
        assertThat(users.table().uniques()).extracting(u -> u.name()).containsExactly("Users_email_key");
        assertThat(users.table().primaryKey().orElseThrow().name()).isEqualTo("Users_pkey");
    }

    @Test
    void columnCommentsSetChangedAndDropped() {
        Schema recorded = Tb.schema(table("T").id().col(new Column("a", INT, true, Optional.empty(), false, "old", List.of()))
                .col(new Column("b", INT, true, Optional.empty(), false, "gone", List.of())).col("c", INT));
        Schema desired = Tb.schema(table("T").id().col(new Column("a", INT, true, Optional.empty(), false, "new", List.of()))
                .col("b", INT).col(new Column("c", INT, true, Optional.empty(), false, "it's \"c\"", List.of())));
        assertThat(described(roundTrip(recorded, desired))).containsExactly(
                "set comment of column T.a to \"new\"",
                "drop comment of column T.b",
                "set comment of column T.c to \"it's \"c\"\"");
    }

    @Test
    void mariaDbTableOptionsGivenByTheModelAreChanged() {
        Schema recorded = Tb.schema(table("T").id().options("MyISAM", "latin1", "latin1_swedish_ci", 1000),
                table("U").id().options("InnoDB", "utf8mb4", "utf8mb4_bin", 0), table("V").id());
        // T: every option; U: a collation alone (its character set follows); V: an engine where the database's applied
        Schema desired = Tb.schema(table("T").id().options("InnoDB", "utf8mb4", "", 5000),
                table("U").id().options("", "", "utf8mb4_unicode_ci", 0), table("V").id().options("Aria", "", "", 0));
        List<SchemaChange> changes = Differ.diff(recorded, desired);
        assertThat(described(changes)).containsExactly(
                "change table options of T on MariaDB/MySQL: engine MyISAM → InnoDB, charset latin1 → utf8mb4,"
                        + " collate latin1_swedish_ci → (default) (its text columns converted)",
                "change table options of U on MariaDB/MySQL: charset utf8mb4 → utf8mb4, collate utf8mb4_bin → utf8mb4_unicode_ci"
                        + " (its text columns converted)",
                "change table options of V on MariaDB/MySQL: engine (default) → Aria");
        // the initial AUTO_INCREMENT counts at creation only: it stays as recorded
        assertThat(changes).extracting(c -> ((AlterTableOptions) c).to()).containsExactly(
                new dev.modelsync.schema.TableOptions("InnoDB", "utf8mb4", "", 1000),
                new dev.modelsync.schema.TableOptions("InnoDB", "utf8mb4", "utf8mb4_unicode_ci", 0),
                new dev.modelsync.schema.TableOptions("Aria", "", "", 0));
        assertThat(Differ.diff(SchemaChanges.apply(recorded, changes), desired)).as("second diff").isEmpty();
    }

    @Test
    void mariaDbTableOptionsLeftOutOrTheInitialAutoIncrementChangeNothing() {
        Schema recorded = Tb.schema(table("T").id().options("MyISAM", "latin1", "latin1_swedish_ci", 1000));
        assertThat(Differ.diff(recorded, Tb.schema(table("T").id()))).isEmpty();
        assertThat(Differ.diff(recorded, Tb.schema(table("T").id().options("myisam", "LATIN1", "", 7)))).isEmpty();
    }

    @Test
    void sameSchemaGivesNoChanges() {
        Schema s = Tb.schema(users(), projects());
        assertThat(Differ.diff(s, s)).isEmpty();
    }

    @Test
    void columnsAddedAndAlteredInModelOrder() {
        Schema recorded = Tb.schema(users());
        Schema desired = Tb.schema(table("Users").id().col("fullName", STRING, true)
                .col(Tb.notNull("email", ColumnType.varchar(300), DefaultValue.literal("none")))
                .col("age", INT).col(Tb.notNull("createdAt", DATE, DefaultValue.NOW))
                .unique("Users_email_key", "email").comment("people"));
        List<SchemaChange> changes = roundTrip(recorded, desired);
        assertThat(described(changes)).containsExactly(
                "add column Users.age INTEGER",
                "add column Users.createdAt TIMESTAMPTZ NOT NULL DEFAULT NOW",
                "drop NOT NULL from Users.fullName",
                "change type of Users.email VARCHAR(255) → VARCHAR(300)",
                "set default of Users.email to 'none'",
                "set NOT NULL on Users.email",
                "set comment of table Users to \"people\"");
    }

    @Test
    void autoIncrementAndDefaultDropped() {
        Schema recorded = Tb.schema(table("T").id().col(Tb.notNull("n", INT, DefaultValue.literal("1"))));
        Schema desired = Tb.schema(table("T").col(Column.of("id", INT, false)).pk("T_pkey", "id").col("n", INT, false));
        assertThat(described(roundTrip(recorded, desired))).containsExactly(
                "stop T.id auto-incrementing", "drop default of T.n");
    }

    @Test
    void droppedTableLosesIncomingForeignKeysFirst() {
        Schema recorded = Tb.schema(users(), projects(),
                table("Tasks").id().col("projectId", INT).fk("Tasks_projectId_fkey", "projectId", "Projects", "id"));
        Schema desired = Tb.schema(table("Tasks").id());
        List<String> steps = described(roundTrip(recorded, desired, DiffOptions.ALLOW_DESTRUCTIVE));
        assertThat(steps).containsExactly(
                "drop foreign key Projects_ownerId_fkey of Projects",
                "drop foreign key Tasks_projectId_fkey of Tasks",
                "drop column Tasks.projectId INTEGER",
                "drop table Projects",
                "drop table Users");
    }

    @Test
    void changedForeignKeyActionIsDroppedAndAdded() {
        Schema recorded = Tb.schema(users(), projects());
        Schema desired = Tb.schema(users(), table("Projects").id().col("title", STRING).col("ownerId", INT)
                .fk(new ForeignKey("Projects_ownerId_fkey", List.of("ownerId"), "Users", List.of("id"),
                        ForeignKey.Action.SET_NULL, ForeignKey.Action.CASCADE)));
        assertThat(described(roundTrip(recorded, desired))).containsExactly(
                "drop foreign key Projects_ownerId_fkey of Projects",
                "add foreign key Projects_ownerId_fkey Projects(ownerId) → Users(id) ON DELETE SET NULL ON UPDATE CASCADE");
    }

    @Test
    void foreignKeyAddedToNewColumnComesAfterTheColumnAndTheNewTable() {
        Schema recorded = Tb.schema(table("Projects").id().col("title", STRING));
        Schema desired = Tb.schema(users(), projects());
        List<String> steps = described(roundTrip(recorded, desired));
        assertThat(steps).containsExactly("create table Users", "add column Projects.ownerId INTEGER",
                "add foreign key Projects_ownerId_fkey Projects(ownerId) → Users(id) ON DELETE CASCADE ON UPDATE CASCADE");
    }

    @Test
    void widenedKeyRebuildsForeignKeysThatUseIt() {
        Schema recorded = Tb.schema(users(), projects());
        Schema desired = Tb.schema(
                table("Users").col(new Column("id", BIGINT, false, Optional.empty(), true, "", List.of())).pk("Users_pkey", "id")
                        .col("fullName", STRING, false).col("email", STRING).unique("Users_email_key", "email"),
                table("Projects").id().col("title", STRING).col("ownerId", BIGINT)
                        .fk("Projects_ownerId_fkey", "ownerId", "Users", "id"));
        assertThat(described(roundTrip(recorded, desired))).containsExactly(
                "drop foreign key Projects_ownerId_fkey of Projects",
                "change type of Projects.ownerId INTEGER → BIGINT",
                "change type of Users.id INTEGER → BIGINT",
                "add foreign key Projects_ownerId_fkey Projects(ownerId) → Users(id) ON DELETE CASCADE ON UPDATE CASCADE");
    }

    @Test
    void replacedPrimaryKeyRebuildsForeignKeysPointingAtIt() {
        Schema recorded = Tb.schema(table("Countries").col("code", ColumnType.chars(2), false).col("name", STRING)
                        .pk("Countries_pkey", "code"),
                table("Cities").id().col("countryCode", ColumnType.chars(2))
                        .fk("Cities_countryCode_fkey", "countryCode", "Countries", "code"));
        Schema desired = Tb.schema(table("Countries").col("code", ColumnType.chars(2), false).col("name", STRING)
                        .pk("Countries_pk", "code"),
                table("Cities").id().col("countryCode", ColumnType.chars(2))
                        .fk("Cities_countryCode_fkey", "countryCode", "Countries", "code"));
        assertThat(described(roundTrip(recorded, desired))).containsExactly(
                "drop foreign key Cities_countryCode_fkey of Cities",
                "drop primary key Countries_pkey of Countries(code)",
                "add primary key Countries_pk on Countries(code)",
                "add foreign key Cities_countryCode_fkey Cities(countryCode) → Countries(code) ON DELETE CASCADE ON UPDATE CASCADE");
    }

    @Test
    void uniquesAndIndexesMatchedByName() {
        Schema recorded = Tb.schema(table("T").id().col("a", INT).col("b", INT)
                .unique("T_a_key", "a").index("t_b", false, "b").index("t_ab", false, "a", "b"));
        Schema desired = Tb.schema(table("T").id().col("a", INT).col("b", INT)
                .unique("T_a_b_key", "a", "b").index("t_b", true, "b").index("t_ab", false, "a", "b"));
        assertThat(described(roundTrip(recorded, desired))).containsExactly(
                "drop index t_b of T",
                "drop unique constraint T_a_key of T",
                "add unique constraint T_a_b_key on T(a, b)",
                "add unique index t_b on T(b)");
    }

    @Test
    void enumTypes() {
        EnumType status = new EnumType("enum_T_status", List.of("open", "closed"));
        EnumType more = new EnumType("enum_T_status", List.of("draft", "open", "closed"));
        EnumType kind = new EnumType("enum_T_kind", List.of("a", "b"));
        EnumType gone = new EnumType("enum_T_old", List.of("x"));
        Schema recorded = Tb.schema(List.of(status, gone), table("T").id()
                .col("status", ColumnType.enumOf("enum_T_status")).col("old", ColumnType.enumOf("enum_T_old")));
        Schema desired = Tb.schema(List.of(more, kind), table("T").id()
                .col("status", ColumnType.enumOf("enum_T_status")).col("kind", ColumnType.enumOf("enum_T_kind")));
        assertThat(described(roundTrip(recorded, desired, DiffOptions.ALLOW_DESTRUCTIVE))).containsExactly(
                "create enum type enum_T_kind (a, b)",
                "add value draft to enum type enum_T_status",
                "drop column T.old ENUM enum_T_old",
                "add column T.kind ENUM enum_T_kind",
                "drop enum type enum_T_old");
    }

    @Test
    void removedEnumValueReplacesTheType() {
        EnumType before = new EnumType("enum_T_status", List.of("open", "closed", "archived"));
        EnumType after = new EnumType("enum_T_status", List.of("open", "closed"));
        Schema recorded = Tb.schema(List.of(before), table("T").id().col("status", ColumnType.enumOf("enum_T_status")));
        Schema desired = Tb.schema(List.of(after), table("T").id().col("status", ColumnType.enumOf("enum_T_status")));
        List<SchemaChange> changes = roundTrip(recorded, desired);
        assertThat(changes).containsExactly(new ReplaceEnumValues(before, after, List.of(new ColumnRef("T", "status"))));
        assertThat(((ReplaceEnumValues) changes.get(0)).removed()).containsExactly("archived");
    }

    @Test
    void outputIsSortedWhateverTheInputOrder() {
        Schema a = Tb.schema(table("B").id().col("x", INT).col("y", INT), table("A").id().col("x", INT).col("y", INT));
        Schema b = new Schema(List.of(table("A").id().col("x", TEXT).col("y", TEXT).build(),
                table("B").id().col("x", TEXT).col("y", TEXT).build()), List.of());
        Schema b2 = new Schema(List.of(b.tables().get(1), b.tables().get(0)), List.of());
        assertThat(Differ.diff(a, b)).isEqualTo(Differ.diff(a, b2));
        assertThat(described(Differ.diff(a, b))).containsExactly(
                "change type of A.x INTEGER → TEXT", "change type of A.y INTEGER → TEXT",
                "change type of B.x INTEGER → TEXT", "change type of B.y INTEGER → TEXT");
    }

    /** PostgreSQL keeps a jsonb default in its own spacing and key order: the same value is no change, another value is. */
    @Test
    void jsonDefaultsCompareByValue() {
        ColumnType jsonb = ColumnType.of(ColumnType.Kind.JSONB);
        Schema stored = Tb.schema(table("T").id().col(new Column("prefs", jsonb, true,
                Optional.of(DefaultValue.literal("{\"a\": [1, 2], \"theme\": \"dark\"}")), false, "", List.of())));
        Schema sameValue = Tb.schema(table("T").id().col(new Column("prefs", jsonb, true,
                Optional.of(DefaultValue.literal("{\"theme\":\"dark\",\"a\":[1,2]}")), false, "", List.of())));
        Schema otherValue = Tb.schema(table("T").id().col(new Column("prefs", jsonb, true,
                Optional.of(DefaultValue.literal("{\"theme\":\"light\",\"a\":[1,2]}")), false, "", List.of())));
        assertThat(Differ.diff(stored, sameValue)).isEmpty();
        assertThat(described(Differ.diff(stored, otherValue))).hasSize(1);
    }
}
