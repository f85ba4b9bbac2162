package dev.modelsync;

import dev.modelsync.db.Dialect;
import dev.modelsync.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * docs/models.md: sequelize7 naming on real databases, {@code define}/{@code conventions} across files, and
 * the listed errors, each with file, line and column and what would be valid — through the facade.
 */
class SpecModelRulesTest {

    static final String V7 = """
            conventions: sequelize7
            models:
              User:
                attributes:
                  name: STRING
                associations:
                  - hasMany: Task
                  - hasOne: Profile
                  - belongsToMany: Project
                    through: UserProject
                    inverse: { as: members }
              Project:
                attributes:
                  title: STRING
                  score: FLOAT
              Task:
                attributes:
                  title: STRING
                associations:
                  - belongsTo: Project
                  - belongsTo: User
                    as: assignee
              Profile:
                attributes:
                  bio: TEXT
              Tag:
                underscored: true
                attributes:
                  label: STRING
                associations:
                  - belongsTo: User
            """;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void sequelize7NamesForeignKeysInCamelCaseAndFloatIsReal(Dialect d) {
        try (SpecKit k = SpecKit.project(d).model("m.yaml", V7)) {
            assertThat(k.ms().sync().appliedChangeSets()).isNotEmpty();
            assertThat(k.columnNames("Tasks")).contains("userId", "projectId", "assigneeId")
                    .doesNotContain("UserId", "ProjectId");
            assertThat(k.foreignKey("Tasks", "projectId")).isEqualTo("Tasks_projectId_fkey|Projects|id|CASCADE|SET NULL");
            assertThat(k.foreignKey("Tasks", "userId")).isEqualTo("Tasks_userId_fkey|Users|id|CASCADE|SET NULL");
            assertThat(k.foreignKey("Tasks", "assigneeId")).isEqualTo("Tasks_assigneeId_fkey|Users|id|CASCADE|SET NULL");
            assertThat(k.foreignKey("Profiles", "userId")).isEqualTo("Profiles_userId_fkey|Users|id|CASCADE|SET NULL");
            // underscored: the column is snake_cased
            assertThat(k.columnNames("tags")).contains("user_id");
            assertThat(k.foreignKey("tags", "user_id")).endsWith("|Users|id|CASCADE|SET NULL");
            // declared once with inverse: one junction; a string through with no model is a table named exactly that
            assertThat(k.tables()).contains("UserProject").doesNotContain("UserProjects");
            assertThat(k.columnNames("UserProject")).containsExactlyInAnyOrder("createdAt", "updatedAt", "userId", "projectId");
            assertThat(k.keyColumns("UserProject_pkey")).containsExactlyInAnyOrder("userId", "projectId");
            assertThat(k.foreignKey("UserProject", "userId")).endsWith("|Users|id|CASCADE|CASCADE");
            assertThat(k.foreignKey("UserProject", "projectId")).endsWith("|Projects|id|CASCADE|CASCADE");
            assertThat(k.type("Projects", "score")).isEqualTo(k.named("real")); // MariaDB: REAL is DOUBLE there
        }
    }

    @Test
    void defineAndConventionsMayRepeatOnlyWithEqualValues() {
        String a = """
                conventions: sequelize7
                define: { underscored: true, timestamps: false }
                models:
                  User:
                    attributes:
                      firstName: STRING
                """;
        try (SpecKit k = SpecKit.project().model("a.yaml", a)
                .model("sub/b.yml", "conventions: sequelize7\ndefine: { underscored: true, timestamps: false }\nmodels:\n  Task: {}\n")) {
            var tables = k.ms().resolve().schema().tables();
            assertThat(tables).extracting(t -> t.name()).containsExactlyInAnyOrder("users", "tasks");
            assertThat(k.ms().resolve().schema().table("users").orElseThrow().columns()).extracting(c -> c.name())
                    .containsExactly("id", "first_name");

            k.model("sub/b.yml", "conventions: sequelize7\ndefine: { underscored: false, timestamps: false }\nmodels:\n  Task: {}\n");
            assertThat(catchThrowableOfType(() -> k.ms().resolve(), ProblemException.class).getMessage())
                    .contains("src/main/models/sub/b.yml:2:1: define differs from the one at src/main/models/a.yaml:2:1");

            k.model("sub/b.yml", "conventions: sequelize6\ndefine: { underscored: true, timestamps: false }\nmodels:\n  Task: {}\n");
            assertThat(catchThrowableOfType(() -> k.ms().resolve(), ProblemException.class).getMessage())
                    .contains("src/main/models/sub/b.yml:1:1: conventions").contains("src/main/models/a.yaml:1:1");
        }
    }

