package dev.modelsync.diff;

import dev.modelsync.diff.DataLoss;

import dev.modelsync.diff.SchemaChange.*;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.ColumnType.Kind;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;

import static dev.modelsync.diff.DifferTest.projects;
import static dev.modelsync.diff.DifferTest.users;
import static dev.modelsync.diff.Tb.INT;
import static dev.modelsync.diff.Tb.STRING;
import static dev.modelsync.diff.Tb.table;
import static org.assertj.core.api.Assertions.assertThat;

class DestructiveCheckTest {

    private static ColumnType type(String text) {
        if (text.contains("(")) {
            String name = text.substring(0, text.indexOf('('));
            String[] args = text.substring(text.indexOf('(') + 1, text.length() - 1).split(";");
            return switch (name) {
                case "VARCHAR" -> ColumnType.varchar(Integer.parseInt(args[0]));
                case "CHAR" -> ColumnType.chars(Integer.parseInt(args[0]));
                case "DECIMAL" -> ColumnType.decimal(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
                case "TIMESTAMPTZ" -> ColumnType.timestamptz(Integer.parseInt(args[0]));
                default -> throw new IllegalArgumentException(text);
            };
        }
        return ColumnType.of(Kind.valueOf(text));
    }

    private static boolean destructive(ColumnType from, ColumnType to) {
        Schema recorded = Tb.schema(table("T").id().col("c", from));
        return DestructiveCheck.isDestructive(new AlterColumnType("T", "c", from, to), recorded);
    }

    @ParameterizedTest(name = "{0} → {1} destructive={2}")
    @CsvSource({
            "VARCHAR(100), VARCHAR(255), false",
            "VARCHAR(255), VARCHAR(100), true",
            "VARCHAR(255), TEXT, false",
            "TEXT, VARCHAR(255), true",
            "CHAR(2), VARCHAR(2), false",
            "VARCHAR(2), CHAR(2), true",
            "INTEGER, BIGINT, false",
            "SMALLINT, INTEGER, false",
            "BIGINT, INTEGER, true",
            "INTEGER, SMALLINT, true",
            "DECIMAL(10;2), DECIMAL(12;2), false",
            "DECIMAL(10;2), DECIMAL(8;2), true",
            "DECIMAL(10;2), DECIMAL(10;1), true",
            "DECIMAL(10;2), DECIMAL(11;3), false",
            "INTEGER, DECIMAL(10;0), false",
            "BIGINT, DECIMAL(10;0), true",
            "REAL, DOUBLE, false",
            "DOUBLE, REAL, true",
            "INTEGER, DOUBLE, false",
            "BIGINT, DOUBLE, true",
            "DOUBLE, DECIMAL(20;5), true",
            "TEXT, INTEGER, true",
            "INTEGER, TEXT, true",
            "BOOLEAN, INTEGER, true",
            "DATE, TIMESTAMPTZ, false",
            "TIMESTAMPTZ, DATE, true",
            "TIME, TIMESTAMPTZ, true",
            "TIMESTAMPTZ(3), TIMESTAMPTZ(6), false",
            "TIMESTAMPTZ(6), TIMESTAMPTZ(3), true",
            "TIMESTAMPTZ(3), TIMESTAMPTZ, false",
            "TIMESTAMPTZ, TIMESTAMPTZ(3), true",
            "TIMESTAMPTZ(6), TIMESTAMPTZ, false",
            "DATE, TIMESTAMPTZ(3), false",
            "JSON, JSONB, false",
            "UUID, TEXT, false",
            "UUID, VARCHAR(36), false",
            "UUID, VARCHAR(20), true",
            "BLOB, TEXT, true",
    })
    void typeChanges(String from, String to, boolean expected) {
        assertThat(destructive(type(from), type(to))).isEqualTo(expected);
    }

    @Test
    void enumTypeChanges() {
        EnumType small = new EnumType("e1", List.of("a", "bb"));
        EnumType big = new EnumType("e2", List.of("a", "bb", "c"));
        Schema recorded = Tb.schema(List.of(small, big), table("T").id().col("c", ColumnType.enumOf("e1")));
        assertThat(DestructiveCheck.isDestructive(new AlterColumnType("T", "c", ColumnType.enumOf("e1"), ColumnType.enumOf("e2")), recorded)).isFalse();
        Schema reverse = Tb.schema(List.of(small, big), table("T").id().col("c", ColumnType.enumOf("e2")));
        assertThat(DestructiveCheck.isDestructive(new AlterColumnType("T", "c", ColumnType.enumOf("e2"), ColumnType.enumOf("e1")), reverse)).isTrue();
        assertThat(DestructiveCheck.isDestructive(new AlterColumnType("T", "c", ColumnType.enumOf("e1"), ColumnType.varchar(2)), recorded)).isFalse();
        assertThat(DestructiveCheck.isDestructive(new AlterColumnType("T", "c", ColumnType.enumOf("e1"), ColumnType.varchar(1)), recorded)).isTrue();
        assertThat(DestructiveCheck.isDestructive(new AlterColumnType("T", "c", ColumnType.varchar(2), ColumnType.enumOf("e1")), recorded)).isTrue();
    }

    @Test
    void everyKindOfHazardWithRowsAtStake() {
        EnumType before = new EnumType("enum_Users_status", List.of("on", "off", "gone"));
        EnumType after = new EnumType("enum_Users_status", List.of("on", "off"));
        Schema recorded = Tb.schema(List.of(before), users().col("status", ColumnType.enumOf(before.name())).col("age", INT), projects());
        Schema desired = Tb.schema(List.of(after),
                table("People").renamedFrom("Users").id().col("fullName", ColumnType.varchar(100), false)
                        .col("status", ColumnType.enumOf(after.name())).col("age", INT, false)
                        .col("score", INT, false).col(Tb.notNull("level", INT, DefaultValue.literal("1"))));
        List<SchemaChange> changes = Differ.diff(recorded, desired, DiffOptions.ALLOW_DESTRUCTIVE);
        List<DataLoss> hazards = DestructiveCheck.findings(changes, recorded);
        assertThat(hazards).extracting(DataLoss::message).containsExactly(
                "remove value gone from enum type enum_Users_status used by Users.status (rows holding them cannot be converted)",
                "drop column People.email VARCHAR(255) (its values are lost)",
                "drop table Projects (all its rows are lost)",
                "add column People.score INTEGER NOT NULL without a default: allowDestructive fills the existing rows with 0",
                "narrow People.fullName VARCHAR(255) → VARCHAR(100) (values that do not fit are cut or the change fails)",
                "set NOT NULL on People.age without a default: allowDestructive fills the rows holding NULL with 0");
        assertThat(hazards).extracting(DataLoss::table).containsOnly("Users", "Projects");
        assertThat(hazards).extracting(DataLoss::onlyWhenRows).containsExactly(true, false, false, true, false, true);

        // a column made NOT NULL puts only its rows holding NULL at stake (DataLoss.countKey)
        Map<String, Long> rows = Map.of("Users", 3L, "Projects", 1L, "Users\0age", 2L);
        ToLongFunction<String> count = rows::get;
        String message = DestructiveCheck.refusal(DestructiveCheck.blocking(hazards, count), Optional.of(count));
        assertThat(message).isEqualTo("""
                Refusing 6 destructive changes (allowDestructive is off):
                  - remove value gone from enum type enum_Users_status used by Users.status (rows holding them cannot be converted) (3 rows at stake)
                  - drop column People.email VARCHAR(255) (its values are lost) (3 rows at stake)
                  - drop table Projects (all its rows are lost) (1 row at stake)
                  - add column People.score INTEGER NOT NULL without a default: allowDestructive fills the 3 existing rows with 0 (3 rows at stake)
                  - narrow People.fullName VARCHAR(255) → VARCHAR(100) (values that do not fit are cut or the change fails) (3 rows at stake)
                  - set NOT NULL on People.age without a default: allowDestructive fills the rows holding NULL with 0 (2 rows at stake)
                To apply them anyway, allow destructive changes (option allowDestructive=true).""");
    }

    @Test
    void deletesThatStartToCascadeAreAtStakeOnAFilledTable() {
        ForeignKey noAction = new ForeignKey("Posts_UserId_fkey", List.of("UserId"), "Users", List.of("id"),
                ForeignKey.Action.NO_ACTION, ForeignKey.Action.CASCADE);
        ForeignKey cascade = new ForeignKey("Posts_UserId_fkey", List.of("UserId"), "Users", List.of("id"),
                ForeignKey.Action.CASCADE, ForeignKey.Action.CASCADE);
        Schema recorded = Tb.schema(users(), table("Posts").id().col("UserId", INT, false).fk(noAction));
        Schema desired = Tb.schema(users(), table("Posts").id().col("UserId", INT, false).fk(cascade));
        List<DataLoss> hazards = DestructiveCheck.findings(Differ.diff(recorded, desired), recorded);
        assertThat(hazards).extracting(DataLoss::message).containsExactly("foreign key Posts_UserId_fkey Posts(UserId) → Users:"
                + " ON DELETE NO ACTION becomes CASCADE (deleting a Users row would then delete its Posts rows)");
        assertThat(hazards).extracting(DataLoss::kind, DataLoss::table, DataLoss::onlyWhenRows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DataLoss.Kind.CASCADE_DELETES, "Posts", true));
        assertThat(DestructiveCheck.blocking(hazards, t -> 0)).isEmpty();
        // the other way round (CASCADE to NO ACTION) loses nothing
        assertThat(DestructiveCheck.findings(Differ.diff(desired, recorded), desired)).isEmpty();
    }

