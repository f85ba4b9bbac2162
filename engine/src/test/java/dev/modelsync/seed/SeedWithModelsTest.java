package dev.modelsync.seed;
import dev.modelsync.problem.ProblemException;

import dev.modelsync.ModelSync;
import dev.modelsync.SeedResult;
import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** End to end through the facade: YAML models, parsed, resolved and synced by modelsync, then seeded. */
class SeedWithModelsTest {
    static final String MODELS = """
            models:
              User:
                seedKey: email
                attributes:
                  name: { type: STRING, allowNull: false }
                  email:
                    type: STRING
                    allowNull: false
                    unique: true
                    validate: { isEmail: true }
                  status: { type: "ENUM(active, banned)", defaultValue: active }
                associations:
                  - belongsToMany: Project
                    through: UserProject
                    foreignKey: userId
                    as: projects
                  - belongsToMany: User
                    through: Friendships
                    as: friends
                    foreignKey: userId
                    otherKey: friendId
                  - hasMany: Project
                    as: ownedProjects
                    foreignKey: ownerId
              Project:
                seedKey: title
                attributes:
                  title: { type: STRING, allowNull: false }
                  description: TEXT
                associations:
                  - belongsToMany: User
                    through: UserProject
                    foreignKey: projectId
                    as: users
                  - belongsTo: User
                    as: owner
                    foreignKey: ownerId
              UserProject:
                attributes:
                  role:
                    type: STRING
                    allowNull: false
                    validate: { isIn: [[admin, developer, viewer]] }
                  startDate: { type: DATE, defaultValue: NOW }
              Student:
                seedKey: firstName
                attributes:
                  firstName: { type: STRING, allowNull: false }
                associations:
                  - belongsToMany: Class
                    through: Enrollment
              Class:
                seedKey: className
                attributes:
                  className: { type: STRING, allowNull: false }
                associations:
                  - belongsToMany: Student
                    through: Enrollment
            """;

    @TempDir
    Path dir;

    private ModelSync modelSync(TestDatabase db) throws Exception {
        Files.createDirectories(dir.resolve("src/main/models"));
        Files.writeString(dir.resolve("src/main/models/models.yaml"), MODELS);
        return ModelSync.configure().baseDir(dir).url(db.url()).username(db.user()).password(db.password()).load();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void specExampleOnSyncedModels(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            ModelSync ms = modelSync(db);
            ms.sync();
            Path seeds = Files.createDirectories(dir.resolve("src/test/seeds"));
            Files.writeString(seeds.resolve("01-example.yaml"), SeederTest.SPEC_EXAMPLE);
            Files.writeString(seeds.resolve("02-more.yaml"), """
                    Student:
                      - firstName: Mia
                        Classes: [Physics]
                    Project:
                      - title: Shop
                        owner: alice@example.com
                        users: [{ email: bob@example.com, UserProject: { role: viewer } }]
                    User:
                      - { name: Bob, email: bob@example.com, status: banned, friends: [alice@example.com] }
                    """);
            SeedResult first = ms.seed();
            assertThat(first.totalInserted()).isEqualTo(2 + 3 + 3 + 2 + 3 + 4 + 1); // users, projects, links, classes, students, enrollments, friends
            try (Connection c = db.connect()) {
                assertThat(rows(c, "SELECT u.\"name\", p.\"title\", j.\"role\" FROM \"UserProjects\" j"
                        + " JOIN \"Users\" u ON u.\"id\" = j.\"userId\" JOIN \"Projects\" p ON p.\"id\" = j.\"projectId\""
                        + " ORDER BY 1, 2"))
                        .containsExactly("Alice|DevOps|developer", "Alice|Website Redesign|admin", "Bob|Shop|viewer");
                assertThat(rows(c, "SELECT s.\"firstName\", c.\"className\" FROM \"Enrollment\" e"
                        + " JOIN \"Students\" s ON s.\"id\" = e.\"StudentId\" JOIN \"Classes\" c ON c.\"id\" = e.\"ClassId\""
                        + " ORDER BY 1, 2"))
                        .containsExactly("Jake|Chemistry", "Lucas|Chemistry", "Lucas|Physics", "Mia|Physics");
                assertThat(rows(c, "SELECT p.\"title\", u.\"name\" FROM \"Projects\" p JOIN \"Users\" u"
                        + " ON u.\"id\" = p.\"ownerId\"")).containsExactly("Shop|Alice");
                assertThat(rows(c, "SELECT \"name\", \"status\" FROM \"Users\" ORDER BY 1"))
                        .containsExactly("Alice|active", "Bob|banned");
            }
            SeedResult again = ms.seed();
            assertThat(again.totalInserted()).isZero();
            assertThat(again.totalUpdated()).isZero();

            Files.writeString(seeds.resolve("02-more.yaml"), Files.readString(seeds.resolve("02-more.yaml"))
                    + "Class:\n  - { id: 50, className: Art }\n");
            assertThat(ms.seed().inserted()).containsEntry("Classes", 1);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO \"Classes\" (\"className\", \"createdAt\", \"updatedAt\")"
                        + " VALUES ('Dance', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                assertThat(rows(c, "SELECT \"id\" FROM \"Classes\" WHERE \"className\" = 'Dance'")).containsExactly("51");
            }

            Files.writeString(seeds.resolve("03-bad.yaml"), "User:\n  - { name: Eve, email: eve-at-example }\n");
            ProblemException e = catchThrowableOfType(ProblemException.class, ms::seed);
            assertThat(e.getMessage()).contains("src/test/seeds/03-bad.yaml:2:25").contains("'eve-at-example'");
        }
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        return TestDatabase.rows(c, sql);
    }
}
