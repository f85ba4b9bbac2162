package dev.modelsync.model;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Model and association options of Sequelize's vocabulary as the parser reads them; schema effects: golden cases. */
class VocabularyOptionsTest {
    @Test
    void schemaAndSchemaDelimiterAreRead() {
        ModelSet set = Parse.yaml("""
                define: { schema: app }
                models:
                  User:
                    schema: audit
                    schemaDelimiter: _
                    attributes: { name: STRING }
                  Post:
                    attributes: { title: STRING }
                """);
        assertThat(set.model("User").orElseThrow().options().schema()).contains("audit");
        assertThat(set.model("User").orElseThrow().options().schemaDelimiter()).contains("_");
        assertThat(set.model("Post").orElseThrow().options().withDefaults(set.define()).schema()).contains("app");
    }

    @Test
    void schemaMustBeALowerCaseNameAndTableNameHoldsNoDot() {
        assertThat(Parse.problems("""
                models:
                  User:
                    schema: Audit
                    attributes: { name: STRING }
                  Post:
                    tableName: audit.posts
                    attributes: { title: STRING }
                """)).containsExactly("3:13 schema Audit must be lower case: Liquibase folds the case of schema names"
                        + " (PostgreSQL to lower, H2 to upper case); write schema: audit",
                "6:16 tableName audit.posts holds a '.', which modelsync would read as schema.table; put the schema in"
                        + " the schema option: schema: audit, tableName: posts");
    }

    @Test
    void tableOptionsAndVersionMayBeDefaultedByDefine() {
        ModelSet set = Parse.yaml("""
                define: { version: true, charset: utf8mb4, engine: InnoDB }
                models:
                  User:
                    engine: MYISAM
                    initialAutoIncrement: 1000
                    name: { singular: person, plural: people }
                    attributes: { name: STRING }
                """);
        ModelOptions options = set.models().get(0).options().withDefaults(set.define());
        assertThat(options.version()).contains(new ModelOptions.TimestampOption(true, "version"));
        assertThat(options.tableOptions()).isEqualTo(Map.of("charset", "utf8mb4", "engine", "MYISAM",
                "initialAutoIncrement", "1000"));
        assertThat(options.singularName()).contains("person");
        assertThat(options.pluralName()).contains("people");
    }

    @Test
    void nameIsPerModel() {
        assertThat(Parse.problems("define: { name: { singular: x, plural: xs } }\nmodels: { A: { attributes: { a: STRING } } }\n"))
                .singleElement().asString().startsWith("1:11 'name' is set per model, define cannot default it");
    }

    @Test
    void asObjectNamesTheManySideByItsPluralAndIsRefusedOnBelongsTo() {
        ModelDef user = Parse.yaml("""
                models:
                  User:
                    attributes: { name: STRING }
                    associations:
                      - hasMany: Note
                        as: { singular: memo, plural: memos }
                        keyType: DataTypes.BIGINT
                        hooks: true
                      - hasOne: Note
                        as: { singular: pinned, plural: pinneds }
                        foreignKey: { name: pinnedBy, type: UUID }
                  Note: { attributes: { body: TEXT } }
                """).models().get(0);
        assertThat(user.associations().get(0).as()).contains("memos");
        assertThat(user.associations().get(0).keyType().map(TypeSpec::kind)).contains(TypeSpec.Logical.BIGINT);
        assertThat(user.associations().get(1).as()).contains("pinned");
        assertThat(user.associations().get(1).keyType().map(TypeSpec::kind)).contains(TypeSpec.Logical.UUID);

        assertThat(Parse.problems("""
                models:
                  Post:
                    attributes: { title: STRING }
                    associations:
                      - belongsTo: User
                        as: { singular: writer, plural: writers }
                  User: { attributes: { name: STRING } }
                """)).singleElement().asString().contains("Sequelize 6 names the key '[object Object]Id'")
                .contains("as: writer");
    }

    @Test
    void belongsToManyTakesTimestampsUniqueKeyAndThroughParanoid() {
        AssociationDef a = Parse.yaml("""
                models:
                  Post:
                    attributes: { title: STRING }
                    associations:
                      - belongsToMany: Tag
                        through: { model: PostTags, paranoid: true }
                        timestamps: false
                        uniqueKey: post_tag_uq
                        foreignKeyConstraint: true
                  Tag: { attributes: { label: STRING } }
                """).models().get(0).associations().get(0);
        assertThat(a.timestamps()).contains(false);
        assertThat(a.uniqueKey()).contains("post_tag_uq");
        assertThat(a.through().flatMap(AssociationDef.Through::paranoid)).isEqualTo(Optional.of(true));
    }