    @Test
    void rowDependentHazardsVanishOnEmptyTablesAndAreMarkedWithoutADatabase() {
        Schema recorded = Tb.schema(users(), projects());
        Schema desired = Tb.schema(users().col("age", INT, false), table("Projects").id().col("title", STRING));
        List<DataLoss> hazards = DestructiveCheck.findings(Differ.diff(recorded, desired), recorded);
        assertThat(hazards).hasSize(2);
        ToLongFunction<String> emptyUsers = t -> t.equals("Users") ? 0 : 5;
        assertThat(DestructiveCheck.blocking(hazards, emptyUsers)).extracting(DataLoss::kind)
                .containsExactly(DataLoss.Kind.DROP_COLUMN);
        assertThat(DestructiveCheck.refusal(hazards, Optional.empty())).isEqualTo("""
                Refusing 2 destructive changes (allowDestructive is off):
                  - drop column Projects.ownerId INTEGER (its values are lost)
                  - add column Users.age INTEGER NOT NULL without a default: allowDestructive fills the existing rows with 0 [destructive when Users has rows]
                To apply them anyway, allow destructive changes (option allowDestructive=true).""");
    }

    @Test
    void safeChangesHaveNoHazards() {
        Schema recorded = Tb.schema(users(), projects());
        Schema desired = Tb.schema(
                table("People").renamedFrom("Users").id().renamedCol("name", ColumnType.of(Kind.TEXT), "fullName")
                        .col("email", STRING).col(Tb.notNull("level", INT, DefaultValue.literal("1")))
                        .col(new Column("seq", INT, false, Optional.empty(), true, "", List.of()))
                        .unique("People_email_key", "email").index("people_name", false, "name"),
                projects().col("budget", ColumnType.decimal(12, 2)),
                table("Tags").id().col("label", STRING, false));
        List<SchemaChange> changes = Differ.diff(recorded, desired);
        assertThat(changes).isNotEmpty();
        assertThat(DestructiveCheck.findings(changes, recorded)).isEmpty();
    }

