package dev.modelsync.diff;

import dev.modelsync.diff.SchemaChange.*;
import dev.modelsync.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.modelsync.diff.Tb.INT;
import static dev.modelsync.diff.Tb.STRING;
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
        return changes;
    }

    static List<String> described(List<SchemaChange> changes) {
        return changes.stream().map(ChangeDescriber::describe).toList();
    }

    @Test
    void fromEmptyCreatesTablesThenForeignKeys() {
        Schema desired = Tb.schema(
                table("Projects").id().col("title", STRING).col("ownerId", INT)
                        .fk("Projects_ownerId_fkey", "ownerId", "Users", "id").index("projects_title", false, "title"),
                table("Users").id().col("email", STRING, false).unique("Users_email_key", "email"));
        List<SchemaChange> changes = roundTrip(Schema.EMPTY, desired);
        assertThat(described(changes)).containsExactly(
                "create table Projects",
                "create table Users",
                "add index projects_title on Projects(title)",
                "add foreign key Projects_ownerId_fkey Projects(ownerId) → Users(id) ON DELETE CASCADE ON UPDATE CASCADE");
    }

    @Test
    void sameSchemaGivesNoChanges() {
        Schema s = Tb.schema(table("Users").id().col("email", STRING, false));
        assertThat(Differ.diff(s, s)).isEmpty();
    }
}
