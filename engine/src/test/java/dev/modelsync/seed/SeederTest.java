package dev.modelsync.seed;

import dev.modelsync.SeedResult;
import dev.modelsync.db.Dialect;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeding behaviour on H2 and PostgreSQL: the seed example of docs/seeding.md, identity, upserts, ordering, keys. */
class SeederTest {
    static final String SPEC_EXAMPLE = """
            Project:
              - { title: Website Redesign, description: Update UI/UX }
            User:
              - name: Alice
                email: alice@example.com
                projects:
                  - title: Website Redesign            # links the existing project
                    UserProject: { role: admin }       # junction attributes, keyed by the through name
                  - title: DevOps                      # no such project yet: created, then linked
                    UserProject: { role: developer }
            Student:                                   # Student has seedKey firstName, Class has seedKey className
              - firstName: Lucas
                Classes: [Chemistry, Physics]          # scalars: the target's single-column seed key
              - firstName: Jake
                Classes: [Chemistry]                   # links the Chemistry row created above
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void specExample(Dialect dialect) throws Exception {
        try (var run = new Fixtures.Run(dialect, dir).file("data.yaml", SPEC_EXAMPLE)) {
            SeedResult r = run.seed();
            assertThat(run.query("SELECT \"title\", \"description\" FROM \"Projects\" ORDER BY \"id\""))
                    .containsExactly("title=Website Redesign | description=Update UI/UX", "title=DevOps | description=null");
            assertThat(run.query("SELECT u.\"name\", p.\"title\", j.\"role\" FROM \"UserProjects\" j"
                    + " JOIN \"Users\" u ON u.\"id\" = j.\"UserId\" JOIN \"Projects\" p ON p.\"id\" = j.\"ProjectId\""
                    + " ORDER BY p.\"title\""))
                    .containsExactly("name=Alice | title=DevOps | role=developer",
                            "name=Alice | title=Website Redesign | role=admin");
            assertThat(run.query("SELECT s.\"firstName\", c.\"className\" FROM \"StudentClasses\" j"
                    + " JOIN \"Students\" s ON s.\"id\" = j.\"StudentId\" JOIN \"Classes\" c ON c.\"id\" = j.\"ClassId\""
                    + " ORDER BY 1, 2"))
                    .containsExactly("firstName=Jake | className=Chemistry", "firstName=Lucas | className=Chemistry",
                            "firstName=Lucas | className=Physics");
            assertThat(run.count("Classes")).isEqualTo(2);
            assertThat(run.query("SELECT \"status\", \"isAdmin\" FROM \"Users\""))
                    .containsExactly("status=active | isAdmin=false");
            assertThat(run.query("SELECT COUNT(*) AS \"n\" FROM \"UserProjects\" WHERE \"startDate\" IS NOT NULL"
                    + " AND \"createdAt\" IS NOT NULL")).containsExactly("n=2");
            assertThat(r.inserted()).containsEntry("Users", 1).containsEntry("Projects", 2)
                    .containsEntry("UserProjects", 2).containsEntry("Classes", 2).containsEntry("StudentClasses", 3);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void seedingTwiceChangesNothing(Dialect dialect) throws Exception {
        try (var run = new Fixtures.Run(dialect, dir).file("data.yaml", SPEC_EXAMPLE + """
                Employee:
                  - name: Ann
                    reports: [{ name: Bob }, { name: Cid, reports: [Dan] }]
                Tag:
                  - { name: red, color: crimson }
                  - { name: blue }
                """)) {
            run.seed();
            Map<String, List<String>> before = run.dumpAll();
            SeedResult again = run.seed();
            assertThat(again.totalInserted()).isZero();
            assertThat(again.totalUpdated()).isZero();
            assertThat(again.unchanged()).containsEntry("Users", 1).containsEntry("UserProjects", 2)
                    .containsEntry("StudentClasses", 3).containsEntry("Employees", 4).containsEntry("Tags", 2);
            assertThat(run.dumpAll()).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void changingOneAttributeUpdatesOnlyThatRow(Dialect dialect) throws Exception {
        String v1 = """
                User:
                  - { name: Alice, email: alice@example.com, age: 30 }
                  - { name: Bob, email: bob@example.com, age: 40, projects: [{ title: P1, UserProject: { role: viewer } }] }
                """;
        try (var run = new Fixtures.Run(dialect, dir).file("users.yaml", v1)) {
            run.seed();
            List<String> users = run.dump("Users");
            List<String> links = run.dump("UserProjects");
            run.file("users.yaml", v1.replace("age: 30", "age: 31").replace("role: viewer", "role: admin"));
            SeedResult r = run.seed();
            assertThat(r.updated()).containsEntry("Users", 1).containsEntry("UserProjects", 1);
            assertThat(r.totalUpdated()).isEqualTo(2);
            assertThat(r.totalInserted()).isZero();
            List<String> after = run.dump("Users");
            assertThat(after.get(1)).isEqualTo(users.get(1)); // Bob untouched
            assertThat(after.get(0)).contains("age=31").isNotEqualTo(users.get(0));
            assertThat(run.query("SELECT \"role\" FROM \"UserProjects\"")).containsExactly("role=admin");
            assertThat(run.dump("UserProjects")).isNotEqualTo(links);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void fileOrderDoesNotMatter(Dialect dialect) throws Exception {
        try (var run = new Fixtures.Run(dialect, dir)
                .file("01-tasks.yaml", """
                        Task:
                          - { title: Write docs, project: Website }
                          - { title: Deploy, project: { title: Infra } }
                        """)
                .file("02-projects.yaml", """
                        Project:
                          - { title: Website, description: The site, owner: carol@example.com }
                          - { title: Infra, owner: { email: carol@example.com } }
                        """)
                .file("03-users.yaml", """
                        User:
                          - { name: Carol, email: carol@example.com, favoriteProject: Infra }
                        """)) {
            run.seed();
            assertThat(run.query("SELECT t.\"title\", p.\"title\" AS \"project\", u.\"name\" AS \"owner\" FROM \"Tasks\" t"
                    + " JOIN \"Projects\" p ON p.\"id\" = t.\"projectId\" JOIN \"Users\" u ON u.\"id\" = p.\"ownerId\""
                    + " ORDER BY 1"))
                    .containsExactly("title=Deploy | project=Infra | owner=Carol",
                            "title=Write docs | project=Website | owner=Carol");
            assertThat(run.query("SELECT p.\"title\" FROM \"Users\" u JOIN \"Projects\" p ON p.\"id\" = u.\"favoriteProjectId\""))
                    .containsExactly("title=Infra");
            assertThat(run.query("SELECT \"description\" FROM \"Projects\" WHERE \"title\" = 'Website'"))
                    .containsExactly("description=The site");
            assertThat(run.seed().totalUpdated()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void rowsThatReferenceEachOther(Dialect dialect) throws Exception {
        try (var run = new Fixtures.Run(dialect, dir).file("cycle.yaml", """
                User:
                  - name: Dora
                    email: dora@example.com
                    favoriteProject: { title: Garden }
                    ownedProjects: [{ title: Garden }, { title: Shed }]
                Employee:
                  - { name: Eve, manager: Fay }
                  - { name: Fay, manager: Eve }
                """)) {
            run.seed();
            assertThat(run.query("SELECT p.\"title\", o.\"name\" AS \"owner\", f.\"title\" AS \"fav\" FROM \"Projects\" p"
                    + " JOIN \"Users\" o ON o.\"id\" = p.\"ownerId\" JOIN \"Projects\" f ON f.\"id\" = o.\"favoriteProjectId\""
                    + " ORDER BY 1"))
                    .containsExactly("title=Garden | owner=Dora | fav=Garden", "title=Shed | owner=Dora | fav=Garden");
            assertThat(run.query("SELECT e.\"name\", m.\"name\" AS \"manager\" FROM \"Employees\" e"
                    + " JOIN \"Employees\" m ON m.\"id\" = e.\"managerId\" ORDER BY 1"))
                    .containsExactly("name=Eve | manager=Fay", "name=Fay | manager=Eve");
            SeedResult again = run.seed();
            assertThat(again.totalInserted()).isZero();
            assertThat(again.totalUpdated()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void selfReferencingPairs(Dialect dialect) throws Exception {
        try (var run = new Fixtures.Run(dialect, dir).file("friends.yaml", """
                User:
                  - { name: Ann, email: ann@example.com, friends: [bob@example.com, cat@example.com] }
                  - { name: Bob, email: bob@example.com, friends: [ann@example.com] }
                  - { name: Cat, email: cat@example.com }
                """)) {
            run.seed();
            String pairs = "SELECT a.\"name\" AS \"usr\", b.\"name\" AS \"friend\" FROM \"Friendships\" f"
                    + " JOIN \"Users\" a ON a.\"id\" = f.\"UserId\" JOIN \"Users\" b ON b.\"id\" = f.\"FriendId\" ORDER BY 1, 2";
            assertThat(run.query(pairs)).containsExactly("usr=Ann | friend=Bob", "usr=Ann | friend=Cat",
                    "usr=Bob | friend=Ann");
            assertThat(run.seed().totalInserted()).isZero();
            assertThat(run.count("Friendships")).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void explicitKeysMoveTheSequenceOn(Dialect dialect) throws Exception {
        try (var run = new Fixtures.Run(dialect, dir).file("classes.yaml", """
                Class:
                  - { id: 10, className: Art }
                  - { id: 20, className: Music }
                  - { className: Drama }
                """)) {
            run.seed();
            assertThat(run.query("SELECT \"id\", \"className\" FROM \"Classes\" ORDER BY 1"))
                    .containsExactly("id=10 | className=Art", "id=20 | className=Music", "id=21 | className=Drama");
            run.exec("INSERT INTO \"Classes\" (\"className\") VALUES ('Dance')");
            assertThat(run.query("SELECT \"id\" FROM \"Classes\" WHERE \"className\" = 'Dance'")).containsExactly("id=22");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void keysPastRowsInsertedByOthers(Dialect dialect) throws Exception {
        try (var run = new Fixtures.Run(dialect, dir).file("classes.yaml", "Class: [{ className: Drama }]\n")) {
            // a Sequelize seeder left a raw id behind the sequence
            run.exec("INSERT INTO \"Classes\" (\"id\", \"className\") VALUES (7, 'Old')");
            run.seed();
            assertThat(run.query("SELECT \"id\" FROM \"Classes\" WHERE \"className\" = 'Drama'")).containsExactly("id=8");
            run.exec("INSERT INTO \"Classes\" (\"className\") VALUES ('Dance')");
            assertThat(run.query("SELECT \"id\" FROM \"Classes\" WHERE \"className\" = 'Dance'")).containsExactly("id=9");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void nestedObjectsLinkExistingRowsAndMatchOnGivenAttributes(Dialect dialect) throws Exception {
        try (var run = new Fixtures.Run(dialect, dir).file("tags.yaml", """
                Project:
                  - title: Website
                    Tags: [{ name: red }, { name: green, color: lime }]
                    tasks: [{ title: Design }, { title: Build }]
                """)) {
            run.exec("INSERT INTO \"Tags\" (\"name\", \"color\") VALUES ('red', 'crimson')");
            run.seed();
            assertThat(run.query("SELECT \"name\", \"color\" FROM \"Tags\" ORDER BY 1"))
                    .containsExactly("name=green | color=lime", "name=red | color=crimson");
            assertThat(run.count("ProjectTags")).isEqualTo(2);
            assertThat(run.count("Tasks")).isEqualTo(2);
            SeedResult again = run.seed();
            assertThat(again.totalInserted()).isZero();
            assertThat(run.count("Tags")).isEqualTo(2);
            assertThat(run.count("Tasks")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void hasOneCreatesOrUpdatesTheRowThatPointsHere(Dialect dialect) throws Exception {
        try (var run = new Fixtures.Run(dialect, dir).file("profiles.yaml", """
                User:
                  - { name: Ann, email: ann@example.com, profile: { bio: Climber } }
                """)) {
            run.seed();
            assertThat(run.query("SELECT u.\"name\", p.\"bio\" FROM \"Profiles\" p JOIN \"Users\" u"
                    + " ON u.\"id\" = p.\"userId\"")).containsExactly("name=Ann | bio=Climber");
            assertThat(run.seed().totalInserted()).isZero();
            assertThat(run.count("Profiles")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void valuesOfEveryKindRoundTrip(Dialect dialect) throws Exception {
        try (var run = new Fixtures.Run(dialect, dir).file("types.yaml", """
                User:
                  - name: "O'Brien\\ttab"
                    email: ob@example.com
                    age: 44
                    nickname: obi
                    handle: o_brien
                    status: banned
                    settings: { theme: dark, sizes: [1, 2.5], beta: true }
                    birthday: 1980-02-29
                    score: 12.50
                    isAdmin: yes
                """)) {
            run.seed();
            assertThat(run.query("SELECT \"name\", \"age\", \"status\", \"birthday\", \"score\", \"isAdmin\" FROM \"Users\""))
                    .containsExactly("name=O'Brien\ttab | age=44 | status=banned | birthday=1980-02-29 | score=12.50 | isAdmin=true");
            assertThat(run.query("SELECT \"settings\" FROM \"Users\"").get(0)).contains("dark").contains("2.5");
            SeedResult again = run.seed();
            assertThat(again.totalUpdated()).isZero();
            assertThat(again.unchanged()).containsEntry("Users", 1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void manyJunctionRowsGoInBatches(Dialect dialect) throws Exception {
        StringBuilder yaml = new StringBuilder("Project:\n");
        for (int p = 0; p < 100; p++) yaml.append("  - { title: Project ").append(p).append(" }\n");
        yaml.append("User:\n");
        String[] roles = {"admin", "developer", "viewer"};
        for (int u = 0; u < 2000; u++) {
            yaml.append("  - name: \"Üser 東\\t").append(u).append("\"\n    email: user").append(u).append("@example.com\n")
                    .append("    status: ").append(u % 2 == 0 ? "active" : "banned").append('\n')
                    .append("    settings: { n: ").append(u).append(", tags: [a, \"b\\\\c\"] }\n")
                    .append("    birthday: 1990-01-").append(10 + u % 20).append('\n')
                    .append("    score: ").append(u % 100).append(".25\n")
                    .append("    isAdmin: ").append(u % 7 == 0).append('\n')
                    .append("    projects:\n");
            for (int k = 0; k < 10; k++) {
                yaml.append("      - { title: Project ").append((u + k * 5) % 100).append(", UserProject: { role: ")
                        .append(roles[(u + k) % 3]).append(" } }\n");
            }
        }
        try (var run = new Fixtures.Run(dialect, dir).file("big.yaml", yaml.toString())) {
            SeedResult r = run.seed();
            assertThat(r.inserted()).containsEntry("UserProjects", 20_000).containsEntry("Users", 2000);
            assertThat(run.count("UserProjects")).isEqualTo(20_000);
            assertThat(run.query("SELECT COUNT(*) AS \"n\" FROM \"UserProjects\" WHERE \"role\" = 'admin'"))
                    .containsExactly("n=" + countAdmins());
            assertThat(run.query("SELECT \"name\", \"status\", \"birthday\", \"score\", \"isAdmin\" FROM \"Users\""
                    + " WHERE \"email\" = 'user7@example.com'"))
                    .containsExactly("name=Üser 東\t7 | status=banned | birthday=1990-01-17 | score=7.25 | isAdmin=true");
            assertThat(run.query("SELECT \"settings\" FROM \"Users\" WHERE \"email\" = 'user7@example.com'").get(0))
                    .contains("\"n\":7").contains("b\\\\c");
            assertThat(run.log).anyMatch(l -> l.startsWith("seed: UserProjects: 20,000 links inserted, 0 updated, 0 unchanged"));
            Map<String, List<String>> before = run.dumpAll();
            SeedResult again = run.seed();
            assertThat(again.unchanged()).containsEntry("UserProjects", 20_000).containsEntry("Users", 2000);
            assertThat(again.totalInserted()).isZero();
            assertThat(again.totalUpdated()).isZero();
            assertThat(run.dumpAll()).isEqualTo(before);
        }
    }

    private static int countAdmins() {
        int n = 0;
        for (int u = 0; u < 2000; u++) for (int k = 0; k < 10; k++) if ((u + k) % 3 == 0) n++;
        return n;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void filesLoadInNameOrderFromSubdirectories(Dialect dialect) throws Exception {
        try (var run = new Fixtures.Run(dialect, dir)) {
            Files.createDirectories(run.seeds.resolve("b"));
            run.file("b/2.yml", "Class: [{ className: Two }]\n").file("a.yaml", "Class: [{ className: One }]\n");
            run.seed();
            assertThat(run.query("SELECT \"className\" FROM \"Classes\" ORDER BY \"id\""))
                    .containsExactly("className=One", "className=Two");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void filesPartlyInThePlainShapeLoadEveryRow(Dialect dialect) throws Exception {
        // the fast scanner reads the first rows, SnakeYAML the rest from "-cy" on (see PlainYaml)
        try (var run = new Fixtures.Run(dialect, dir).file("data.yaml", """
                User:
                  - { name: Amy, email: amy@example.com, age: 30 }
                  - name: Bo
                    email: bo@example.com
                  - { name: Cy, email: cy@example.com, nickname: -cy }
                  - name: Di
                    email: di@example.com
                    age: 41
                """)) {
            SeedResult r = run.seed();
            assertThat(r.inserted()).containsEntry("Users", 4);
            assertThat(run.query("SELECT \"name\", \"age\", \"nickname\" FROM \"Users\" ORDER BY \"name\""))
                    .containsExactly("name=Amy | age=30 | nickname=null", "name=Bo | age=null | nickname=null",
                            "name=Cy | age=null | nickname=-cy", "name=Di | age=41 | nickname=null");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aLinkNamedSeveralTimesIsOneRowWithTheAttributesOfAll(Dialect dialect) throws Exception {
        try (var run = new Fixtures.Run(dialect, dir).file("data.yaml", """
                Project:
                  - title: P1
                    users:
                      - { email: a@example.com, UserProject: { role: admin } }
                User:
                  - name: A
                    email: a@example.com
                    projects:
                      - { title: P1 }
                      - { title: P2 }
                      - { title: P3, UserProject: { role: developer } }
                      - { title: P2, UserProject: { role: viewer } }
                      - { title: P1, UserProject: { role: admin } }
                """)) {
            SeedResult r = run.seed();
            assertThat(r.inserted()).containsEntry("UserProjects", 3);
            assertThat(run.query("SELECT p.\"title\", j.\"role\" FROM \"UserProjects\" j"
                    + " JOIN \"Projects\" p ON p.\"id\" = j.\"ProjectId\" ORDER BY 1"))
                    .containsExactly("title=P1 | role=admin", "title=P2 | role=viewer", "title=P3 | role=developer");
        }
    }
}