    @Test
    void notNullWithDefaultOrOnANewTableIsSafe() {
        Schema recorded = Tb.schema(table("T").id().col(new Column("a", INT, true, Optional.of(DefaultValue.literal("0")), false, "", List.of())));
        Schema desired = Tb.schema(table("T").id().col(Tb.notNull("a", INT, DefaultValue.literal("0"))),
                table("U").id().col("b", INT, false));
        assertThat(DestructiveCheck.findings(Differ.diff(recorded, desired), recorded)).isEmpty();
    }

    @Test
    void notNullWithoutDefaultSaysWhatExistingRowsGet() {
        EnumType mood = new EnumType("enum_Users_mood", List.of("calm", "angry"));
        Schema recorded = Tb.schema(List.of(mood), users().col("nick", STRING));
        Schema desired = Tb.schema(List.of(mood), users().col("nick", STRING, false)
                .col("mood", ColumnType.enumOf(mood.name()), false).col("born", ColumnType.of(Kind.DATE), false));
        List<DataLoss> hazards = DestructiveCheck.findings(Differ.diff(recorded, desired, DiffOptions.ALLOW_DESTRUCTIVE), recorded);
        assertThat(hazards).extracting(h -> h.fill().orElseThrow().qualified() + "=" + h.fill().get().value().shown())
                .containsExactlyInAnyOrder("Users.mood='calm'", "Users.born='1970-01-01'", "Users.nick=''");
        DataLoss mood0 = hazards.stream().filter(h -> h.fill().get().qualified().equals("Users.mood")).findFirst().orElseThrow();
        DataLoss nick = hazards.stream().filter(h -> h.fill().get().qualified().equals("Users.nick")).findFirst().orElseThrow();

        assertThat(DestructiveCheck.fillWarning(mood0, OptionalLong.of(3))).contains(
                "Users.mood: 3 existing rows get 'calm' (allowDestructive); give the attribute a defaultValue to choose the value");
        assertThat(DestructiveCheck.fillWarning(mood0, OptionalLong.of(1))).contains(
                "Users.mood: 1 existing row gets 'calm' (allowDestructive); give the attribute a defaultValue to choose the value");
        assertThat(DestructiveCheck.fillWarning(mood0, OptionalLong.empty())).contains(
                "Users.mood: existing rows get 'calm' (allowDestructive); give the attribute a defaultValue to choose the value");
        assertThat(DestructiveCheck.fillWarning(mood0, OptionalLong.of(0))).isEmpty();
        assertThat(DestructiveCheck.fillWarning(nick, OptionalLong.of(2))).contains(
                "Users.nick: the 2 rows holding NULL get '' (allowDestructive); give the attribute a defaultValue to choose the value");
        ToLongFunction<String> one = t -> 1;
        assertThat(DestructiveCheck.refusal(List.of(mood0), Optional.of(one))).contains(
                "  - add column Users.mood ENUM enum_Users_mood NOT NULL without a default: allowDestructive fills the 1 existing row"
                        + " with 'calm' (1 row at stake)\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "VARCHAR|''", "CHAR|''", "TEXT|''", "INTEGER|0", "BIGINT|0", "SMALLINT|0", "REAL|0", "DOUBLE|0", "DECIMAL|0",
            "BOOLEAN|false", "TIMESTAMPTZ|'1970-01-01 00:00:00+00'", "DATE|'1970-01-01'", "TIME|'00:00:00'",
            "UUID|'00000000-0000-0000-0000-000000000000'", "ENUM|'first'", "JSON|'{}'", "JSONB|'{}'",
            "BLOB|an empty value (0 bytes)"})
    void everyTypeHasAZeroValue(Kind kind, String shown) {
        ColumnType t = new ColumnType(kind, 10, 10, 2, kind == Kind.ENUM ? "e" : "");
        assertThat(ZeroValue.of(t, List.of("first", "second")).shown()).isEqualTo(shown);
    }

