package dev.modelsync.resolve;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.Schema;

import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import dev.modelsync.model.AssociationDef.Kind;
import dev.modelsync.schema.ForeignKey.Action;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResolverTest {
    private static final String SPEC_EXAMPLE = """
            models:
              User:
                attributes:
                  name: { type: STRING, allowNull: false }
                  email: { type: STRING, allowNull: false, unique: true, validate: { isEmail: true } }
                associations:
                  - belongsToMany: Project
                    through: UserProject
                    foreignKey: userId
                    as: projects
              Project:
                attributes:
                  title: { type: STRING, allowNull: false }
                associations:
                  - belongsToMany: User
                    through: UserProject
                    foreignKey: projectId
                    as: users
              UserProject:
                attributes:
                  role: STRING
            """;

    @Test
    void modelInfoListsAttributesAssociationsAndTimestamps() {
        Resolved r = Yaml.resolve(SPEC_EXAMPLE);
        ModelInfo user = r.model("User").orElseThrow();
        assertThat(user.table()).isEqualTo("Users");
        assertThat(user.attributes()).extracting(ModelInfo.AttributeInfo::name)
                .containsExactly("id", "name", "email", "createdAt", "updatedAt");
        assertThat(user.attribute("id").orElseThrow().implicit()).isTrue();
        assertThat(user.attribute("email").orElseThrow().validate()).containsEntry("isEmail", true);
        assertThat(user.seedKey()).containsExactly("email");
        assertThat(user.createdAt()).isEqualTo("createdAt");
        assertThat(user.deletedAt()).isEmpty();
        assertThat(user.association("projects")).contains(new AssociationInfo(Kind.BELONGS_TO_MANY, "projects",
                "Project", "userId", "projectId", "id", "id", "UserProjects", "UserProject"));
        assertThat(r.model("Project").orElseThrow().association("users")).contains(new AssociationInfo(
                Kind.BELONGS_TO_MANY, "users", "User", "projectId", "userId", "id", "id", "UserProjects", "UserProject"));
        ModelInfo through = r.model("UserProject").orElseThrow();
        assertThat(through.attributes()).extracting(ModelInfo.AttributeInfo::name)
                .containsExactly("role", "createdAt", "updatedAt", "userId", "projectId");
        assertThat(through.seedKey()).isEmpty();
    }

    @Test
    void associationNamesDefaultToTheTargetPluralForTheManyKinds() {
        Resolved r = Yaml.resolve("""
                models:
                  Student:
                    associations:
                      - belongsToMany: Class
                        through: Enrollment
                      - hasOne: Locker
                      - belongsTo: School
                  Class:
                    associations:
                      - belongsToMany: Student
                        through: Enrollment
                  Locker: {}
                  School:
                    associations:
                      - hasMany: Student
                """);
        assertThat(r.model("Student").orElseThrow().associations()).extracting(AssociationInfo::name)
                .containsExactly("Classes", "Locker", "School");
        assertThat(r.model("School").orElseThrow().associations()).extracting(AssociationInfo::name)
                .containsExactly("Students");
        assertThat(r.model("Student").orElseThrow().association("Locker").orElseThrow().foreignKey())
                .isEqualTo("StudentId");
        // belongsTo School and School.hasMany(Student) share one key column and one constraint
        Table students = r.schema().table("Students").orElseThrow();
        assertThat(students.columns()).extracting(Column::name).containsOnlyOnce("SchoolId");
        assertThat(students.foreignKeys()).hasSize(1);
    }

    @Test
    void belongsToKeysPerConvention() {
        String models = """
                models:
                  Task:
                    associations:
                      - belongsTo: User
                        as: assignee
                      - belongsTo: Project
                  User: {}
                  Project: {}
                """;
        assertThat(Yaml.resolve(models).schema().table("Tasks").orElseThrow().columns()).extracting(Column::name)
                .containsExactly("id", "createdAt", "updatedAt", "assigneeId", "ProjectId");
        assertThat(Yaml.resolve("conventions: sequelize7\n" + models).schema().table("Tasks").orElseThrow().columns())
                .extracting(Column::name).containsExactly("id", "createdAt", "updatedAt", "assigneeId", "projectId");
    }

    @Test
    void keyColumnCopiesTheReferencedTypeWithoutAutoIncrement() {
        Table t = Yaml.resolve("""
                models:
                  Order:
                    attributes:
                      code: { type: STRING(12), unique: true }
                  Line:
                    associations:
                      - belongsTo: Order
                        targetKey: code
                      - belongsTo: Account
                  Account:
                    attributes:
                      number: { type: BIGINT, primaryKey: true, autoIncrement: true }
                """).schema().table("Lines").orElseThrow();
        assertThat(t.column("OrderId").orElseThrow().type()).isEqualTo(ColumnType.varchar(12));
        Column account = t.column("AccountNumber").orElseThrow();
        assertThat(account.type()).isEqualTo(ColumnType.of(ColumnType.Kind.BIGINT));
        assertThat(account.autoIncrement()).isFalse();
        assertThat(t.foreignKeys()).extracting(ForeignKey::refColumns).containsExactly(List.of("code"), List.of("number"));
    }

    @Test
    void onDeleteDefaultsFollowNullability() {
        Table t = Yaml.resolve("""
                models:
                  Task:
                    associations:
                      - belongsTo: User
                        foreignKey: { name: ownerId, allowNull: false }
                      - belongsTo: User
                        as: reviewer
                  User: {}
                """).schema().table("Tasks").orElseThrow();
        assertThat(t.foreignKeys()).extracting(ForeignKey::onDelete).containsExactly(Action.CASCADE, Action.SET_NULL);
        assertThat(t.foreignKeys()).extracting(ForeignKey::onUpdate).containsOnly(Action.CASCADE);
        assertThat(t.column("ownerId").orElseThrow().nullable()).isFalse();
    }

    @Test
    void declaredForeignKeyAttributeIsMergedNotDuplicated() {
        Table t = Yaml.resolve("""
                models:
                  Task:
                    attributes:
                      UserId: { type: INTEGER, allowNull: false, comment: owner }
                      title: STRING
                    associations:
                      - belongsTo: User
                  User: {}
                """).schema().table("Tasks").orElseThrow();
        assertThat(t.columns()).extracting(Column::name).containsExactly("id", "UserId", "title", "createdAt", "updatedAt");
        assertThat(t.column("UserId").orElseThrow().comment()).isEqualTo("owner");
        assertThat(t.foreignKeys()).singleElement().satisfies(fk -> assertThat(fk.onDelete()).isEqualTo(Action.CASCADE));
    }

    @Test
    void constraintsFalseKeepsTheColumnWithoutForeignKey() {
        Table t = Yaml.resolve("""
                models:
                  Task:
                    associations:
                      - belongsTo: User
                        constraints: false
                  User: {}
                """).schema().table("Tasks").orElseThrow();
        assertThat(t.column("UserId")).isPresent();
        assertThat(t.foreignKeys()).isEmpty();
    }

    @Test
    void renamesMapToTableAndColumnNames() {
        Table t = Yaml.resolve("""
                models:
                  Person:
                    underscored: true
                    renamedFrom: [Human, Person]
                    attributes:
                      fullName: { type: STRING, renamedFrom: displayName }
                """).schema().table("people").orElseThrow();
        assertThat(t.renamedFrom()).containsExactly("humans");
        assertThat(t.column("full_name").orElseThrow().renamedFrom()).containsExactly("display_name");
    }

    @Test
    void throughModelWithOwnKeyGetsUniquePairUnlessSwitchedOff() {
        String models = """
                models:
                  Tag:
                    associations:
                      - belongsToMany: Post
                        through: { model: PostTag%s }
                  Post: {}
                  PostTag:
                    attributes:
                      id: { type: INTEGER, primaryKey: true, autoIncrement: true }
                """;
        Table withUnique = Yaml.resolve(models.formatted("")).schema().table("PostTags").orElseThrow();
        assertThat(withUnique.primaryKey().orElseThrow().columns()).containsExactly("id");
        assertThat(withUnique.uniques()).containsExactly(new UniqueConstraint("PostTags_TagId_PostId_key",
                List.of("TagId", "PostId")));
        Table without = Yaml.resolve(models.formatted(", unique: false")).schema().table("PostTags").orElseThrow();
        assertThat(without.uniques()).isEmpty();
        assertThat(without.column("TagId").orElseThrow().nullable()).isFalse();
    }

    /** Checked with the oracle: Sequelize 6 ignores through.timestamps on a string junction, Sequelize 7 reads only it. */
    @Test
    void stringThroughTimestampsAsEachSequelizeReadsThem() {
        String models = """
                models:
                  Tag:
                    associations:
                      - belongsToMany: Post
                        through: { model: post_tags, timestamps: false }
                  Post: {}
                """;
        Resolved v6 = Yaml.resolve(models);
        assertThat(v6.schema().table("post_tags").orElseThrow().columns()).extracting(Column::name)
                .containsExactly("createdAt", "updatedAt", "TagId", "PostId");
        assertThat(v6.notes()).singleElement().asString().startsWith("models/test.yaml:4:9: info: through.timestamps: "
                + "false of Tag.belongsToMany(Post) has no effect on the string junction post_tags under sequelize6");
        Table v7 = Yaml.resolve("conventions: sequelize7\n" + models).schema().table("post_tags").orElseThrow();
        assertThat(v7.columns()).extracting(Column::name).containsExactly("postId", "tagId");

        String own = """
                models:
                  Tag:
                    associations:
                      - belongsToMany: Post
                        through: post_tags
                        timestamps: false
                  Post: {}
                """;
        Table t = Yaml.resolve(own).schema().table("post_tags").orElseThrow();
        assertThat(t.columns()).extracting(Column::name).containsExactly("TagId", "PostId");
        assertThat(t.primaryKey().orElseThrow()).isEqualTo(new PrimaryKey("post_tags_pkey", List.of("TagId", "PostId")));
        assertThat(Yaml.problems("conventions: sequelize7\n" + own)).singleElement().asString()
                .startsWith("5:9 timestamps on Tag.belongsToMany(Post): Sequelize 7 refuses it");
    }

    @Test
    void enumsGetOneTypePerColumnIncludingCopies() {
        Resolved r = Yaml.resolve("""
                models:
                  Shirt:
                    attributes:
                      size: { type: "ENUM(S, M, L)", primaryKey: true }
                  Stock:
                    associations:
                      - belongsTo: Shirt
                """);
        assertThat(r.schema().enums()).containsExactly(new EnumType("enum_Shirts_size", List.of("S", "M", "L")),
                new EnumType("enum_Stocks_ShirtSize", List.of("S", "M", "L")));
    }

    @Test
    void seedKeyFallsBackToDeclaredPrimaryKeyThenFirstUnique() {
        Resolved r = Yaml.resolve("""
                models:
                  A: { seedKey: [x, y], attributes: { x: STRING, y: STRING } }
                  B: { attributes: { code: { type: STRING, primaryKey: true } } }
                  C: { attributes: { name: STRING, slug: { type: STRING, unique: true } } }
                  D: { attributes: { name: STRING } }
                """);
        assertThat(r.model("A").orElseThrow().seedKey()).containsExactly("x", "y");
        assertThat(r.model("B").orElseThrow().seedKey()).containsExactly("code");
        assertThat(r.model("C").orElseThrow().seedKey()).containsExactly("slug");
        assertThat(r.model("D").orElseThrow().seedKey()).isEmpty();
    }

    @Test
    void resolvingTheSameSetTwiceGivesEqualRecords() {
        assertThat(Yaml.resolve(SPEC_EXAMPLE)).isEqualTo(Yaml.resolve(SPEC_EXAMPLE));
    }

    @Test
    void reportsEveryProblemAtOnceInFileOrder() {
        assertThat(Yaml.problems("""
                models:
                  Task:
                    seedKey: nope
                    associations:
                      - belongsTo: Usr
                  User:
                    indexes:
                      - fields: [missing]
                """)).satisfiesExactly(
                p -> assertThat(p).startsWith("5:9 belongsTo names model Usr").contains("(did you mean 'User'?)"));
        assertThat(Yaml.problems("""
                models:
                  Task:
                    seedKey: nope
                  User:
                    indexes:
                      - fields: [missing]
                """)).satisfiesExactly(
                p -> assertThat(p).startsWith("2:3 seedKey nope"),
                p -> assertThat(p).startsWith("6:18 index field missing"));
    }

    @Test
    void attributeReferencesNameAModelOrSequelize7sTable() {
        String models = """
                models:
                  User:
                    tableName: people
                    attributes: { email: STRING }
                  Post:
                    attributes:
                      a: { type: INTEGER, references: %s }
                """;
        for (String ref : List.of("{ table: people, key: id }", "people",
                "{ table: { tableName: people, schema: public }, deferrable: Deferrable.INITIALLY_DEFERRED }",
                "{ model: User }", "{ model: people }")) {
            ForeignKey fk = Yaml.resolve("conventions: sequelize7\n" + models.formatted(ref)).schema().table("Posts")
                    .orElseThrow().foreignKeys().get(0);
            assertThat(fk.columns()).as(ref).containsExactly("a");
            assertThat(fk.refTable()).as(ref).isEqualTo("people");
            assertThat(fk.refColumns()).as(ref).containsExactly("id");
        }
        // Sequelize 6 takes model: as a model or a table name, and a { tableName, schema } object
        assertThat(Yaml.resolve(models.formatted("{ model: { tableName: people, schema: public } }")).schema()
                .table("Posts").orElseThrow().foreignKeys().get(0).refTable()).isEqualTo("people");
        // Sequelize 6's sync fails on table: and on a bare name; Sequelize 7 refuses model: { tableName }
        assertThat(Yaml.problems(models.formatted("{ table: people }"))).containsExactly("7:39 references names table"
                + " people as Sequelize 7 writes it (table:, or a bare name), which Sequelize 6 does not take (its sync"
                + " fails: \"Dependency name must be given as a not empty string\"): write references: { model: people },"
                + " or set conventions: sequelize7");
        assertThat(Yaml.problems(models.formatted("people"))).singleElement().asString()
                .startsWith("7:39 references names table people as Sequelize 7 writes it");
        assertThat(Yaml.problems("conventions: sequelize7\n" + models.formatted("{ model: { tableName: people } }")))
                .containsExactly("8:39 references.model takes a model under Sequelize 7, not a table object (its sync"
                        + " fails: \"expected a Model Class\"): write references: { table: { tableName: people } }");
        // a table is a table name only, never a model's name
        assertThat(Yaml.problems("conventions: sequelize7\n" + models.formatted("{ table: User }")))
                .containsExactly("8:39 references names table User, which no model makes; tables: Posts or people");
        assertThat(Yaml.problems(models.formatted("{ model: Usr }"))).singleElement().asString()
                .startsWith("7:39 references names model Usr, which does not exist (did you mean 'User'?); models:");
    }

    @Test
    void aReferencedTableNameWithoutSchemaIsInTheReferencingModelsSchema() {
        String models = """
                conventions: sequelize7
                models:
                  User:
                    tableName: people
                    attributes: { email: STRING }
                  Post:
                    schema: app
                    attributes:
                      a: { type: INTEGER, references: %s }
                """;
        assertThat(Yaml.problems(models.formatted("{ table: people }"))).containsExactly("9:39 references names table"
                + " app.people, which no model makes (a table name without a schema is in the referencing model's"
                + " schema app, as in Sequelize; write { tableName: people, schema: ... }); tables: app.Posts or people");
        assertThat(Yaml.resolve(models.formatted("{ table: { tableName: people, schema: public }, key: id }")).schema()
                .table("app.Posts").orElseThrow().foreignKeys().get(0).refTable()).isEqualTo("people");
        assertThat(Yaml.resolve(models.formatted("{ model: User }")).schema()
                .table("app.Posts").orElseThrow().foreignKeys().get(0).refTable()).isEqualTo("people");
    }

    @Test
    void hasOneKeyFollowsEachVersion() {
        String models = """
                models:
                  User:
                    associations:
                      - hasOne: Profile
                        as: profile
                  Profile: {}
                """;
        // docs/models.md, Associations: source model name + key, whatever the as (Sequelize 6 itself would say profileId)
        assertThat(Yaml.resolve(models).schema().table("Profiles").orElseThrow().columns()).extracting(c -> c.name())
                .contains("UserId").doesNotContain("profileId");
        assertThat(Yaml.resolve("conventions: sequelize7\n" + models).schema().table("Profiles").orElseThrow()
                .column("userId")).isPresent();
    }

    @Test
    void throughModelDeclaringTheKeyPairAsPrimaryKeyGetsNoExtraUnique() {
        Table t = Yaml.resolve("""
                models:
                  Tag:
                    associations:
                      - belongsToMany: Post
                        through: PostTag
                  Post: {}
                  PostTag:
                    attributes:
                      TagId: { type: INTEGER, primaryKey: true }
                      PostId: { type: INTEGER, primaryKey: true }
                """).schema().table("PostTags").orElseThrow();
        assertThat(t.primaryKey().orElseThrow().columns()).containsExactly("TagId", "PostId");
        assertThat(t.uniques()).isEmpty();
        assertThat(t.foreignKeys()).hasSize(2);
    }

    @Test
    void noPrimaryKeyLeavesOutTheImplicitIdAndKeepsADeclaredKey() {
        Schema s = Yaml.resolve("""
                models:
                  Visit:
                    noPrimaryKey: true
                    timestamps: false
                    attributes:
                      path: STRING
                  Code:
                    noPrimaryKey: true
                    attributes:
                      code: { type: STRING, primaryKey: true }
                """).schema();
        Table visits = s.table("Visits").orElseThrow();
        assertThat(visits.columns()).extracting(Column::name).containsExactly("path");
        assertThat(visits.primaryKey()).isEmpty();
        assertThat(s.table("Codes").orElseThrow().primaryKey().orElseThrow().columns()).containsExactly("code");
    }

    /**
     * A through model with noPrimaryKey: Sequelize 6 (whose removeAttribute('id') it stands for) makes
     * no primary key, the pair unique unless through.unique is false; Sequelize 7 makes the pair the
     * key anyway (both checked with the Sequelize oracle).
     */
    @Test
    void throughModelWithoutPrimaryKeyPerConvention() {
        String models = """
                %s
                models:
                  Book:
                    associations:
                      - belongsToMany: Tag
                        through: { model: BooksTag%s }
                        foreignKey: book_id
                        otherKey: tag_id
                  Tag: {}
                  BooksTag:
                    tableName: books_tags
                    noPrimaryKey: true
                    timestamps: false
                    indexes:
                      - { name: index_books_tags_on_book_id_and_tag_id, fields: [book_id, tag_id], unique: true }
                """;
        Table v6 = Yaml.resolve(models.formatted("", "")).schema().table("books_tags").orElseThrow();
        assertThat(v6.primaryKey()).isEmpty();
        assertThat(v6.columns()).extracting(Column::name, Column::nullable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("book_id", false), org.assertj.core.groups.Tuple.tuple("tag_id", false));
        assertThat(v6.uniques()).containsExactly(new UniqueConstraint("books_tags_book_id_tag_id_key", List.of("book_id", "tag_id")));
        assertThat(v6.indexes()).extracting(Index::name).containsExactly("index_books_tags_on_book_id_and_tag_id");
        Table v6NotUnique = Yaml.resolve(models.formatted("", ", unique: false")).schema().table("books_tags").orElseThrow();
        assertThat(v6NotUnique.primaryKey()).isEmpty();
        assertThat(v6NotUnique.uniques()).isEmpty();
        Table v7 = Yaml.resolve(models.formatted("conventions: sequelize7", ", unique: false")).schema().table("books_tags")
                .orElseThrow();
        assertThat(v7.primaryKey().orElseThrow().columns()).containsExactly("tag_id", "book_id");
    }
}