    @Test
    void uniqueObjectsDeferrableAndIdentity() {
        ModelDef m = Parse.model("""
                models:
                  Account:
                    attributes:
                      num: { type: INTEGER, primaryKey: true, autoIncrementIdentity: true }
                      email: { type: STRING, unique: { args: true, msg: taken } }
                      first: { type: STRING, unique: { name: full_uq, msg: taken } }
                      other: { type: STRING, unique: { args: false, msg: never } }
                      ref: { type: INTEGER, references: { model: Account, key: num, deferrable: Deferrable.INITIALLY_DEFERRED } }
                """);
        assertThat(m.attribute("num").orElseThrow().autoIncrement()).isTrue();
        assertThat(m.attribute("email").orElseThrow().unique()).contains("");
        assertThat(m.attribute("first").orElseThrow().unique()).contains("full_uq");
        assertThat(m.attribute("other").orElseThrow().unique()).isEmpty();
        assertThat(m.attribute("email").orElseThrow().uniqueMsg()).contains("taken");
        assertThat(m.attribute("first").orElseThrow().uniqueMsg()).contains("taken");
        assertThat(m.attribute("other").orElseThrow().uniqueMsg()).isEmpty();
        assertThat(Parse.model("""
                models:
                  A:
                    attributes:
                      ref: { type: INTEGER, references: { model: A, deferrable: new Sequelize.Deferrable.INITIALLY_DEFERRED() } }
                """).attribute("ref")).isPresent();
        assertThat(Parse.problems("""
                models:
                  A:
                    attributes:
                      ref: { type: INTEGER, references: { model: A, deferrable: Deferrable.SET_DEFERRED } }
                """)).singleElement().asString().contains("deferrable SET_DEFERRED is for transactions (SET CONSTRAINTS ...),"
                + " not for a column");
        assertThat(Parse.problems("""
                models:
                  A:
                    attributes:
                      ref: { type: INTEGER, references: { model: A, deferrable: INITIALY_DEFERRED } }
                """)).singleElement().asString().contains("unknown deferrable 'INITIALY_DEFERRED' (did you mean 'INITIALLY_DEFERRED'?)");
    }

    @Test
    void validatorsInEveryFormAndTheirShapes() {
        ModelDef m = Parse.model("""
                models:
                  A:
                    attributes:
                      a:
                        type: STRING
                        validate:
                          isInt: true
                          isUUID: 4
                          isAfter: "2020-01-01"
                          notNull: { msg: required }
                          len: { args: [1, 5], msg: short }
                          isIn: { args: [[x, y]], msg: "x or y" }
                """);
        assertThat(m.attribute("a").orElseThrow().validate()).containsOnlyKeys("isInt", "isUUID", "isAfter", "notNull",
                "len", "isIn");
        assertThat(Parse.problems("""
                models:
                  A:
                    attributes:
                      a: { type: STRING, validate: { isAlpa: true, len: { msg: x }, min: { args: 1, message: m } } }
                """)).containsExactly(
                "4:38 unknown validator 'isAlpa' (did you mean 'isAlpha'?); valid validators: "
                        + String.join(", ", Validators.ALL.keySet()),
                "4:57 validator len needs args beside msg: { args: ..., msg: ... } with args a list of a minimum and a "
                        + "maximum length, e.g. [2, 10]",
                "4:85 unknown key of validator min 'message'; valid: args, msg");
    }

    @Test
    void indexOptionsWithoutSupportAreRefusedWithTheReason() {
        assertThat(Parse.problems("""
                models:
                  A:
                    attributes: { a: STRING }
                    indexes:
                      - { fields: [a], type: CIRCULAR }
                      - { fields: [a], operator: "text_pattern_ops(1)" }
                      - { fields: [{ name: a, collate: "C\\"" }] }
                      - { fields: [a], using: GIN, unique: true }
                """)).containsExactly(
                "5:30 unknown index type CIRCULAR; the types are UNIQUE (or unique: true), FULLTEXT and SPATIAL",
                "6:34 operator must name an operator class, e.g. jsonb_path_ops or text_pattern_ops, found 'text_pattern_ops(1)'",
                "7:40 collate must name a collation, e.g. C or en_US, found 'C\"'",
                "8:31 a unique index is a B-tree: PostgreSQL's GIN indexes cannot be unique; leave using out or unique off");
    }