    @Test
    void aZeroValueCannotSatisfyAForeignKeyNorAUniqueKeyOverSeveralRows() {
        Schema recorded = Tb.schema(users(), projects());
        Schema desired = Tb.schema(users().col("code", STRING, false).unique("Users_code_key", "code"),
                projects().col("leadId", INT, false).fk("Projects_leadId_fkey", "leadId", "Users", "id"));
        List<DataLoss> hazards = DestructiveCheck.findings(Differ.diff(recorded, desired), recorded);
        DataLoss code = hazards.stream().filter(h -> h.fill().get().column().equals("code")).findFirst().orElseThrow();
        DataLoss lead = hazards.stream().filter(h -> h.fill().get().column().equals("leadId")).findFirst().orElseThrow();
        String way = ". Give the attribute a defaultValue that fits, or add it with allowNull: true, fill it, and make it"
                + " NOT NULL in a later generation.";

        assertThat(DestructiveCheck.unfillable(lead, desired, OptionalLong.of(1))).contains(
                "Projects.leadId: the 1 existing row cannot get 0: it references Users(id) (foreign key Projects_leadId_fkey)" + way);
        assertThat(DestructiveCheck.unfillable(lead, desired, OptionalLong.empty())).contains(
                "Projects.leadId: existing rows cannot get 0: it references Users(id) (foreign key Projects_leadId_fkey)" + way);
        assertThat(DestructiveCheck.unfillable(lead, desired, OptionalLong.of(0))).isEmpty();
        assertThat(DestructiveCheck.unfillable(code, desired, OptionalLong.of(2))).contains(
                "Users.code: the 2 existing rows cannot get '': it must be unique (unique constraint Users_code_key)" + way);
        assertThat(DestructiveCheck.unfillable(code, desired, OptionalLong.of(1))).isEmpty();
    }
}
