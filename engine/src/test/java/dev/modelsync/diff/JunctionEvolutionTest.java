package dev.modelsync.diff;

import dev.modelsync.diff.DataLoss;

import dev.modelsync.diff.SchemaChange.*;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.modelsync.diff.DifferTest.described;
import static dev.modelsync.diff.DifferTest.roundTrip;
import static dev.modelsync.diff.Tb.DATE;
import static dev.modelsync.diff.Tb.INT;
import static dev.modelsync.diff.Tb.STRING;
import static dev.modelsync.diff.Tb.table;
import static org.assertj.core.api.Assertions.assertThat;

/** Junction tables evolve in place: the table and its rows stay. */
class JunctionEvolutionTest {

    private static Tb base(String name) {
        return table(name).id().col("title", STRING);
    }

    /** {@code through: 'UserProjects'}: the FK pair is the primary key, timestamps on. */
    private static Tb plainJunction() {
        return table("UserProjects")
                .col("userId", INT, false).col("projectId", INT, false)
                .col(Tb.notNull("createdAt", DATE, DefaultValue.NOW)).col(Tb.notNull("updatedAt", DATE, DefaultValue.NOW))
                .pk("UserProjects_pkey", "userId", "projectId")
                .fk("UserProjects_userId_fkey", "userId", "Users", "id")
                .fk("UserProjects_projectId_fkey", "projectId", "Projects", "id");
    }

    @Test
    void stringThroughBecomesThroughModelWithAttributes() {
        Schema recorded = Tb.schema(base("Users"), base("Projects"), plainJunction());
        Schema desired = Tb.schema(base("Users"), base("Projects"), plainJunction()
                .col("role", STRING, false).col(new Column("startDate", DATE, true, Optional.of(DefaultValue.NOW), false, "", List.of())));
        List<SchemaChange> changes = roundTrip(recorded, desired);
        assertThat(described(changes)).containsExactly(
                "add column UserProjects.role VARCHAR(255) NOT NULL",
                "add column UserProjects.startDate TIMESTAMPTZ DEFAULT NOW");
        List<DataLoss> hazards = DestructiveCheck.findings(changes, recorded);
        assertThat(hazards).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(DataLoss.Kind.NOT_NULL_WITHOUT_DEFAULT);
            assertThat(h.onlyWhenRows()).isTrue();
            assertThat(h.table()).isEqualTo("UserProjects");
        });
        assertThat(DestructiveCheck.blocking(hazards, t -> 0)).isEmpty();
        assertThat(DestructiveCheck.blocking(hazards, t -> 12)).hasSize(1);
    }

    @Test
    void compositeKeyJunctionGainsItsOwnIdWithAUniquePair() {
        Schema recorded = Tb.schema(base("Users"), base("Projects"), plainJunction());
        Schema desired = Tb.schema(base("Users"), base("Projects"), table("UserProjects").id()
                .col("userId", INT, false).col("projectId", INT, false)
                .col(Tb.notNull("createdAt", DATE, DefaultValue.NOW)).col(Tb.notNull("updatedAt", DATE, DefaultValue.NOW))
                .unique("UserProjects_userId_projectId_key", "userId", "projectId")
                .fk("UserProjects_userId_fkey", "userId", "Users", "id")
                .fk("UserProjects_projectId_fkey", "projectId", "Projects", "id"));
        List<SchemaChange> changes = roundTrip(recorded, desired);
        assertThat(described(changes)).containsExactly(
                "drop primary key UserProjects_pkey of UserProjects(userId, projectId)",
                "add column UserProjects.id INTEGER NOT NULL AUTO_INCREMENT",
                "add primary key UserProjects_pkey on UserProjects(id)",
                "add unique constraint UserProjects_userId_projectId_key on UserProjects(userId, projectId)");
        assertThat(DestructiveCheck.findings(changes, recorded)).isEmpty();
    }

    @Test
    void throughAttributeAddedThenRenamed() {
        Schema v1 = Tb.schema(base("Users"), base("Projects"), plainJunction().col("role", STRING));
        Schema v2 = Tb.schema(base("Users"), base("Projects"), plainJunction().renamedCol("position", STRING, "role")
                .col("since", DATE));
        List<SchemaChange> changes = roundTrip(v1, v2);
        assertThat(described(changes)).containsExactly(
                "rename column UserProjects.role → position", "add column UserProjects.since TIMESTAMPTZ");
        assertThat(DestructiveCheck.findings(changes, v1)).isEmpty();
    }

    @Test
    void droppingAJunctionTableSaysSo() {
        Schema recorded = Tb.schema(base("Users"), base("Projects"), plainJunction());
        Schema desired = Tb.schema(base("Users"), base("Projects"));
        List<SchemaChange> changes = roundTrip(recorded, desired, DiffOptions.ALLOW_DESTRUCTIVE);
        assertThat(described(changes)).containsExactly("drop table UserProjects");
        assertThat(DestructiveCheck.findings(changes, recorded)).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(DataLoss.Kind.DROP_JUNCTION_TABLE);
            assertThat(h.message()).isEqualTo(
                    "drop junction table UserProjects (links Users and Projects; every link between them is lost)");
        });
    }
}
