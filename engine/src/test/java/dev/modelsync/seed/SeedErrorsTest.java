package dev.modelsync.seed;
import dev.modelsync.problem.ProblemException;

import dev.modelsync.db.Dialect;
import dev.modelsync.problem.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every error kind names file:line:column and the offending value, and leaves the database untouched. */
class SeedErrorsTest {
    @TempDir
    Path dir;
    private int runs;

    /** Seeds {@code yaml} over a database holding one user; returns the failure after checking nothing changed. */
    private ProblemException fails(Dialect dialect, String yaml) throws Exception {
        try (var run = new Fixtures.Run(dialect, dir.resolve("run" + runs++))) {
            run.file("base.yaml", "User: [{ name: Zed, email: zed@example.com }]\n");
            run.seed();
            run.exec("INSERT INTO \"Classes\" (\"id\", \"className\") VALUES (1, 'Old')");
            Map<String, List<String>> before = run.dumpAll();
            run.file("bad.yaml", yaml);
            ProblemException e = catchThrowableOfType(ProblemException.class, run::seed);
            assertThat(e).as("seeding should fail").isNotNull();
            assertThat(e.getMessage()).startsWith("Seeding failed, nothing was written.");
            assertThat(run.dumpAll()).as("nothing written").isEqualTo(before);
            return e;
        }
    }

