package dev.modelsync.changelog;

import dev.modelsync.diff.SchemaChange;
import dev.modelsync.diff.SchemaChange.AddColumn;
import dev.modelsync.diff.SchemaChange.AddEnumValues;
import dev.modelsync.diff.SchemaChange.AddForeignKey;
import dev.modelsync.diff.SchemaChange.AddIndex;
import dev.modelsync.diff.SchemaChange.AlterDefault;
import dev.modelsync.diff.SchemaChange.CreateEnum;
import dev.modelsync.diff.SchemaChange.CreateTable;
import dev.modelsync.diff.SchemaChanges;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.modelsync.changelog.Fixtures.INT;
import static dev.modelsync.changelog.Fixtures.STRING;
import static org.assertj.core.api.Assertions.assertThat;

/** How the planner groups changes into changesets (few, large ones for additions; per table for alterations). */
class ChangeSetGroupingTest {

    private static Table table(String name) {
        return new Table(name, List.of(Column.of("id", INT, false), Column.of("parentId", INT, true)),
                Optional.of(new PrimaryKey(name + "_pkey", List.of("id"))), List.of(), List.of(), List.of(), "", List.of());
    }

    private static String name(int i) {
        return String.format("T%03d", i);
    }

    private static List<String> slugs(List<PlannedChangeSet> planned) {
        return planned.stream().map(PlannedChangeSet::slug).toList();
    }

    @Test
    void additionsOfOneKindShareChangesetsAcrossTablesFiftyAtATime() {
        List<SchemaChange> changes = new ArrayList<>();
        for (int i = 0; i < 3; i++) changes.add(new CreateEnum(new EnumType("e" + i, List.of("a"))));
        for (int i = 0; i < 120; i++) changes.add(new CreateTable(table(name(i))));
        for (int i = 0; i < 120; i++) {
            changes.add(new AddIndex(name(i), new Index(name(i) + "_parent", List.of(new Index.IndexColumn("parentId", false)), false, "")));
        }
        for (int i = 1; i < 120; i++) {
            changes.add(new AddForeignKey(name(i), new ForeignKey(name(i) + "_parentId_fkey", List.of("parentId"), name(i - 1),
                    List.of("id"), ForeignKey.Action.CASCADE, ForeignKey.Action.CASCADE)));
        }

        List<PlannedChangeSet> planned = ChangeSetPlanner.plan(Schema.EMPTY, changes);

        assertThat(slugs(planned)).containsExactly(
                "create-enums-e0-and-2-more",
                "create-tables-t000-and-49-more", "create-tables-t050-and-49-more", "create-tables-t100-and-19-more",
                "add-keys-t000-and-49-more", "add-keys-t050-and-49-more", "add-keys-t100-and-19-more",
                "add-foreign-keys-t001-and-49-more", "add-foreign-keys-t051-and-49-more", "add-foreign-keys-t101-and-18-more");
        // each enum type is two sql changes (PostgreSQL and H2); every other change is one Liquibase change
        assertThat(planned).extracting(p -> p.changes().size()).containsExactly(6, 50, 50, 20, 50, 50, 20, 50, 50, 19);
        assertThat(planned.get(1).changes().get(0)).containsKey("createTable");
        assertThat(planned.get(9).changes()).allSatisfy(c -> assertThat(c).containsKey("addForeignKeyConstraint"));
    }

    @Test
    void alterationsStayPerTableAndNewEnumValuesAlone() {
        EnumType mood = new EnumType("mood", List.of("a"));
        Schema recorded = SchemaChanges.apply(Schema.EMPTY, List.of(new CreateEnum(mood),
                new CreateTable(table("A")), new CreateTable(table("B"))));
        Column note = Column.of("note", STRING, true);
        Column withDefault = new Column("note", STRING, true, Optional.of(DefaultValue.literal("x")), false, "", List.of());
        List<SchemaChange> changes = List.of(
                new AddColumn("A", note),
                new AlterDefault("A", withDefault, Optional.empty(), withDefault.defaultValue()),
                new AddColumn("B", note),
                new AddEnumValues(mood, new EnumType("mood", List.of("a", "b"))),
                new CreateTable(table("C")),
                new CreateTable(table("D")));

        List<PlannedChangeSet> planned = ChangeSetPlanner.plan(recorded, changes);

        assertThat(slugs(planned)).containsExactly("alter-table-a", "alter-table-b", "add-enum-values-mood",
                "create-tables-c-and-1-more");
        assertThat(planned.get(0).changes()).hasSize(2);
    }

    @Test
    void aSingleTableKeepsItsOwnSlug() {
        Table users = table("Users");
        List<PlannedChangeSet> planned = ChangeSetPlanner.plan(Schema.EMPTY, List.of(new CreateTable(users),
                new AddIndex("Users", new Index("users_parent", List.of(new Index.IndexColumn("parentId", false)), false, ""))));

        assertThat(slugs(planned)).containsExactly("create-table-users");
    }
}
