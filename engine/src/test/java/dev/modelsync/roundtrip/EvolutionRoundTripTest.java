package dev.modelsync.roundtrip;

import dev.modelsync.ModelSync;
import dev.modelsync.SyncResult;
import dev.modelsync.db.Dialect;
import dev.modelsync.diff.Differ;
import dev.modelsync.changelog.ChangelogReplayer;
import dev.modelsync.changelog.Replay;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.SchemaDump;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A model evolved one edit at a time through the facade ({@code ModelSync.sync()}) on a database
 * holding rows: each step writes one new changeset file into the same changelog and applies it;
 * then the live schema shows no drift, the replayed changelog equals the model (but for the order
 * of columns: added ones come last) and the live schema the replay, every earlier
 * row and value is still there, and a second sync writes and runs nothing.
 */
class EvolutionRoundTripTest {

    @TempDir
    Path project;

    /** User and Project through a string junction. */
    static final String V0 = """
            models:
              User:
                attributes:
                  name: { type: STRING(50), allowNull: false }
                  email: { type: STRING, allowNull: false, unique: true }
                associations:
                  - belongsToMany: Project
                    through: UserProjects
                    foreignKey: userId
              Project:
                attributes:
                  title: { type: STRING, allowNull: false }
                associations:
                  - belongsToMany: User
                    through: UserProjects
                    foreignKey: projectId
            """;

    /** Columns added: a nullable string and a nullable integer. */
    static final String V1 = V0.replace("""
                  email: { type: STRING, allowNull: false, unique: true }
            """, """
                  email: { type: STRING, allowNull: false, unique: true }
                  nickname: STRING
                  age: INTEGER
            """);

    /** Column renamed: name → fullName. */
    static final String V2 = V1.replace("      name: { type: STRING(50), allowNull: false }",
            "      fullName: { type: STRING(50), allowNull: false, renamedFrom: name }");

    /** Table renamed: Project (Projects) → Workspace (Workspaces); the junction key keeps its name. */
    static final String V3 = V2.replace("""
              Project:
                attributes:
            """, """
              Workspace:
                renamedFrom: Project
                attributes:
            """).replace("belongsToMany: Project", "belongsToMany: Workspace");

    /** The string through becomes a through model (same table) with an extra attribute. */
    static final String V4 = V3.replace("through: UserProjects", "through: UserProject") + """
              UserProject:
                attributes:
                  role: { type: STRING(20), allowNull: false, defaultValue: member }
            """;

    /** A type widened: STRING(50) → STRING(200). */
    static final String V5 = V4.replace("fullName: { type: STRING(50),", "fullName: { type: STRING(200),");

    /** A foreign key added: Workspace belongsTo User as owner (ownerId, ON DELETE SET NULL). */
    static final String V6 = V5.replace("""
                  - belongsToMany: User
                    through: UserProject
                    foreignKey: projectId
            """, """
                  - belongsToMany: User
                    through: UserProject
                    foreignKey: projectId
                  - belongsTo: User
                    as: owner
            """);

    /** Indexes added: a plain one on Workspaces.title, a partial one on Users.age. */
    static final String V7 = V6.replace("""
              Workspace:
                renamedFrom: Project
            """, """
              Workspace:
                renamedFrom: Project
                indexes:
                  - fields: [title]
            """).replace("""
              User:
                attributes:
            """, """
              User:
                indexes:
                  - { name: users_adults, fields: [{ name: age, order: DESC }], where: "age >= 18" }
                attributes:
            """);

    /** The junction gets its own id; the key pair keeps a unique constraint. */
    static final String V8 = V7.replace("""
              UserProject:
                attributes:
            """, """
              UserProject:
                attributes:
                  id: { type: INTEGER, primaryKey: true, autoIncrement: true }
            """);

    /** An enum column with a default on a filled table. */
    static final String V9 = V8.replace("""
                  age: INTEGER
            """, """
                  age: INTEGER
                  status: { type: "ENUM('active', 'blocked')", allowNull: false, defaultValue: active }
            """);

