package dev.modelsync;

import dev.modelsync.db.Dialect;
import dev.modelsync.problem.ProblemException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * docs/seeding.md, statement by statement, through the facade: one synced model per database; each test
 * seeds its own models from its own seed directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpecSeedConformanceTest {

    static final String MODELS = SpecModelConformanceTest.SPEC_EXAMPLE + """
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
              Account:
                seedKey: code
                attributes:
                  code: { type: STRING, allowNull: false }
                  email: { type: STRING, unique: true }
                  name: STRING
                  tier: { type: STRING, defaultValue: basic }
                  opened: { type: DATEONLY, defaultValue: NOW }
              Member:
                attributes:
                  nick: STRING
                  email: { type: STRING, unique: true }
                  handle: { type: STRING, unique: true }
              Item:
                attributes:
                  label: STRING
              Tag:
                attributes:
                  name: STRING
                  color: STRING
              Board:
                attributes:
                  title: STRING
              Card:
                seedKey: title
                attributes:
                  title: STRING
                  size: { type: INTEGER, validate: { min: 1, max: 10 } }
                associations:
                  - belongsTo: Board
                  - belongsTo: Tag
                  - belongsTo: Account
                    as: owner
            """;

    /** The seed example of docs/seeding.md, verbatim. */
    static final String SPEC_SEED = """
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

    private final Map<Dialect, SpecKit> kits = new EnumMap<>(Dialect.class);

    private SpecKit kit(Dialect d) {
        return kits.computeIfAbsent(d, dialect -> {
            SpecKit k = SpecKit.project(dialect).model("models.yaml", MODELS);
            k.ms().sync();
            return k;
        });
    }

    @AfterAll
    void close() {
        kits.values().forEach(SpecKit::close);
    }

    private List<String> specTables(SpecKit k) {
        List<String> all = new java.util.ArrayList<>();
        all.addAll(k.dump("Users", "\"id\", \"name\", \"email\", \"createdAt\", \"updatedAt\"", "1"));
        all.addAll(k.dump("Projects", "\"id\", \"title\", \"description\", \"createdAt\"", "1"));
        all.addAll(k.dump("UserProjects", "\"userId\", \"projectId\", \"role\", \"startDate\", \"updatedAt\"", "1, 2"));
        all.addAll(k.dump("Students", "\"id\", \"firstName\"", "1"));
        all.addAll(k.dump("Classes", "\"id\", \"className\"", "1"));
        all.addAll(k.dump("Enrollment", "\"StudentId\", \"ClassId\"", "1, 2"));
        return all;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theSpecExampleSeedsLinksCreatesAndIsIdempotent(Dialect d) {
        SpecKit k = kit(d);
        k.seed("example.yaml", SPEC_SEED); // the default seed directory src/test/seeds
        SeedResult first = k.ms().seed();
        assertThat(first.totalInserted()).isPositive();

        assertThat(k.dump("Projects", "\"title\", \"description\"", "\"id\""))
                .containsExactly("Website Redesign|Update UI/UX", "DevOps|null");
        assertThat(k.dump("Users", "\"name\", \"email\"", "\"id\"")).containsExactly("Alice|alice@example.com");
        assertThat(k.rows("SELECT p.\"title\", up.\"role\" FROM \"UserProjects\" up JOIN \"Projects\" p"
                + " ON p.\"id\" = up.\"projectId\" JOIN \"Users\" u ON u.\"id\" = up.\"userId\" WHERE u.\"name\" = 'Alice'"
                + " ORDER BY 1")).containsExactly("DevOps|developer", "Website Redesign|admin");
        assertThat(k.rows("SELECT s.\"firstName\", c.\"className\" FROM \"Enrollment\" e"
                + " JOIN \"Students\" s ON s.\"id\" = e.\"StudentId\" JOIN \"Classes\" c ON c.\"id\" = e.\"ClassId\" ORDER BY 1, 2"))
                .containsExactly("Jake|Chemistry", "Lucas|Chemistry", "Lucas|Physics");
        assertThat(k.count("Classes")).isEqualTo(2);
        // timestamps and defaults filled (startDate: NOW)
        assertThat(k.one("SELECT COUNT(*) FROM \"UserProjects\" WHERE \"startDate\" IS NOT NULL AND \"createdAt\" IS NOT NULL"))
                .isEqualTo("2");
        assertThat(k.one("SELECT COUNT(*) FROM \"Users\" WHERE \"createdAt\" IS NOT NULL AND \"updatedAt\" IS NOT NULL"))
                .isEqualTo("1");

        List<String> before = specTables(k);
        SeedResult second = k.ms().seed();
        assertThat(second.totalInserted()).isZero();
        assertThat(second.totalUpdated()).isZero();
        assertThat(specTables(k)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void rowsAreIdentifiedBySeedKeyElsePrimaryKeyElseFirstUniqueAttribute(Dialect d) throws Exception {
        SpecKit k = kit(d);
        k.write("seeds-identity/a.yaml", """
                Account:
                  - { code: A1, email: a@example.com, name: Ann }
                Member:
                  - { nick: m, email: m@example.com, handle: mh }
                Item:
                  - { id: 20, label: twenty }
                """);
        k.withSeeds("seeds-identity").seed();
        assertThat(k.rows("SELECT \"code\", \"email\", \"name\", \"tier\" FROM \"Accounts\" WHERE \"code\" = 'A1'"))
                .containsExactly("A1|a@example.com|Ann|basic");
        assertThat(k.one("SELECT COUNT(*) FROM \"Accounts\" WHERE \"opened\" IS NOT NULL AND \"createdAt\" IS NOT NULL"
                + " AND \"code\" = 'A1'"))
                .isEqualTo("1");

        // seedKey wins over the unique email; the first unique attribute (email) wins over the second (handle)
        k.write("seeds-identity/a.yaml", """
                Account:
                  - { code: A1, email: changed@example.com, name: Ann }
                Member:
                  - { nick: m2, email: m@example.com, handle: other }
                Item:
                  - { id: 20, label: XX }
                """);
        SeedResult r = k.withSeeds("seeds-identity").seed();
        assertThat(r.totalInserted()).isZero();
        assertThat(k.rows("SELECT \"code\", \"email\" FROM \"Accounts\" WHERE \"name\" = 'Ann'"))
                .containsExactly("A1|changed@example.com");
        assertThat(k.dump("Members", "\"nick\", \"email\", \"handle\"", "\"id\"")).containsExactly("m2|m@example.com|other");
        assertThat(k.dump("Items", "\"id\", \"label\"", "\"id\"")).containsExactly("20|XX");

        // explicit primary keys move the sequence on
        k.exec("INSERT INTO \"Items\" (\"label\") VALUES ('next')");
        assertThat(k.dump("Items", "\"id\", \"label\"", "\"id\"")).containsExactly("20|XX", "21|next");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void insertOrderFollowsForeignKeysAndKeylessNestedRowsMatchOnGivenAttributes(Dialect d) {
        SpecKit k = kit(d);
        // the referencing rows come first, in the earlier file
        k.write("seeds-order/01-cards.yaml", """
                Card:
                  - { title: c1, size: 3, Board: { title: Backlog }, owner: { code: O1, name: Olga }, Tag: { name: blue } }
                  - { title: c2, Board: { title: Backlog } }
                """);
        k.write("seeds-order/02-boards.yaml", """
                Board:
                  - { title: Backlog }
                Tag:
                  - { name: blue, color: navy }
                """);
        SeedResult first = k.withSeeds("seeds-order").seed();
        assertThat(first.totalInserted()).isPositive();
        assertThat(k.count("Boards")).isEqualTo(1);
        assertThat(k.rows("SELECT c.\"title\", b.\"title\", t.\"color\", a.\"code\" FROM \"Cards\" c"
                + " JOIN \"Boards\" b ON b.\"id\" = c.\"BoardId\" LEFT JOIN \"Tags\" t ON t.\"id\" = c.\"TagId\""
                + " LEFT JOIN \"Accounts\" a ON a.\"id\" = c.\"ownerId\" ORDER BY 1"))
                .containsExactly("c1|Backlog|navy|O1", "c2|Backlog|null|null");
        // created from the nested reference
        assertThat(k.dump("Accounts", "\"name\"", "\"id\"")).contains("Olga");

        SeedResult again = k.withSeeds("seeds-order").seed();
        assertThat(again.totalInserted()).isZero();
        assertThat(again.totalUpdated()).isZero();

        // two matches for a key-less nested row: an error
        k.write("seeds-order/03-more.yaml", """
                Tag:
                  - { name: blue, color: sky }
                Card:
                  - { title: c3, Tag: { name: blue } }
                """);
        ProblemException e = catchThrowableOfType(() -> k.withSeeds("seeds-order").seed(), ProblemException.class);
        assertThat(e.getMessage()).containsPattern("seeds-order/0[13]-(cards|more).yaml:\\d+:\\d+: Tag \\{name: 'blue'\\}"
                + " is ambiguous: it matches 2 rows");
        assertThat(k.dump("Tags", "\"color\"", "\"id\"")).containsExactly("navy");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void allFilesLoadInOneTransactionAndErrorsNameFileLineAndValue(Dialect d) {
        SpecKit k = kit(d);
        k.write("seeds-tx/01-ok.yaml", "Account:\n  - { code: TX1, name: fine }\nBoard:\n  - { title: TxBoard }\n");
        k.write("seeds-tx/02-bad.yaml", """
                Card:
                  - { title: tx-card, size: 3 }
                  - { title: tx-big, size: 11 }
                User:
                  - { name: Bob, email: not-an-email }
                """);
        int accounts = k.count("Accounts");
        int boards = k.count("Boards");
        ProblemException e = catchThrowableOfType(() -> k.withSeeds("seeds-tx").seed(), ProblemException.class);
        assertThat(e.getMessage()).contains("nothing was written")
                .contains("seeds-tx/02-bad.yaml:3:").contains("11")
                .contains("seeds-tx/02-bad.yaml:5:").contains("not-an-email");
        assertThat(k.count("Accounts")).isEqualTo(accounts);
        assertThat(k.count("Boards")).isEqualTo(boards);
        assertThat(k.one("SELECT COUNT(*) FROM \"Cards\" WHERE \"title\" LIKE 'tx-%'")).isEqualTo("0");
    }

    /** docs/seeding.md: *.yml files and subdirectories are read, and a file may hold several YAML documents. */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void ymlFilesSubdirectoriesAndSeveralDocumentsPerFile(Dialect d) {
        SpecKit k = kit(d);
        k.write("seeds-docs/sub/multi.yml", "Board:\n  - { title: DocA }\n---\nTag:\n  - { name: doc, color: grey }\n");
        k.withSeeds("seeds-docs").seed();
        assertThat(k.one("SELECT COUNT(*) FROM \"Boards\" WHERE \"title\" = 'DocA'")).isEqualTo("1");
        assertThat(k.one("SELECT COUNT(*) FROM \"Tags\" WHERE \"name\" = 'doc'")).isEqualTo("1");
    }

    /** docs/seeding.md: files whose name starts with '.' (editor backups, lock files) are skipped. */
    @Test
    void dotFilesAreSkipped() {
        try (SpecKit k = SpecKit.project(Dialect.H2).model("m.yaml", "models:\n  Tag: { attributes: { name: STRING } }\n")) {
            k.ms().sync();
            k.write("seeds-dot/tags.yaml", "Tag:\n  - { name: visible }\n");
            // an editor's copy, invalid on purpose: read, it would fail the run
            k.write("seeds-dot/.tags.yaml", "Tag:\n  - { name: hidden, colour: grey }\n");
            k.withSeeds("seeds-dot").seed();
            assertThat(k.dump("Tags", "\"name\"", "\"name\"")).containsExactly("visible");
        }
    }
}