    @Test
    void indexMethodsOperatorClassesAndCollationsAreRead() {
        ModelSet set = Parse.yaml("""
                models:
                  A:
                    attributes: { a: STRING, b: STRING }
                    indexes:
                      - { fields: [a, { name: b, operator: Text_Pattern_Ops, collate: C }], operator: varchar_pattern_ops, using: Hash }
                      - { fields: [a], using: btree }
                """);
        IndexDef hash = set.models().get(0).indexes().get(0);
        assertThat(hash.using()).isEqualTo("hash");
        assertThat(hash.fields()).extracting(IndexDef.Field::operator, IndexDef.Field::collate).containsExactly(
                org.assertj.core.groups.Tuple.tuple("varchar_pattern_ops", ""),
                org.assertj.core.groups.Tuple.tuple("text_pattern_ops", "C"));
        assertThat(set.models().get(0).indexes().get(1).using()).isEmpty();
    }

    @Test
    void indexFieldLengthIsReadAndOutOfRangeRefused() {
        ModelSet set = Parse.yaml("""
                models:
                  A:
                    attributes: { a: STRING, b: TEXT }
                    indexes:
                      - { fields: [{ name: a, length: 10 }, { attribute: b, length: 3072, order: DESC }, a] }
                """);
        assertThat(set.models().get(0).indexes().get(0).fields()).extracting(IndexDef.Field::length)
                .containsExactly(10, 3072, 0);
        assertThat(Parse.problems("""
                models:
                  A:
                    attributes: { a: STRING }
                    indexes:
                      - { fields: [{ name: a, length: 0 }] }
                      - { fields: [{ name: a, length: 3073 }] }
                      - { fields: [{ name: a, length: ten }] }
                """)).containsExactly(
                "5:39 length must be a whole number from 1 to 3072 (the prefix of the column MariaDB indexes), found '0'",
                "6:39 length must be a whole number from 1 to 3072 (the prefix of the column MariaDB indexes), found '3073'",
                "7:39 length must be a whole number from 1 to 3072 (the prefix of the column MariaDB indexes), found 'ten'");
    }

    @Test
    void fulltextIsReadAndRefusedWithUniqueUsingOrLength() {
        ModelSet set = Parse.yaml("""
                models:
                  A:
                    attributes: { a: STRING }
                    indexes:
                      - { fields: [a], type: fulltext }
                      - { fields: [a] }
                """);
        assertThat(set.models().get(0).indexes()).extracting(IndexDef::fulltext).containsExactly(true, false);
        assertThat(Parse.problems("""
                models:
                  A:
                    attributes: { a: STRING }
                    indexes:
                      - { fields: [a], type: FULLTEXT, unique: true }
                      - { fields: [a], type: FULLTEXT, using: HASH }
                      - { fields: [{ name: a, length: 4 }], type: FULLTEXT }
                      - { fields: [{ name: a, order: DESC }], type: FULLTEXT }
                      - { fields: [a], type: FULLTEXT, parser: ngram }
                """)).containsExactly(
                "5:30 a FULLTEXT index cannot be unique (MariaDB has no such index): leave unique out",
                "6:30 a FULLTEXT index has no method (MariaDB refuses USING with it): leave using out",
                "7:51 MariaDB ignores a field's length and order in a FULLTEXT index: leave them out",
                "8:53 MariaDB ignores a field's length and order in a FULLTEXT index: leave them out",
                "9:40 " + IndexReader.REFUSED.get("parser"));
    }

    @Test
    void spatialIsReadAndRefusedWithUniqueOrTwoFields() {
        ModelSet set = Parse.yaml("""
                models:
                  A:
                    attributes: { a: { type: GEOMETRY, allowNull: false } }
                    indexes:
                      - { fields: [a], type: spatial }
                """);
        assertThat(set.models().get(0).indexes()).extracting(IndexDef::type, IndexDef::spatial)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SPATIAL", true));
        assertThat(Parse.problems("""
                models:
                  A:
                    attributes: { a: GEOMETRY, b: GEOMETRY }
                    indexes:
                      - { fields: [a], type: SPATIAL, unique: true }
                      - { fields: [a, b], type: SPATIAL }
                """)).containsExactly(
                "5:30 a SPATIAL index cannot be unique (MariaDB has no such index): leave unique out",
                "6:33 a SPATIAL index has one field (MariaDB and H2 index one GEOMETRY column): write one index per column");
    }
}