    /** An enum value added in the middle. */
    static final String V10 = V9.replace("ENUM('active', 'blocked')", "ENUM('active', 'away', 'blocked')");

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyStepKeepsEveryRow(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            LiveDb live = new LiveDb(db);
            ModelSync ms = live.facade(project);
            Evolution e = new Evolution(ms, live);

            e.step(V0, 1);
            live.exec("INSERT INTO \"Users\" (\"name\", \"email\") VALUES ('Alice', 'alice@example.com'), ('Bob', 'bob@example.com')",
                    "INSERT INTO \"Projects\" (\"title\") VALUES ('Website'), ('DevOps')",
                    "INSERT INTO \"UserProjects\" (\"userId\", \"projectId\") VALUES (1, 1), (1, 2), (2, 1)");
            assertThat(live.rows("SELECT \"id\", \"name\", \"email\" FROM \"Users\" ORDER BY 1"))
                    .containsExactly("1|Alice|alice@example.com", "2|Bob|bob@example.com");

            e.step(V1, 2);
            assertThat(live.rows("SELECT \"id\", \"name\", \"email\", \"nickname\", \"age\" FROM \"Users\" ORDER BY 1"))
                    .containsExactly("1|Alice|alice@example.com|null|null", "2|Bob|bob@example.com|null|null");
            live.exec("UPDATE \"Users\" SET \"age\" = 30, \"nickname\" = 'Al' WHERE \"id\" = 1",
                    "UPDATE \"Users\" SET \"age\" = 12 WHERE \"id\" = 2");

            e.step(V2, 3);
            assertThat(live.rows("SELECT \"id\", \"fullName\", \"email\", \"nickname\", \"age\" FROM \"Users\" ORDER BY 1"))
                    .containsExactly("1|Alice|alice@example.com|Al|30", "2|Bob|bob@example.com|null|12");

            e.step(V3, 4);
            assertThat(live.rows("SELECT \"id\", \"title\" FROM \"Workspaces\" ORDER BY 1")).containsExactly("1|Website", "2|DevOps");
            assertThat(live.rows("SELECT \"userId\", \"projectId\" FROM \"UserProjects\" ORDER BY 1, 2"))
                    .containsExactly("1|1", "1|2", "2|1");
            assertThatThrownBy(() -> live.exec("INSERT INTO \"UserProjects\" (\"userId\", \"projectId\") VALUES (2, 99)"))
                    .as("the junction's foreign key follows the renamed table").isInstanceOf(SQLException.class);

            e.step(V4, 5);
            assertThat(live.rows("SELECT \"userId\", \"projectId\", \"role\" FROM \"UserProjects\" ORDER BY 1, 2"))
                    .containsExactly("1|1|member", "1|2|member", "2|1|member");
            live.exec("INSERT INTO \"UserProjects\" (\"userId\", \"projectId\", \"role\") VALUES (2, 2, 'admin')");

            e.step(V5, 6);
            String longName = "B".repeat(120);
            live.exec("UPDATE \"Users\" SET \"fullName\" = '" + longName + "' WHERE \"id\" = 2");
            assertThat(live.rows("SELECT \"id\", \"fullName\", \"email\" FROM \"Users\" ORDER BY 1"))
                    .containsExactly("1|Alice|alice@example.com", "2|" + longName + "|bob@example.com");

            e.step(V6, 7);
            assertThat(live.rows("SELECT \"id\", \"title\", \"ownerId\" FROM \"Workspaces\" ORDER BY 1"))
                    .containsExactly("1|Website|null", "2|DevOps|null");
            live.exec("UPDATE \"Workspaces\" SET \"ownerId\" = 2 WHERE \"id\" = 2");
            assertThatThrownBy(() -> live.exec("UPDATE \"Workspaces\" SET \"ownerId\" = 99 WHERE \"id\" = 1"))
                    .isInstanceOf(SQLException.class);

            e.step(V7, 8);
            assertThat(live.rows("SELECT \"id\" FROM \"Users\" WHERE \"age\" >= 18")).containsExactly("1");

            e.step(V8, 9);
            assertThat(live.rows("SELECT \"userId\", \"projectId\", \"role\" FROM \"UserProjects\" ORDER BY 1, 2"))
                    .containsExactly("1|1|member", "1|2|member", "2|1|member", "2|2|admin");
            assertThat(live.rows("SELECT COUNT(DISTINCT \"id\"), COUNT(*) FROM \"UserProjects\" WHERE \"id\" IS NOT NULL"))
                    .containsExactly("4|4");
            live.exec("DELETE FROM \"UserProjects\" WHERE \"userId\" = 2 AND \"projectId\" = 2");
            live.exec("INSERT INTO \"UserProjects\" (\"userId\", \"projectId\") VALUES (2, 2)");
            assertThat(live.rows("SELECT \"id\" FROM \"UserProjects\" WHERE \"userId\" = 2 AND \"projectId\" = 2"))
                    .as("the new identity continues after the existing rows").containsExactly("5");
            assertThatThrownBy(() -> live.exec("INSERT INTO \"UserProjects\" (\"userId\", \"projectId\") VALUES (1, 1)"))
                    .as("the pair stays unique").isInstanceOf(SQLException.class);

            e.step(V9, 10);
            assertThat(live.rows("SELECT \"id\", \"fullName\", \"status\" FROM \"Users\" ORDER BY 1"))
                    .containsExactly("1|Alice|active", "2|" + longName + "|active");
            assertThatThrownBy(() -> live.exec("UPDATE \"Users\" SET \"status\" = 'away' WHERE \"id\" = 2"))
                    .as("not a value of the enum yet").isInstanceOf(SQLException.class);

            e.step(V10, 11);
            live.exec("UPDATE \"Users\" SET \"status\" = 'away' WHERE \"id\" = 2");
            assertThat(live.rows("SELECT \"id\", \"fullName\", \"email\", \"nickname\", \"age\", \"status\" FROM \"Users\" ORDER BY 1"))
                    .containsExactly("1|Alice|alice@example.com|Al|30|active", "2|" + longName + "|bob@example.com|null|12|away");
            assertThat(live.rows("SELECT \"id\", \"title\", \"ownerId\" FROM \"Workspaces\" ORDER BY 1"))
                    .containsExactly("1|Website|null", "2|DevOps|2");
            assertThat(live.rows("SELECT \"id\", \"userId\", \"projectId\", \"role\" FROM \"UserProjects\" ORDER BY 2, 3"))
                    .hasSize(4).contains("5|2|2|member");
            assertThat(e.files).hasSize(11);
        }
    }

    /** One model edit after another: sync, then the checks every step shares. */
    static final class Evolution {
        final ModelSync ms;
        final LiveDb live;
        final List<Path> files = new ArrayList<>();

        Evolution(ModelSync ms, LiveDb live) {
            this.ms = ms;
            this.live = live;
        }

        void step(String yaml, int expectedFileNumber) throws Exception {
            String label = "step " + expectedFileNumber + " on " + live.dialect();
            Files.createDirectories(ms.config().modelsDirectory());
            Files.writeString(ms.config().modelsDirectory().resolve("models.yaml"), yaml);
            Schema desired = ms.resolve().schema();

            SyncResult r = ms.sync();
            assertThat(r.generated().writtenFile()).as(label + ": a new changeset file").isPresent();
            Path file = r.generated().writtenFile().get();
            assertThat(file.getFileName().toString()).as(label).startsWith(String.format("%04d-", expectedFileNumber));
            files.add(file);
            assertThat(r.appliedChangeSets()).as(label + ": applied").isNotEmpty()
                    .allMatch(id -> id.startsWith("changes/" + file.getFileName()));

            Replay replay = ChangelogReplayer.replay(ms.config().changelogDirectory());
            assertThat(replay.unsupported()).as(label).isEmpty();
            assertThat(SchemaDump.dump(Canonical.anyColumnOrder(replay.schema()))).as(label + ": replayed changelog")
                    .isEqualTo(SchemaDump.dump(Canonical.anyColumnOrder(desired)));
            assertThat(Differ.diff(replay.schema(), desired)).as(label + ": second diff").isEmpty();

            LiveDb.Drift drift = live.drift(desired);
            assertThat(drift.findings()).as(label + ": " + drift.report()).isEmpty();
            // the database holds the columns in the order the changelog added them, as the replay records
            assertThat(SchemaDump.dump(Canonical.of(live.inspect().schema()))).as(label + ": live schema")
                    .isEqualTo(SchemaDump.dump(AsBuilt.of(replay.schema(), live)));

            long rows = live.changelogRows();
            SyncResult again = ms.sync();
            assertThat(again.generated().writtenFile()).as(label + ": second sync writes nothing").isEmpty();
            assertThat(again.appliedChangeSets()).as(label + ": second sync runs nothing").isEmpty();
            assertThat(live.changelogRows()).as(label + ": DATABASECHANGELOG").isEqualTo(rows);
        }
    }
}
