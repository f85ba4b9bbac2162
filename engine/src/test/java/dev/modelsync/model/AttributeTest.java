package dev.modelsync.model;

import dev.modelsync.problem.Pos;

import dev.modelsync.model.TypeSpec.Logical;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.ForeignKey.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AttributeTest {

    private static AttributeDef attr(String yamlOfAttribute) {
        return Parse.model("models:\n  M:\n    attributes:\n      a: " + yamlOfAttribute + "\n").attribute("a").orElseThrow();
    }

    /** An attribute in block style: each line is indented under "a:". */
    private static AttributeDef block(String... lines) {
        return attr("\n" + String.join("\n", java.util.Arrays.stream(lines).map(l -> "        " + l).toList()));
    }

    private static List<String> problems(String yamlOfAttribute) {
        return Parse.problems("models:\n  M:\n    attributes:\n      a: " + yamlOfAttribute + "\n");
    }

    @Test
    void shorthandAndFullFormGiveTheSameAttribute() {
        AttributeDef shorthand = attr("STRING(20)");
        AttributeDef full = attr("{ type: STRING(20) }");
        assertThat(full).isEqualTo(shorthand);
        assertThat(shorthand.type()).isEqualTo(new TypeSpec(Logical.STRING, 20, 0, 0, List.of(), "STRING(20)"));
        assertThat(shorthand.allowNull()).isTrue();
        assertThat(shorthand.defaultValue()).isEmpty();
        assertThat(shorthand.unique()).isEmpty();
        assertThat(shorthand.primaryKey()).isFalse();
        assertThat(shorthand.autoIncrement()).isFalse();
        assertThat(shorthand.field()).isEmpty();
        assertThat(shorthand.comment()).isEmpty();
        assertThat(shorthand.validate()).isEmpty();
        assertThat(shorthand.references()).isEmpty();
        assertThat(shorthand.onDelete()).isEmpty();
        assertThat(shorthand.renamedFrom()).isEmpty();
        assertThat(shorthand.pos()).isEqualTo(new Pos("models/test.yaml", 4, 7));
    }

    @Test
    void everyOption() {
        AttributeDef a = block("type: INTEGER",
                "allowNull: false",
                "defaultValue: 7",
                "unique: true",
                "primaryKey: true",
                "autoIncrement: true",
                "field: a_col",
                "comment: the answer",
                "validate: { min: 0, max: 100 }",
                "references: { model: Other, key: code }",
                "onDelete: set null",
                "onUpdate: CASCADE",
                "renamedFrom: [old, older]");
        assertThat(a.allowNull()).isFalse();
        assertThat(a.defaultValue()).contains(DefaultValue.literal("7"));
        assertThat(a.unique()).contains("");
        assertThat(a.primaryKey()).isTrue();
        assertThat(a.autoIncrement()).isTrue();
        assertThat(a.field()).contains("a_col");
        assertThat(a.comment()).isEqualTo("the answer");
        assertThat(a.validate()).isEqualTo(Map.of("min", 0L, "max", 100L));
        assertThat(a.references()).contains(new AttributeDef.Reference("Other", Optional.of("code"),
                new Pos("models/test.yaml", 14, 21)));
        assertThat(a.onDelete()).contains(Action.SET_NULL);
        assertThat(a.onUpdate()).contains(Action.CASCADE);
        assertThat(a.renamedFrom()).containsExactly("old", "older");
    }

    @Test
    void uniqueTrueFalseOrAName() {
        assertThat(attr("{ type: STRING, unique: true }").unique()).contains("");
        assertThat(attr("{ type: STRING, unique: false }").unique()).isEmpty();
        assertThat(attr("{ type: STRING, unique: name_scope }").unique()).contains("name_scope");
        assertThat(problems("{ type: STRING, unique: [a] }")).containsExactly(
                "4:34 unique must be true, false or the name of a composite unique constraint, found a list");
    }

    @Test
    void referencesWithoutKey() {
        assertThat(attr("{ type: INTEGER, references: { model: User } }").references().orElseThrow().key()).isEmpty();
        assertThat(problems("{ type: INTEGER, references: { key: id } }")).containsExactly(
                "4:39 references needs a model or a table: { model: User, key: id } or { table: Users, key: id }");
        assertThat(problems("{ type: INTEGER, references: { model: User, table: x } }")).containsExactly(
                "4:54 references takes a model or a table, not both (Sequelize 7 refuses both): drop one of them");
    }

    @Test
    void referencesTakeSequelize7TablesAndSequelize6TableObjects() {
        Pos pos = new Pos("models/test.yaml", 4, 39);
        assertThat(attr("{ type: INTEGER, references: { table: people, key: id } }").references()).contains(
                new AttributeDef.Reference("people", Optional.of("id"), pos, Optional.empty(),
                        AttributeDef.Reference.Target.TABLE, Optional.empty()));
        assertThat(attr("{ type: INTEGER, references: people }").references()).contains(
                new AttributeDef.Reference("people", Optional.empty(), pos, Optional.empty(),
                        AttributeDef.Reference.Target.TABLE, Optional.empty()));
        assertThat(attr("{ type: INTEGER, references: { table: { tableName: people, schema: app }, deferrable: "
                + "Deferrable.INITIALLY_DEFERRED } }").references()).contains(
                new AttributeDef.Reference("people", Optional.empty(), pos, Optional.of("INITIALLY_DEFERRED"),
                        AttributeDef.Reference.Target.TABLE, Optional.of("app")));
        assertThat(attr("{ type: INTEGER, references: { model: { tableName: people, schema: app } } }").references())
                .contains(new AttributeDef.Reference("people", Optional.empty(), pos, Optional.empty(),
                        AttributeDef.Reference.Target.MODEL_TABLE, Optional.of("app")));
        assertThat(problems("{ type: INTEGER, references: { table: { schema: app } } }")).containsExactly(
                "4:48 references.table needs a tableName: { tableName: Users, schema: app }");
        assertThat(problems("{ type: INTEGER, references: { table: { tableName: people, schem: app } } }"))
                .singleElement().asString().startsWith("4:69 unknown references.table option 'schem' (did you mean "
                        + "'schema'?); valid: tableName, schema");
        assertThat(problems("{ type: INTEGER, references: [people] }")).containsExactly(
                "4:39 references must be a table name or a mapping ({ model: User, key: id } or { table: Users, key: id }),"
                        + " found a list");
    }

    @Test
    void renamedFromAsTextOrList() {
        assertThat(attr("{ type: TEXT, renamedFrom: bio }").renamedFrom()).containsExactly("bio");
        assertThat(attr("{ type: TEXT, renamedFrom: [bio, about] }").renamedFrom()).containsExactly("bio", "about");
    }

    @Test
    void enumAsListForm() {
        AttributeDef a = attr("{ type: ENUM, values: [draft, 'in review', published] }");
        assertThat(a.type().kind()).isEqualTo(Logical.ENUM);
        assertThat(a.type().enumValues()).containsExactly("draft", "in review", "published");
        assertThat(problems("{ type: ENUM }")).containsExactly(
                "4:18 ENUM needs its values: write ENUM(a, b) or add values: [a, b]");
        assertThat(problems("ENUM")).containsExactly(
                "4:10 ENUM needs its values: write ENUM(a, b) or { type: ENUM, values: [a, b] }");
        assertThat(problems("{ type: STRING, values: [a] }")).containsExactly(
                "4:26 'values' belongs to type: ENUM written without values; here the type is STRING");
        assertThat(problems("{ type: ENUM, values: [a, a] }")).containsExactly("4:32 ENUM value 'a' is listed twice");
    }

    @Test
    void unknownOptionsSuggestTheNearestAndListTheValidOnes() {
        assertThat(problems("{ type: STRING, allowNul: false }")).containsExactly(
                "4:26 unknown attribute option 'allowNul' (did you mean 'allowNull'?); valid: type, allowNull, "
                        + "defaultValue, unique, primaryKey, autoIncrement, field, comment, validate, references, "
                        + "onDelete, onUpdate, renamedFrom, values, autoIncrementIdentity, get, set, columnName, index");
        assertThat(problems("{ type: STRING, primarykey: true }")).singleElement().asString()
                .contains("(did you mean 'primaryKey'?)");
        assertThat(problems("{ type: STRING, defualtValue: x }")).singleElement().asString()
                .contains("(did you mean 'defaultValue'?)");
    }

    @Test
    void missingType() {
        assertThat(problems("{ allowNull: false }"))
                .containsExactly("4:7 attribute 'a' has no type; add for example type: STRING");
        assertThat(problems("")).containsExactly("4:7 attribute 'a' needs a type, e.g. a: STRING or a: { type: STRING }");
        assertThat(problems("[STRING]")).containsExactly("4:10 attribute 'a' must be a mapping (key: value), found a list");
    }

    @Test
    void booleansMustBeTrueOrFalse() {
        assertThat(problems("{ type: STRING, allowNull: nope }"))
                .containsExactly("4:37 allowNull must be true or false, found 'nope'");
        assertThat(problems("{ type: STRING, primaryKey: 1 }"))
                .containsExactly("4:38 primaryKey must be true or false, found '1'");
    }

    @Test
    void referentialActions() {
        assertThat(attr("{ type: INTEGER, onDelete: no action }").onDelete()).contains(Action.NO_ACTION);
        assertThat(attr("{ type: INTEGER, onDelete: SET_DEFAULT }").onDelete()).contains(Action.SET_DEFAULT);
        assertThat(attr("{ type: INTEGER, onDelete: restrict }").onDelete()).contains(Action.RESTRICT);
        assertThat(problems("{ type: INTEGER, onDelete: CASCADES }")).containsExactly(
                "4:37 onDelete 'CASCADES' is not a referential action (did you mean 'CASCADE'?); valid: CASCADE, "
                        + "SET NULL, RESTRICT, NO ACTION, SET DEFAULT");
    }

    @Test
    void validatorsKeepRawValues() {
        AttributeDef a = block("type: STRING",
                "validate:",
                "  isEmail: true",
                "  notEmpty: true",
                "  isIn: [[a, b]]",
                "  notIn: [[c]]",
                "  len: [2, 10]",
                "  is: \"^[a-z]+$\"",
                "  min: 1.5",
                "  max: 10");
        assertThat(a.validate()).containsEntry("isEmail", true).containsEntry("notEmpty", true)
                .containsEntry("isIn", List.of(List.of("a", "b"))).containsEntry("notIn", List.of(List.of("c")))
                .containsEntry("len", List.of(2L, 10L)).containsEntry("is", "^[a-z]+$")
                .containsEntry("min", 1.5).containsEntry("max", 10L);
    }

    @Test
    void unknownValidatorsAndBadShapes() {
        assertThat(problems("{ type: STRING, validate: { isEmial: true } }")).containsExactly(
                "4:38 unknown validator 'isEmial' (did you mean 'isEmail'?); valid validators: "
                        + String.join(", ", Validators.ALL.keySet()));
        assertThat(problems("{ type: STRING, validate: { isIn: [a, b] } }")).containsExactly(
                "4:44 validator isIn takes a list holding one list of allowed values, e.g. [[a, b]], { args, msg } or "
                        + "{ msg }, found a list");
        assertThat(problems("{ type: STRING, validate: { len: 5 } }")).singleElement().asString()
                .startsWith("4:43 validator len takes a list of a minimum and a maximum length");
        assertThat(problems("{ type: INTEGER, validate: { min: zero } }")).singleElement().asString()
                .startsWith("4:44 validator min takes a number");
        assertThat(problems("{ type: STRING, validate: { isEmail: yes please } }")).singleElement().asString()
                .startsWith("4:47 validator isEmail takes true or false");
    }

    @Test
    void namesMustBeIdentifiers() {
        assertThat(Parse.problems("models:\n  M:\n    attributes:\n      first name: STRING\n")).containsExactly(
                "4:7 attribute name must be a name of letters, digits, '_' or '$' that does not start with a digit, "
                        + "found 'first name'");
        assertThat(problems("{ type: STRING, field: 'a-b' }")).singleElement().asString()
                .startsWith("4:33 field must be a name of letters");
    }

    // --- defaultValue -----------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "STRING       | hello               | hello",
            "STRING(3)    | abc                 | abc",
            "CHAR(2)      | 'NO'                | NO",
            "TEXT         | \"NOW\"               | NOW",
            "STRING       | 42                  | 42",
            "INTEGER      | 42                  | 42",
            "INTEGER      | -2147483648         | -2147483648",
            "SMALLINT     | 32767               | 32767",
            "BIGINT       | 9223372036854775807 | 9223372036854775807",
            "FLOAT        | 1.5                 | 1.5",
            "REAL         | -2                  | -2",
            "DOUBLE       | 1e3                 | 1e3",
            "\"DECIMAL(5,2)\" | 999.99              | 999.99",
            "DECIMAL      | 12345678901234.5    | 12345678901234.5",
            "BOOLEAN      | true                | true",
            "BOOLEAN      | FALSE               | false",
            "DATE         | 2024-01-31          | 2024-01-31",
            "DATE         | 2024-01-31 12:00:00 | 2024-01-31 12:00:00",
            "DATE         | 2024-01-31T12:00:00Z | 2024-01-31T12:00:00Z",
            "DATEONLY     | 2024-02-29          | 2024-02-29",
            "TIME         | '12:30'             | 12:30",
            "TIME         | '23:59:59'          | 23:59:59",
            "UUID         | 6F1C0A52-3C2E-4F0B-9A43-9F0F6E2B8A11 | 6f1c0a52-3c2e-4f0b-9a43-9f0f6e2b8a11",
            "\"ENUM(a, b)\" | b                   | b",
            "JSON         | 3                   | 3",
            "JSONB        | true                | true"})
    void literalDefaultsThatFit(String type, String value, String literal) {
        assertThat(attr("{ type: " + type + ", defaultValue: " + value + " }").defaultValue())
                .contains(DefaultValue.literal(literal));
    }

    @Test
    void specialDefaults() {
        assertThat(attr("{ type: DATE, defaultValue: NOW }").defaultValue()).contains(DefaultValue.NOW);
        assertThat(attr("{ type: DATEONLY, defaultValue: NOW }").defaultValue()).contains(DefaultValue.NOW);
        assertThat(attr("{ type: TIME, defaultValue: NOW }").defaultValue()).contains(DefaultValue.NOW);
        assertThat(attr("{ type: UUID, defaultValue: UUIDV4 }").defaultValue()).contains(DefaultValue.UUIDV4);
        assertThat(attr("{ type: INTEGER, defaultValue: { sql: \"nextval('seq')\" } }").defaultValue())
                .contains(DefaultValue.sql("nextval('seq')"));
        assertThat(attr("{ type: STRING, defaultValue: null }").defaultValue()).isEmpty();
        assertThat(attr("{ type: JSON, defaultValue: { tags: [a, 1], on: true } }").defaultValue())
                .contains(DefaultValue.literal("{\"tags\":[\"a\",1],\"on\":true}"));
        assertThat(attr("{ type: JSONB, defaultValue: [] }").defaultValue()).contains(DefaultValue.literal("[]"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "INTEGER      | abc        | defaultValue 'abc' is not a whole number; write for example 0",
            "INTEGER      | 1.5        | defaultValue '1.5' is not a whole number",
            "SMALLINT     | 32768      | defaultValue 32768 does not fit in SMALLINT",
            "INTEGER      | 2147483648 | defaultValue 2147483648 does not fit in INTEGER",
            "FLOAT        | fast       | defaultValue 'fast' is not a number",
            "\"DECIMAL(4,2)\" | 123.4      | defaultValue 123.4 does not fit in DECIMAL(4,2)",
            "BOOLEAN      | yes please | defaultValue 'yes please' is not a boolean; write true or false",
            "DATE         | yesterday  | defaultValue 'yesterday' is not a date or timestamp",
            "DATE         | 2024-02-30 | defaultValue '2024-02-30' is not a date or timestamp",
            "DATEONLY     | 2024-01-31 10:00 | defaultValue '2024-01-31 10:00' is not a date",
            "TIME         | '25:00'    | defaultValue '25:00' is not a time",
            "UUID         | 1234       | defaultValue '1234' is not a UUID",
            "STRING(3)    | abcd       | defaultValue is longer than STRING(3) allows (4 characters)",
            "\"ENUM(small, large)\" | smal | defaultValue 'smal' is not a value of ENUM(small, large) (did you mean 'small'?); valid: small, large",
            "INTEGER      | NOW        | NOW is a default for DATE, DATEONLY and TIME attributes only, not INTEGER",
            "STRING       | NOW        | NOW is a default for DATE, DATEONLY and TIME attributes only, not STRING; quote it ('NOW') for the literal text",
            "DATE         | UUIDV4     | UUIDV4 is a default for UUID attributes only, not DATE",
            "BLOB         | abc        | BLOB attributes take no literal default; use { sql: \"expression\" }",
            "JSON         | text       | a JSON defaultValue is written as a YAML map, list, number or boolean",
            "JSON         | { x: [1, 1.0e+400] } | a JSON defaultValue holds no NaN or infinite number (JSON has none)",
            "INTEGER      | [1]        | defaultValue must be a literal value, NOW, UUIDV4 or { sql: \"expression\" }, found a list"})
    void defaultsThatDoNotFit(String type, String value, String message) {
        List<String> problems = problems("{ type: " + type + ", defaultValue: " + value + " }");
        assertThat(problems).singleElement().asString().contains(message);
        int column = ("      a: { type: " + type + ", defaultValue: ").length() + 1;
        assertThat(problems.get(0)).startsWith("4:" + column + " ");
    }

    @Test
    void autoIncrementNeedsAnIntegerType() {
        assertThat(attr("{ type: BIGINT, autoIncrement: true }").autoIncrement()).isTrue();
        assertThat(attr("{ type: STRING, autoIncrement: false }").autoIncrement()).isFalse();
        assertThat(problems("{ type: UUID, autoIncrement: true }")).containsExactly(
                "4:24 autoIncrement needs an INTEGER, BIGINT or SMALLINT attribute, not UUID");
    }

    @Test
    void commasOfAnUnquotedTypeInAFlowMapGiveOneProblem() {
        assertThat(problems("{ type: ENUM(a, b, c), allowNull: false }")).singleElement().asString()
                .startsWith("4:18 unparseable type 'ENUM(a': missing ')' at the end; in a flow map { ... } quote a type "
                        + "that holds commas: { type: 'ENUM(a,...)' }");
    }

    @Test
    void sqlDefaultTakesNothingElse() {
        assertThat(problems("{ type: INTEGER, defaultValue: { sql: x, y: 1 } }")).containsExactly(
                "4:41 a raw SQL default is written { sql: \"expression\" } with no other key");
    }
}