    private static Problem only(ProblemException e) {
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void unknownModel(Dialect d) throws Exception {
        Problem p = only(fails(d, "User: [{ name: Amy, email: amy@example.com }]\nUsr:\n  - { name: A }\n"));
        assertThat(p.toString()).startsWith("seeds/bad.yaml:2:1: unknown model 'Usr' (did you mean 'User'?)");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void unknownAttributeOrAssociation(Dialect d) throws Exception {
        ProblemException e = fails(d, """
                User:
                  - { name: Amy, emial: amy@example.com }
                  - { name: Bo, email: bo@example.com, projetcs: [] }
                """);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "seeds/bad.yaml:2:18: User row: unknown attribute or association 'emial' (did you mean 'email'?); User has"
                        + " id, name, email, age, nickname, handle, status, settings, birthday, score, isAdmin, createdAt,"
                        + " updatedAt, favoriteProjectId, profile, ownedProjects, favoriteProject, projects, friends, Badges",
                e.problems().get(1).toString());
        assertThat(e.problems().get(1).toString()).startsWith("seeds/bad.yaml:3:40: User 'bo@example.com': unknown"
                + " attribute or association 'projetcs' (did you mean 'projects'?)");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void wrongValueTypes(Dialect d) throws Exception {
        ProblemException e = fails(d, """
                User:
                  - { name: Amy, email: amy@example.com, age: abc }
                  - { name: Bo, email: bo@example.com, birthday: 2024-13-45, isAdmin: maybe, status: deleted }
                  - { name: [x], email: cy@example.com, score: 12345.678 }
                Tag:
                  - { name: t, color: this-color-name-is-far-too-long }
                """);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "seeds/bad.yaml:2:47: User 'amy@example.com': age 'abc' is not valid: expected an integer (INTEGER)",
                "seeds/bad.yaml:3:50: User 'bo@example.com': birthday '2024-13-45' is not valid: expected a date such as 2024-05-01",
                "seeds/bad.yaml:3:71: User 'bo@example.com': isAdmin 'maybe' is not valid: expected true or false",
                "seeds/bad.yaml:3:86: User 'bo@example.com': status 'deleted' is not one of the enum values [active, banned]",
                "seeds/bad.yaml:4:13: User 'cy@example.com': name a list is not valid: expected a string, found a list",
                "seeds/bad.yaml:4:48: User 'cy@example.com': score '12345.678' does not fit DECIMAL(6,2)",
                "seeds/bad.yaml:6:23: Tag row: color 'this-color-name-is-far-too-long' is 31 characters long; the column"
                        + " holds at most 20 (VARCHAR(20))");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void failedValidations(Dialect d) throws Exception {
        ProblemException e = fails(d, """
                User:
                  - { name: Amy, email: amy-at-example.com }
                  - { name: Bo, email: bo@example.com, age: 200, nickname: b, handle: Bad Handle }
                  - name: Cy
                    email: cy@example.com
                    handle: admin
                    projects: [{ title: P, UserProject: { role: boss } }]
                Project:
                  - { title: "" }
                """);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "seeds/bad.yaml:2:25: User 'amy-at-example.com': email 'amy-at-example.com' is not an email address (validate.isEmail)",
                "seeds/bad.yaml:3:45: User 'bo@example.com': age '200' is greater than 150 (validate.max)",
                "seeds/bad.yaml:3:60: User 'bo@example.com': nickname 'b' has length 1, expected between 2 and 12 (validate.len)",
                "seeds/bad.yaml:3:71: User 'bo@example.com': handle 'Bad Handle' does not match ^[a-z0-9_]+$ (validate.is)",
                "seeds/bad.yaml:6:13: User 'cy@example.com': handle 'admin' is one of the values not allowed [admin, root]"
                        + " (validate.notIn)",
                "seeds/bad.yaml:7:49: User 'cy@example.com': projects UserProject: role 'boss' is not one of"
                        + " [admin, developer, viewer] (validate.isIn)",
                "seeds/bad.yaml:9:14: Project '': title '' must not be empty (validate.notEmpty)");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void missingNotNullValues(Dialect d) throws Exception {
        assertThat(only(fails(d, "User:\n  - { email: amy@example.com }\n")).toString()).isEqualTo(
                "seeds/bad.yaml:2:5: User 'amy@example.com': no value for name, which is NOT NULL without a default");
        assertThat(only(fails(d, "User:\n  - { name: ~, email: bo@example.com }\n")).toString()).isEqualTo(
                "seeds/bad.yaml:2:13: User 'bo@example.com': name must not be null (the column name is NOT NULL)");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void missingJunctionAttribute(Dialect d) throws Exception {
        Problem p = only(fails(d, "User:\n  - { name: Cy, email: cy@example.com, projects: [{ title: P }] }\n"));
        assertThat(p.toString()).isEqualTo("seeds/bad.yaml:2:51: the link Project 'P' - User 'cy@example.com' needs role"
                + " (NOT NULL without a default in UserProjects); give it as { UserProject: { role: ... } }");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void ambiguousReference(Dialect d) throws Exception {
        Problem p = only(fails(d, """
                Tag:
                  - { name: red, color: crimson }
                  - { name: red, color: scarlet }
                Project:
                  - { title: Site, Tags: [{ name: red }] }
                """));
        assertThat(p.toString()).isEqualTo("seeds/bad.yaml:5:27: Tag {name: 'red'} is ambiguous: it matches 2 rows"
                + " (Tag {name: 'red', color: 'crimson'} at seeds/bad.yaml:2:5, Tag {name: 'red', color: 'scarlet'} at"
                + " seeds/bad.yaml:3:5); add attributes that tell them apart, or give Tag a seedKey");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void referenceThatCanNeitherBeFoundNorCreated(Dialect d) throws Exception {
        assertThat(only(fails(d, "Project:\n  - { title: Site, owner: nobody@example.com }\n")).toString()).isEqualTo(
                "seeds/bad.yaml:2:27: User 'nobody@example.com' is neither in the database nor declared in the seed"
                        + " files, and cannot be created from this reference: no value for name, which is NOT NULL"
                        + " without a default; declare the row under User or fix the reference");
        assertThat(only(fails(d, "User:\n  - { name: Amy, email: amy@example.com, Badges: [gold] }\n")).toString())
                .isEqualTo("seeds/bad.yaml:2:51: User 'amy@example.com': Badges: 'gold' cannot name a Badge row: Badge"
                        + " has no single-column seed key; write a mapping such as { name: ... } or give Badge a seedKey");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void twoValuesForOneRow(Dialect d) throws Exception {
        Problem p = only(fails(d, """
                User:
                  - { name: Amy, email: amy@example.com }
                Project:
                  - { title: Site, owner: { email: amy@example.com, name: Amelia } }
                """));
        assertThat(p.toString()).isEqualTo("seeds/bad.yaml:4:27: User 'amy@example.com': name is 'Amelia' here but 'Amy'"
                + " for the same row at seeds/bad.yaml:2:5; one row cannot have two values");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void databaseRefusalNamesTheRow(Dialect d) throws Exception {
        // Class 'New' is not in the database, so it is inserted with id 1, which 'Old' already holds
        Problem p = only(fails(d, """
                User:
                  - { name: Amy, email: amy@example.com }
                Class:
                  - { className: Fine }
                  - { id: 1, className: New }
                """));
        assertThat(p.pos().toString()).isEqualTo("seeds/bad.yaml:5:5");
        assertThat(p.message()).startsWith("the database refused this row of Classes: ");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void databaseRefusalInALargeLoadNamesTheRow(Dialect d) throws Exception {
        StringBuilder yaml = new StringBuilder("Class:\n");
        for (int i = 0; i < 3000; i++) {
            yaml.append(i == 2000 ? "  - { id: 1, className: C" : "  - { className: C").append(i).append(" }\n");
        }
        Problem p = only(fails(d, yaml.toString()));
        assertThat(p.pos().toString()).isEqualTo("seeds/bad.yaml:2002:5");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void unsafeOrBrokenYaml(Dialect d) throws Exception {
        assertThat(only(fails(d, "User:\n  - { name: !!java.io.File x, email: a@example.com }\n")).toString())
                .isEqualTo("seeds/bad.yaml:2:13: YAML tags (tag:yaml.org,2002:java.io.File) are not allowed in seed files");
        assertThat(only(fails(d, "User:\n  - &a { name: A, email: a@example.com }\n  - *a\n")).toString())
                .isEqualTo("seeds/bad.yaml:3:5: aliases (*a) are not supported in seed files; write the value out");
        assertThat(only(fails(d, "User:\n  - { name: A, email: a@example.com\n")).toString())
                .startsWith("seeds/bad.yaml:3:1: not valid YAML:");
        assertThat(only(fails(d, "- just a list\n")).toString())
                .startsWith("seeds/bad.yaml:1:1: a seed file holds a mapping of model names to lists of rows");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void errorsInSeveralFilesAreAllReported(Dialect d) throws Exception {
        try (var run = new Fixtures.Run(d, dir)) {
            run.file("a.yaml", "User: [{ name: A, email: nope }]\n")
                    .file("b.yaml", "Class: [{ className: X, room: 5 }]\nTeacher: []\n");
            ProblemException e = catchThrowableOfType(ProblemException.class, run::seed);
            assertThat(e.problems()).extracting(pr -> pr.pos().toString())
                    .containsExactly("seeds/a.yaml:1:26", "seeds/b.yaml:1:25", "seeds/b.yaml:2:1");
            assertThat(run.count("Users")).isZero();
        }
    }

    /** Files far larger than the read-ahead's queue: a file abandoned early, errors deep in a file, then broken YAML. */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void largeFilesReportEveryErrorInFileOrder(Dialect d) throws Exception {
        StringBuilder stopped = new StringBuilder("Class:\n  - { className: !!str X }\n");
        StringBuilder deep = new StringBuilder("Class:\n");
        for (int i = 0; i < 20_000; i++) {
            stopped.append("  - { className: B").append(i).append(" }\n");
            deep.append(i == 15_000 ? "  - { clasName: C" : "  - { className: C").append(i).append(" }\n");
        }
        deep.append("  - { className: broken\n");
        try (var run = new Fixtures.Run(d, dir)) {
            run.file("a.yaml", "User: [{ name: A, email: nope }]\n")
                    .file("b.yaml", stopped.toString())
                    .file("c.yaml", deep.toString())
                    .file("d.yaml", "Usr: []\n");
            ProblemException e = catchThrowableOfType(ProblemException.class, run::seed);
            assertThat(e.problems()).extracting(pr -> pr.pos().toString())
                    .containsExactly("seeds/a.yaml:1:26", "seeds/b.yaml:2:18", "seeds/c.yaml:15002:7",
                            "seeds/c.yaml:20003:1", "seeds/d.yaml:1:1");
            assertThat(e.problems().get(1).toString()).contains("YAML tags");
            assertThat(e.problems().get(3).toString()).contains("not valid YAML");
            assertThat(run.count("Users")).isZero();
            assertThat(run.count("Classes")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void positionsAreRightBeforeAndAfterTheFastScannerHandsAFileToSnakeYaml(Dialect d) throws Exception {
        // rows 1-2 are read by the fast scanner; "-cy" (a scalar starting with an indicator) makes it hand the
        // rest of the file to SnakeYAML, which must go on exactly where it stopped
        ProblemException e = fails(d, """
                User:
                  - { name: Amy, email: amy@example.com, age: abc }
                  - name: Bo
                    email: bo@example.com
                  - { name: Cy, email: cy@example.com, nickname: -cy }
                  - { name: Di, emial: di@example.com }
                """);
        assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith("seeds/bad.yaml:2:47: User 'amy@example.com': age 'abc'"),
                p -> assertThat(p).startsWith("seeds/bad.yaml:6:17: User row: unknown attribute or association 'emial'"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void databaseRefusalOfALinkInALargeLoadNamesTheLink(Dialect d) throws Exception {
        // UserProjects' key is (UserId, ProjectId) while links sort by (ProjectId, UserId): the rows go to the
        // database in key order, and a refused row must still be traced back to its own link
        StringBuilder yaml = new StringBuilder("Project:\n");
        for (int p = 0; p < 100; p++) yaml.append("  - { title: Project ").append(p).append(" }\n");
        yaml.append("User:\n");
        int lineNo = 102;
        String refused = null;
        for (int u = 0; u < 300; u++) {
            yaml.append("  - name: U").append(u).append("\n    email: u").append(u).append("@example.com\n    projects:\n");
            lineNo += 3;
            for (int k = 0; k < 10; k++) {
                lineNo++;
                yaml.append("      - { title: Project ").append((u + 7 * k) % 100).append(", UserProject: { role: admin } }\n");
                if (u == 149 && k == 3) refused = "seeds/bad.yaml:" + lineNo + ":9"; // User id 150, Project 70 (id 71)
            }
        }
        try (var run = new Fixtures.Run(d, dir)) {
            if (d == Dialect.MARIADB) { // it refuses a CHECK on the columns of a cascading foreign key: a trigger refuses instead
                run.exec("CREATE TRIGGER \"noPair\" BEFORE INSERT ON \"UserProjects\" FOR EACH ROW"
                        + " IF NEW.\"UserId\" = 150 AND NEW.\"ProjectId\" = 71 THEN"
                        + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'noPair'; END IF");
            } else {
                run.exec("ALTER TABLE \"UserProjects\" ADD CONSTRAINT \"noPair\" CHECK (NOT (\"UserId\" = 150 AND \"ProjectId\" = 71))");
            }
            run.file("bad.yaml", yaml.toString());
            ProblemException e = catchThrowableOfType(ProblemException.class, run::seed);
            assertThat(e).as("seeding should fail").isNotNull();
            Problem p = only(e);
            assertThat(p.pos().toString()).isEqualTo(refused);
            assertThat(p.toString()).contains("UserProjects");
            assertThat(run.count("UserProjects")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aLinkWithTwoValuesForOneAttribute(Dialect d) throws Exception {
        Problem p = only(fails(d, """
                Project:
                  - title: P1
                    users:
                      - { email: zed@example.com, UserProject: { role: admin } }
                  - title: P2
                User:
                  - name: Zed
                    email: zed@example.com
                    projects:
                      - { title: P2, UserProject: { role: viewer } }
                      - { title: P1, UserProject: { role: viewer } }
                """));
        assertThat(p.toString()).startsWith("seeds/bad.yaml:11:9: the link").contains("role 'viewer' here but 'admin' at"
                + " seeds/bad.yaml:4:9; one link cannot have two values");
    }
}
