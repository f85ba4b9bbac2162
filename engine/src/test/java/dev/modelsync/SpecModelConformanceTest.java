package dev.modelsync;

import dev.modelsync.db.Dialect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/models.md, statement by statement, on real behaviour: one model project (the example of docs/models.md plus a
 * model per rule, split over two files with equal {@code define} and {@code conventions}) synced
 * through the facade into one H2 and one PostgreSQL database; every assertion reads the catalog or
 * runs plain SQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpecModelConformanceTest {

    /** The model example of docs/models.md, verbatim. */
    static final String SPEC_EXAMPLE = """
            conventions: sequelize6        # naming rules: sequelize6 (default) | sequelize7
            define:                        # defaults for every model, as Sequelize's `define` option
              underscored: false
              timestamps: true

            models:
              User:
                attributes:
                  name: { type: STRING, allowNull: false }
                  email:
                    type: STRING
                    allowNull: false
                    unique: true
                    validate: { isEmail: true }
                associations:
                  - belongsToMany: Project
                    through: UserProject
                    foreignKey: userId
                    as: projects
              Project:
                attributes:
                  title: { type: STRING, allowNull: false }
                  description: TEXT                      # shorthand: just the type
                associations:
                  - belongsToMany: User
                    through: UserProject
                    foreignKey: projectId
                    as: users
              UserProject:                               # a through model with extra attributes
                attributes:
                  role:
                    type: STRING
                    allowNull: false
                    validate: { isIn: [[admin, developer, viewer]] }
                  startDate: { type: DATE, defaultValue: NOW }
            """;

    /** One model per rule; a second file (in a subdirectory, .yml) with the same define and conventions. */
    static final String RULES = """
            conventions: sequelize6
            define:
              underscored: false
              timestamps: true
            models:
              Person:
                attributes:
                  name: STRING
                associations:
                  - belongsToMany: Person
                    through: friendships
                    as: friends
                    foreignKey: personId
                    otherKey: friendId
              Category:
                timestamps: false
                attributes:
                  label: { type: STRING, field: category_label }
              Status:
                attributes:
                  code: STRING
              UserRole:
                underscored: true
                attributes:
                  roleName: STRING
              Frozen:
                freezeTableName: true
                attributes:
                  x: INTEGER
              Named:
                tableName: tbl_named
                attributes:
                  x: INTEGER
              Country:
                timestamps: false
                attributes:
                  code: { type: STRING(12), primaryKey: true }
              Counter:
                attributes:
                  id: { type: BIGINT, primaryKey: true, autoIncrement: true }
                associations:
                  - hasMany: Reading
                  - hasOne: Meter
                  - hasOne: Gauge
                    as: gauge
              Gauge:
                attributes:
                  unit: STRING
              Reading:
                attributes:
                  value: DOUBLE
              Meter:
                attributes:
                  serial: STRING
              Task:
                attributes:
                  title: STRING
                associations:
                  - belongsTo: Project
                  - belongsTo: User
                    as: assignee
                  - belongsTo: User
                    as: reporter
                    foreignKey: { name: reporterId, allowNull: false }
                  - belongsTo: Country
                  - belongsTo: Counter
                  - belongsTo: Project
                    as: archive
                    constraints: false
              Book:
                attributes:
                  isbn: STRING
                associations:
                  - belongsToMany: Article
                    through: book_articles
              Article:
                attributes:
                  headline: STRING
                associations:
                  - belongsToMany: Book
                    through: book_articles
              Member:
                attributes:
                  nick: STRING
                associations:
                  - belongsToMany: Team
                    through: TeamMember
                  - belongsToMany: Club
                    through: { model: Membership, unique: false }
              Team:
                attributes:
                  label: STRING
              Club:
                attributes:
                  label: STRING
              TeamMember:
                attributes:
                  id: { type: INTEGER, primaryKey: true, autoIncrement: true }
                  since: DATEONLY
              Membership:
                attributes:
                  id: { type: INTEGER, primaryKey: true, autoIncrement: true }
                  level: INTEGER
              Account:
                attributes:
                  email: { type: STRING, unique: true }
                  region: { type: STRING, unique: region_number }
                  number: { type: INTEGER, unique: region_number }
              Event:
                attributes:
                  startsAt: { type: DATE, defaultValue: NOW }
                  day: { type: DATEONLY, defaultValue: NOW }
                  at: { type: TIME, defaultValue: NOW }
                  token: { type: UUID, defaultValue: UUIDV4 }
                  code:
                    type: STRING
                    defaultValue: { sql: "lower('ABC')" }
                  amount: { type: INTEGER, defaultValue: 7 }
                  label: { type: STRING, defaultValue: hello }
                  flag: { type: BOOLEAN, defaultValue: true }
              Post:
                attributes:
                  title: STRING
                  authorName: STRING
                  deleted: BOOLEAN
                indexes:
                  - fields: [title]
                  - name: posts_recent
                    fields: [authorName, { name: createdAt, order: DESC }]
                  - name: posts_live_title
                    fields: [title]
                    unique: true
                    where: "\\"deleted\\" = false"
              Shelf:
                attributes:
                  code: { type: STRING(8), unique: true, allowNull: false }
                associations:
                  - hasMany: Slot
                    sourceKey: code
                    foreignKey: shelfCode
              Slot:
                attributes:
                  pos: INTEGER
                associations:
                  - belongsTo: Shelf
                    targetKey: code
                    foreignKey: shelfCode
              Note:
                paranoid: true
                createdAt: writtenAt
                updatedAt: false
                attributes:
                  body: TEXT
              Sample:
                timestamps: false
                attributes:
                  s: STRING
                  s20: STRING(20)
                  c: CHAR(3)
                  t: TEXT
                  i: INTEGER
                  b: BIGINT
                  sm: SMALLINT
                  f: FLOAT
                  r: REAL
                  d: DOUBLE
                  dec: DECIMAL(10,2)
                  bool: BOOLEAN
                  ts: DATE
                  day: DATEONLY
                  tm: TIME
                  u: UUID
                  status: ENUM(active, blocked)
                  mood: "ENUM('happy', 'in love')"
                  j: JSON
                  jb: JSONB
                  bl: BLOB
                  lower: string(40)
                  lowerInt: integer
            """;

    private final Map<Dialect, SpecKit> kits = new EnumMap<>(Dialect.class);

    /** The synced project on the dialect: created and synced once per class. */
    private SpecKit kit(Dialect d) {
        return kits.computeIfAbsent(d, dialect -> {
            SpecKit k = SpecKit.project(dialect).model("example.yaml", SPEC_EXAMPLE).model("more/rules.yml", RULES);
            SyncResult r = k.ms().sync();
            assertThat(r.appliedChangeSets()).isNotEmpty();
            return k;
        });
    }

    @AfterAll
    void close() {
        kits.values().forEach(SpecKit::close);
    }

    // ---- §2 example and model files

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void specExampleResolvesToTheDocumentedTables(Dialect d) {
        SpecKit k = kit(d);
        assertThat(k.tables()).contains("Users", "Projects", "UserProjects").doesNotContain("UserProject", "User");
        assertThat(k.columnNames("Users")).containsExactly("id", "name", "email", "createdAt", "updatedAt");
        assertThat(k.columnNames("Projects")).containsExactly("id", "title", "description", "createdAt", "updatedAt");
        assertThat(k.columnNames("UserProjects"))
                .containsExactlyInAnyOrder("role", "startDate", "createdAt", "updatedAt", "userId", "projectId");
        assertThat(k.columnNames("UserProjects").subList(0, 4)).containsExactly("role", "startDate", "createdAt", "updatedAt");

        assertThat(k.nullable("Users", "name")).isFalse();
        assertThat(k.nullable("Users", "email")).isFalse();
        assertThat(k.nullable("Projects", "description")).isTrue();
        assertThat(k.type("Projects", "description")).isEqualTo(d == Dialect.H2 ? "character large object" : "text");
        assertThat(k.type("Users", "email")).isEqualTo(k.named("character varying(255)"));
        assertThat(k.constraints("Users")).containsExactly("Users_email_key|UNIQUE", "Users_pkey|PRIMARY KEY");
        assertThat(k.keyColumns("Users_email_key")).containsExactly("email");

        // the through model declares no primary key: the primary key is the FK pair, both NOT NULL, CASCADE
        assertThat(k.constraints("UserProjects")).containsExactly("UserProjects_pkey|PRIMARY KEY",
                "UserProjects_projectId_fkey|FOREIGN KEY", "UserProjects_userId_fkey|FOREIGN KEY");
        assertThat(k.keyColumns("UserProjects_pkey")).containsExactlyInAnyOrder("userId", "projectId");
        assertThat(k.foreignKey("UserProjects", "userId")).isEqualTo("UserProjects_userId_fkey|Users|id|CASCADE|CASCADE");
        assertThat(k.foreignKey("UserProjects", "projectId"))
                .isEqualTo("UserProjects_projectId_fkey|Projects|id|CASCADE|CASCADE");
        assertThat(k.nullable("UserProjects", "userId")).isFalse();
        assertThat(k.nullable("UserProjects", "projectId")).isFalse();
        assertThat(k.nullable("UserProjects", "role")).isFalse();
        assertThat(k.type("UserProjects", "startDate")).isEqualTo(k.named("timestamp with time zone"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void tableNamesArePluralisedFrozenOrGivenAndUnderscored(Dialect d) {
        assertThat(kit(d).tables()).contains("People", "Categories", "Statuses", "user_roles", "Frozen", "tbl_named")
                .doesNotContain("Persons", "UserRoles", "Status", "Nameds");
        assertThat(kit(d).columnNames("user_roles")).containsExactly("id", "role_name", "created_at", "updated_at");
        assertThat(kit(d).columnNames("Categories")).containsExactly("id", "category_label");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void implicitIdIsAnIntegerNotNullAutoIncrementPrimaryKey(Dialect d) throws Exception {
        SpecKit k = kit(d);
        assertThat(k.columnNames("Statuses").get(0)).isEqualTo("id");
        assertThat(k.type("Statuses", "id")).isEqualTo(k.named("integer"));
        assertThat(k.nullable("Statuses", "id")).isFalse();
        assertThat(k.identity("Statuses", "id")).isTrue();
        assertThat(k.keyColumns("Statuses_pkey")).containsExactly("id");
        // a declared primary key replaces it
        assertThat(k.columnNames("Countries")).containsExactly("code");
        assertThat(k.keyColumns("Countries_pkey")).containsExactly("code");
        k.exec("INSERT INTO \"Statuses\" (\"code\") VALUES ('a')", "INSERT INTO \"Statuses\" (\"code\") VALUES ('b')");
        assertThat(k.rows("SELECT \"id\", \"code\" FROM \"Statuses\" ORDER BY 1")).containsExactly("1|a", "2|b");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void timestampsComeAfterTheDeclaredAttributesNotNullWithADatabaseDefault(Dialect d) throws Exception {
        SpecKit k = kit(d);
        assertThat(k.columnNames("People")).containsExactly("id", "name", "createdAt", "updatedAt");
        for (String ts : List.of("createdAt", "updatedAt")) {
            assertThat(k.nullable("People", ts)).isFalse();
            assertThat(k.type("People", ts)).isEqualTo(k.named("timestamp with time zone"));
            assertThat(k.columnDefault("People", ts)).isNotNull();
        }
        // plain SQL inserts work
        k.exec("INSERT INTO \"People\" (\"name\") VALUES ('plain')");
        assertThat(k.one("SELECT COUNT(*) FROM \"People\" WHERE \"createdAt\" IS NOT NULL AND \"updatedAt\" IS NOT NULL"
                + " AND \"name\" = 'plain'")).isEqualTo("1");
        // timestamps: false
        assertThat(k.columnNames("Categories")).doesNotContain("createdAt", "updatedAt");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void paranoidAndCustomOrDisabledTimestamps(Dialect d) {
        SpecKit k = kit(d);
        assertThat(k.columnNames("Notes")).containsExactly("id", "body", "writtenAt", "deletedAt");
        assertThat(k.nullable("Notes", "writtenAt")).isFalse();
        assertThat(k.nullable("Notes", "deletedAt")).isTrue();
        assertThat(k.columnDefault("Notes", "deletedAt")).isNull();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void validateCreatesNoDatabaseConstraint(Dialect d) throws Exception {
        SpecKit k = kit(d);
        k.exec("INSERT INTO \"Users\" (\"name\", \"email\") VALUES ('v', 'not-an-email')",
                "INSERT INTO \"Projects\" (\"title\") VALUES ('p')",
                "INSERT INTO \"UserProjects\" (\"userId\", \"projectId\", \"role\") SELECT u.\"id\", p.\"id\", 'nobody'"
                        + " FROM \"Users\" u, \"Projects\" p WHERE u.\"email\" = 'not-an-email' AND p.\"title\" = 'p'");
        assertThat(k.one("SELECT COUNT(*) FROM \"UserProjects\" WHERE \"role\" = 'nobody'")).isEqualTo("1");
    }

    // ---- §2.2 attributes and types

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyTypeOfTheTypeTable(Dialect d) {
        SpecKit k = kit(d);
        boolean pg = d == Dialect.POSTGRESQL;
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("s", "character varying(255)");
        expected.put("s20", "character varying(20)");
        expected.put("c", "character(3)");
        expected.put("t", pg ? "text" : "character large object");
        expected.put("i", "integer");
        expected.put("b", "bigint");
        expected.put("sm", "smallint");
        expected.put("f", "double precision"); // sequelize6
        expected.put("r", "real");
        expected.put("d", "double precision");
        expected.put("dec", "numeric(10,2)");
        expected.put("bool", "boolean");
        expected.put("ts", "timestamp with time zone");
        expected.put("day", "date");
        expected.put("tm", pg ? "time without time zone" : "time");
        expected.put("u", "uuid");
        expected.put("status", (pg ? "user-defined" : "enum") + " enum_Samples_status");
        expected.put("mood", (pg ? "user-defined" : "enum") + " enum_Samples_mood");
        expected.put("j", "json");
        expected.put("jb", pg ? "jsonb" : "json");
        expected.put("bl", pg ? "bytea" : "binary large object");
        expected.put("lower", "character varying(40)");
        expected.put("lowerInt", "integer");
        if (d == Dialect.MARIADB) { // inline ENUMs, and REAL is DOUBLE there (docs/resolution.md, type table)
            expected.put("t", "text");
            expected.put("tm", "time");
            expected.put("status", "enum('active','blocked')");
            expected.put("mood", "enum('happy','in love')");
            expected.put("bl", "blob");
        }
        for (var e : expected.entrySet()) {
            assertThat(k.type("Samples", e.getKey())).as("Samples." + e.getKey() + " on " + d).isEqualTo(k.named(e.getValue()));
        }
        assertThat(k.enumValues("enum_Samples_status")).containsExactly("active", "blocked");
        assertThat(k.enumValues("enum_Samples_mood")).containsExactly("happy", "in love");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void nowUuidv4AndSqlDefaultsAreDatabaseDefaults(Dialect d) throws Exception {
        SpecKit k = kit(d);
        k.exec("INSERT INTO \"Events\" (\"amount\") VALUES (1)", "INSERT INTO \"Events\" (\"label\") VALUES ('x')");
        List<String> rows = k.rows("SELECT \"startsAt\" IS NOT NULL, \"day\" IS NOT NULL, \"at\" IS NOT NULL,"
                + " \"token\" IS NOT NULL, \"code\", \"amount\", \"label\", \"flag\" FROM \"Events\" ORDER BY \"id\"");
        String t = k.truth();
        assertThat(rows).containsExactly(String.join("|", t, t, t, t, "abc", "1", "hello", t),
                String.join("|", t, t, t, t, "abc", "7", "x", t));
        assertThat(k.one("SELECT COUNT(DISTINCT \"token\") FROM \"Events\"")).isEqualTo("2");
        assertThat(k.one("SELECT \"day\" = CURRENT_DATE FROM \"Events\" WHERE \"amount\" = 7"))
                .isIn("true", "TRUE", "t", "1");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void uniqueTrueAndNamedCompositeUnique(Dialect d) throws Exception {
        SpecKit k = kit(d);
        assertThat(k.constraints("Accounts")).containsExactly("Accounts_email_key|UNIQUE", "Accounts_pkey|PRIMARY KEY",
                "region_number|UNIQUE");
        assertThat(k.keyColumns("Accounts_email_key")).containsExactly("email");
        assertThat(k.keyColumns("region_number")).containsExactly("region", "number");
        k.exec("INSERT INTO \"Accounts\" (\"region\", \"number\") VALUES ('eu', 1), ('eu', 2), ('us', 1)");
        assertThatThrownBy(() -> k.exec("INSERT INTO \"Accounts\" (\"region\", \"number\") VALUES ('eu', 1)"))
                .isInstanceOf(java.sql.SQLException.class);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void fieldAndUnderscoredColumnNames(Dialect d) {
        assertThat(kit(d).columnNames("Categories")).contains("category_label").doesNotContain("label");
        assertThat(kit(d).columnNames("user_roles")).contains("role_name");
    }

    // ---- §2.3 associations

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void sequelize6ForeignKeyNamesTypesAndDefaultActions(Dialect d) {
        SpecKit k = kit(d);
        assertThat(k.columnNames("Tasks")).containsExactly("id", "title", "createdAt", "updatedAt", "ProjectId",
                "assigneeId", "reporterId", "CountryCode", "CounterId", "archiveId");
        // nullable → ON DELETE SET NULL; NOT NULL → CASCADE; ON UPDATE CASCADE
        assertThat(k.foreignKey("Tasks", "ProjectId")).isEqualTo("Tasks_ProjectId_fkey|Projects|id|CASCADE|SET NULL");
        assertThat(k.foreignKey("Tasks", "assigneeId")).isEqualTo("Tasks_assigneeId_fkey|Users|id|CASCADE|SET NULL");
        assertThat(k.nullable("Tasks", "reporterId")).isFalse();
        assertThat(k.foreignKey("Tasks", "reporterId")).isEqualTo("Tasks_reporterId_fkey|Users|id|CASCADE|CASCADE");
        // the FK column copies the referenced column's type, without auto-increment
        assertThat(k.type("Tasks", "CountryCode")).isEqualTo(k.named("character varying(12)"));
        assertThat(k.foreignKey("Tasks", "CountryCode")).isEqualTo("Tasks_CountryCode_fkey|Countries|code|CASCADE|SET NULL");
        assertThat(k.type("Tasks", "CounterId")).isEqualTo(k.named("bigint"));
        assertThat(k.identity("Tasks", "CounterId")).isFalse();
        assertThat(k.type("Tasks", "ProjectId")).isEqualTo(k.named("integer"));
        assertThat(k.identity("Tasks", "ProjectId")).isFalse();
        // constraints: false keeps the column without a constraint
        assertThat(k.foreignKeys("Tasks")).containsExactly("Tasks_CounterId_fkey", "Tasks_CountryCode_fkey",
                "Tasks_ProjectId_fkey", "Tasks_assigneeId_fkey", "Tasks_reporterId_fkey");
        // hasOne / hasMany: source model name + capitalised key, on the target
        assertThat(k.foreignKey("Readings", "CounterId")).isEqualTo("Readings_CounterId_fkey|Counters|id|CASCADE|SET NULL");
        assertThat(k.foreignKey("Meters", "CounterId")).isEqualTo("Meters_CounterId_fkey|Counters|id|CASCADE|SET NULL");
        assertThat(k.type("Readings", "CounterId")).isEqualTo(k.named("bigint"));
        // also with as (Sequelize 6 would name it gaugeId; docs/models.md, Associations says source model name + key)
        assertThat(k.columnNames("Gauges")).contains("CounterId").doesNotContain("gaugeId");
        assertThat(k.foreignKey("Gauges", "CounterId")).isEqualTo("Gauges_CounterId_fkey|Counters|id|CASCADE|SET NULL");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void sourceKeyAndTargetKeyAreReferencedAndTheirTypeCopied(Dialect d) {
        SpecKit k = kit(d);
        assertThat(k.type("Slots", "shelfCode")).isEqualTo(k.named("character varying(8)"));
        assertThat(k.foreignKeys("Slots")).containsExactly("Slots_shelfCode_fkey");
        assertThat(k.foreignKey("Slots", "shelfCode")).isEqualTo("Slots_shelfCode_fkey|Shelves|code|CASCADE|SET NULL");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void stringThroughWithoutAModelIsATableNamedExactlyThat(Dialect d) {
        SpecKit k = kit(d);
        assertThat(k.tables()).contains("book_articles").doesNotContain("BookArticles", "book_article");
        assertThat(k.columnNames("book_articles"))
                .containsExactlyInAnyOrder("createdAt", "updatedAt", "BookId", "ArticleId");
        assertThat(k.keyColumns("book_articles_pkey")).containsExactlyInAnyOrder("BookId", "ArticleId");
        assertThat(k.foreignKey("book_articles", "BookId")).isEqualTo("book_articles_BookId_fkey|Books|id|CASCADE|CASCADE");
        assertThat(k.foreignKey("book_articles", "ArticleId"))
                .isEqualTo("book_articles_ArticleId_fkey|Articles|id|CASCADE|CASCADE");
        assertThat(k.nullable("book_articles", "BookId")).isFalse();
        assertThat(k.nullable("book_articles", "createdAt")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void throughModelWithItsOwnKeyGetsAUniquePairUnlessUniqueFalse(Dialect d) throws Exception {
        SpecKit k = kit(d);
        assertThat(k.columnNames("TeamMembers")).startsWith("id", "since", "createdAt", "updatedAt")
                .contains("MemberId", "TeamId");
        assertThat(k.keyColumns("TeamMembers_pkey")).containsExactly("id");
        List<String> uniques = k.constraints("TeamMembers").stream().filter(c -> c.endsWith("|UNIQUE")).toList();
        assertThat(uniques).hasSize(1);
        assertThat(k.keyColumns(uniques.get(0).split("\\|")[0])).containsExactlyInAnyOrder("MemberId", "TeamId");
        assertThat(k.nullable("TeamMembers", "MemberId")).isFalse();
        assertThat(k.foreignKey("TeamMembers", "TeamId")).endsWith("|Teams|id|CASCADE|CASCADE");

        assertThat(k.keyColumns("Memberships_pkey")).containsExactly("id");
        assertThat(k.constraints("Memberships")).noneMatch(c -> c.endsWith("|UNIQUE"));
        assertThat(k.foreignKey("Memberships", "ClubId")).endsWith("|Clubs|id|CASCADE|CASCADE");
        assertThat(k.foreignKey("Memberships", "MemberId")).endsWith("|Members|id|CASCADE|CASCADE");
        k.exec("INSERT INTO \"Members\" (\"nick\") VALUES ('m')", "INSERT INTO \"Clubs\" (\"label\") VALUES ('c')",
                "INSERT INTO \"Memberships\" (\"MemberId\", \"ClubId\", \"level\") VALUES (1, 1, 1), (1, 1, 2)");
        assertThat(k.count("Memberships")).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void selfReferencingManyToManyUsesTheTwoDistinctKeys(Dialect d) {
        SpecKit k = kit(d);
        assertThat(k.columnNames("friendships")).containsExactlyInAnyOrder("createdAt", "updatedAt", "personId", "friendId");
        assertThat(k.keyColumns("friendships_pkey")).containsExactlyInAnyOrder("personId", "friendId");
        assertThat(k.foreignKey("friendships", "personId")).endsWith("|People|id|CASCADE|CASCADE");
        assertThat(k.foreignKey("friendships", "friendId")).endsWith("|People|id|CASCADE|CASCADE");
    }

    // ---- §2.4 indexes

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void indexesWithNameOrderUniqueAndWhere(Dialect d) {
        SpecKit k = kit(d);
        if (d == Dialect.POSTGRESQL) {
            List<String> defs = k.rows("SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE tablename = 'Posts'"
                    + " ORDER BY 1");
            assertThat(defs).anySatisfy(s -> assertThat(s).startsWith("posts_title: CREATE INDEX").contains("(title)"));
            assertThat(defs).anySatisfy(s -> assertThat(s).startsWith("posts_recent: CREATE INDEX")
                    .contains("(\"authorName\", \"createdAt\" DESC)"));
            assertThat(defs).anySatisfy(s -> assertThat(s).startsWith("posts_live_title: CREATE UNIQUE INDEX")
                    .contains("WHERE (deleted = false)"));
        } else if (d == Dialect.MARIADB) { // no partial indexes there: a plain one (docs/resolution.md)
            assertThat(k.indexes("Posts")).contains("posts_title", "posts_recent", "posts_live_title");
            assertThat(k.rows("SELECT column_name, collation, non_unique FROM information_schema.statistics WHERE table_schema = '"
                    + k.schema() + "' AND table_name = 'Posts' AND index_name IN ('posts_recent', 'posts_live_title')"
                    + " ORDER BY index_name, seq_in_index"))
                    .containsExactly("title|A|1", "authorName|A|1", "createdAt|D|1");
        } else {
            List<String> idx = k.indexes("Posts");
            assertThat(idx).contains("posts_title", "posts_recent", "posts_live_title");
            assertThat(k.rows("SELECT column_name, ordering_specification FROM information_schema.index_columns"
                    + " WHERE table_name = 'Posts' AND index_name = 'posts_recent' ORDER BY ordinal_position"))
                    .containsExactly("authorName|ASC", "createdAt|DESC");
        }
    }

    // ---- §3 (on this project): a second generation writes nothing, a second sync runs no DDL

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void secondGenerationWritesNothingAndSecondSyncRunsNoDdl(Dialect d) {
        SpecKit k = kit(d);
        List<String> files = k.files("src/main/resources/db/changelog/changes");
        int rows = k.changelogRows();
        assertThat(k.ms().generate().writtenFile()).isEmpty();
        SyncResult again = k.ms().sync();
        assertThat(again.generated().upToDate()).isTrue();
        assertThat(again.appliedChangeSets()).isEmpty();
        assertThat(k.files("src/main/resources/db/changelog/changes")).isEqualTo(files);
        assertThat(k.changelogRows()).isEqualTo(rows);
    }
}