    /**
     * Each error docs/models.md, Associations lists: the message names file, line and column (relative to the project)
     * and says what would be valid.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            association declared twice, differently; models:\\n  User:\\n    associations:\\n      - hasMany: Task\\n        onDelete: CASCADE\\n      - hasMany: Task\\n        onDelete: RESTRICT\\n  Task: {}\\n; 6:9; onDelete RESTRICT of User.hasMany(Task) disagrees with onDelete CASCADE of User.hasMany(Task); write one value
            foreignKey equal to otherKey; models:\\n  User:\\n    associations:\\n      - belongsToMany: Project\\n        through: UP\\n        foreignKey: k\\n        otherKey: k\\n  Project: {}\\n; 4:9; would be named k; set foreignKey and otherKey to two different names
            target that does not exist; models:\\n  Task:\\n    associations:\\n      - belongsTo: Projet\\n  Project: {}\\n; 4:9; names model Projet, which does not exist; did you mean 'Project'?
            alias used twice; models:\\n  Task:\\n    associations:\\n      - belongsTo: User\\n        as: owner\\n      - belongsTo: Team\\n        as: owner\\n  User: {}\\n  Team: {}\\n; 6:9; alias owner is used twice on model Task; each association of a model needs its own as
            type that does not parse; models:\\n  User:\\n    attributes:\\n      name: STRNG(20)\\n; 4:13; unparseable type 'STRNG(20)'; valid types: STRING, STRING(n)
            unknown top-level key; modles:\\n  User: {}\\n; 1:1; unknown top-level key 'modles'; valid: models, define, conventions
            unknown model option; models:\\n  User:\\n    tablename: x\\n; 3:5; unknown model option 'tablename'; valid: tableName
            unknown attribute option; models:\\n  User:\\n    attributes:\\n      name: { type: STRING, alowNull: false }\\n; 4:29; unknown attribute option 'alowNull'; valid: type, allowNull
            unknown association option; models:\\n  User:\\n    associations:\\n      - hasMany: Task\\n        foreignkey: x\\n  Task: {}\\n; 5:9; unknown association option 'foreignkey'; valid for hasMany: as, foreignKey
            unknown foreignKey option; models:\\n  User:\\n    associations:\\n      - hasMany: Task\\n        foreignKey: { name: x, nullable: false }\\n  Task: {}\\n; 5:32; unknown foreignKey option 'nullable'; valid: name, allowNull
            unknown through option; models:\\n  User:\\n    associations:\\n      - belongsToMany: Task\\n        through: { model: UT, uniq: false }\\n  Task: {}\\n; 5:31; unknown through option 'uniq'; valid: model, unique, timestamps
            unknown index option; models:\\n  User:\\n    attributes: { a: STRING }\\n    indexes:\\n      - fields: [a]\\n        unqiue: true\\n; 6:9; unknown index option 'unqiue'; valid: name, fields, unique, where
            unknown validator; models:\\n  User:\\n    attributes:\\n      a: { type: STRING, validate: { isEmal: true } }\\n; 4:38; unknown validator 'isEmal'; valid validators: is, not, isEmail
            unknown references option; models:\\n  User:\\n    attributes:\\n      a: { type: INTEGER, references: { model: User, column: id } }\\n; 4:54; unknown references option 'column'; valid: model, key
            unknown define option; define:\\n  underscore: true\\nmodels:\\n  User: {}\\n; 2:3; unknown define option 'underscore'; define may set: freezeTableName, underscored
            self-referencing many-to-many without as; models:\\n  User:\\n    associations:\\n      - belongsToMany: User\\n        through: F\\n; 4:9; self-referencing belongsToMany User → User needs as; for example as: friends
            self-referencing many-to-many with equal keys; models:\\n  User:\\n    associations:\\n      - belongsToMany: User\\n        through: F\\n        as: friends\\n        foreignKey: a\\n        otherKey: a\\n; 4:9; foreignKey and otherKey of self-referencing belongsToMany User.belongsToMany(User, as: friends) are both a; they name the two columns of the junction table and must differ
            """)
    void everyListedErrorNamesFileLineColumnAndWhatIsValid(String what, String yaml, String position, String problem,
                                                          String valid) {
        try (SpecKit k = SpecKit.project().model("m.yaml", yaml.replace("\\n", "\n"))) {
            assertThatThrownBy(() -> k.ms().resolve()).as(what).isInstanceOf(ProblemException.class)
                    .hasMessageContaining("src/main/models/m.yaml:" + position + ": ")
                    .hasMessageContaining(problem)
                    .hasMessageContaining(valid);
            assertThatThrownBy(() -> k.ms().generate()).as(what + " (generate)").isInstanceOf(ProblemException.class);
            assertThat(k.dir.resolve("src/main/resources/db/changelog")).doesNotExist();
        }
    }
}
