package dev.modelsync.model;

import dev.modelsync.model.ModelOptions.TimestampOption;
import dev.modelsync.model.ModelParser.Source;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ModelOptionsTest {

    @Test
    void everyModelOption() {
        ModelDef m = Parse.model("""
                models:
                  Person:
                    tableName: humans
                    freezeTableName: true
                    underscored: true
                    timestamps: true
                    createdAt: created_on
                    updatedAt: false
                    deletedAt: removedAt
                    paranoid: true
                    comment: people we know
                    renamedFrom: Human
                    seedKey: [firstName, lastName]
                    attributes: { firstName: STRING, lastName: STRING }
                """);
        assertThat(m.options()).isEqualTo(new ModelOptions(Optional.of("humans"), Optional.of(true), Optional.of(true),
                Optional.of(true), Optional.of(new TimestampOption(true, "created_on")),
                Optional.of(TimestampOption.DISABLED), Optional.of(new TimestampOption(true, "removedAt")),
                Optional.of(true)));
        assertThat(m.comment()).isEqualTo("people we know");
        assertThat(m.renamedFrom()).containsExactly("Human");
        assertThat(m.seedKey()).containsExactly("firstName", "lastName");
        assertThat(m.attributes()).extracting(AttributeDef::name).containsExactly("firstName", "lastName");
    }

    @Test
    void modelWithoutOptionsLeavesThemEmpty() {
        ModelDef m = Parse.model("models:\n  Tag:\n");
        assertThat(m.options()).isEqualTo(ModelOptions.NONE);
        assertThat(m.attributes()).isEmpty();
        assertThat(m.seedKey()).isEmpty();
        assertThat(m.renamedFrom()).isEmpty();
        assertThat(Parse.model("models:\n  Tag: {}\n").options()).isEqualTo(ModelOptions.NONE);
    }

    @Test
    void renamedFromAndSeedKeyAsListOrText() {
        ModelDef m = Parse.model("models:\n  A:\n    renamedFrom: [B, C]\n    seedKey: code\n");
        assertThat(m.renamedFrom()).containsExactly("B", "C");
        assertThat(m.seedKey()).containsExactly("code");
    }

    @Test
    void timestampOptionTrueKeepsTheDefaultName() {
        ModelDef m = Parse.model("models:\n  A:\n    createdAt: true\n    updatedAt: true\n    deletedAt: true\n");
        assertThat(m.options().createdAt()).contains(new TimestampOption(true, "createdAt"));
        assertThat(m.options().updatedAt()).contains(new TimestampOption(true, "updatedAt"));
        assertThat(m.options().deletedAt()).contains(new TimestampOption(true, "deletedAt"));
    }

    @Test
    void badOptionValues() {
        assertThat(Parse.problems("""
                models:
                  A:
                    timestamps: sometimes
                    createdAt: [x]
                    tableName: {}
                    seedKey: []
                """)).containsExactly(
                "3:17 timestamps must be true or false, found 'sometimes'",
                "4:16 createdAt must be false (no createdAt attribute) or an attribute name, found a list",
                "5:16 tableName must be a text, found a mapping",
                "6:14 seedKey must name at least one entry, found an empty list");
    }

    @Test
    void unknownModelOptionsSuggestAndHintAtAttributes() {
        assertThat(Parse.problems("""
                models:
                  A:
                    tablename: as
                    atributes: {}
                    email: STRING
                """)).containsExactly(
                "3:5 unknown model option 'tablename' (did you mean 'tableName'?); valid: " + String.join(", ", ModelReader.KEYS),
                "4:5 unknown model option 'atributes' (did you mean 'attributes'?); valid: " + String.join(", ", ModelReader.KEYS),
                "5:5 unknown model option 'email'; attributes go under 'attributes:'; valid model options: "
                        + String.join(", ", ModelReader.KEYS));
    }

    @Test
    void modelMustBeAMap() {
        assertThat(Parse.problems("models:\n  A: STRING\n")).containsExactly("2:6 model 'A' must be a mapping (key: value), found 'STRING'");
        assertThat(Parse.problems("models: [A, B]\n")).containsExactly("1:9 models must be a mapping (key: value), found a list");
    }

    @Test
    void unknownTopLevelKeys() {
        assertThat(Parse.problems("model:\n  A: {}\nconvention: sequelize7\n")).containsExactly(
                "1:1 unknown top-level key 'model' (did you mean 'models'?); valid: models, define, conventions",
                "3:1 unknown top-level key 'convention' (did you mean 'conventions'?); valid: models, define, conventions");
    }

    // --- conventions and define ---------------------------------------------------------------

    @Test
    void conventionsDefaultToSequelize6() {
        assertThat(Parse.yaml("models: {}").conventions()).isEqualTo(Conventions.SEQUELIZE6);
        assertThat(Parse.yaml("conventions: sequelize7").conventions()).isEqualTo(Conventions.SEQUELIZE7);
        assertThat(Parse.yaml("conventions: Sequelize6").conventions()).isEqualTo(Conventions.SEQUELIZE6);
        assertThat(Parse.problems("conventions: sequelise7")).containsExactly(
                "1:14 unknown conventions 'sequelise7' (did you mean 'sequelize7'?); valid: sequelize6, sequelize7");
        assertThat(Parse.problems("conventions: rails")).containsExactly(
                "1:14 unknown conventions 'rails'; valid: sequelize6, sequelize7");
    }

    @Test
    void defineTakesTheDefaultableOptions() {
        ModelSet set = Parse.yaml("""
                define:
                  freezeTableName: true
                  underscored: true
                  timestamps: false
                  createdAt: created
                  updatedAt: false
                  deletedAt: gone
                  paranoid: true
                """);
        assertThat(set.define()).isEqualTo(new ModelOptions(Optional.empty(), Optional.of(true), Optional.of(true),
                Optional.of(false), Optional.of(new TimestampOption(true, "created")),
                Optional.of(TimestampOption.DISABLED), Optional.of(new TimestampOption(true, "gone")), Optional.of(true)));
        assertThat(Parse.yaml("models: {}").define()).isEqualTo(ModelOptions.NONE);
    }

    @Test
    void defineRejectsPerModelOptions() {
        String valid = "define may set: freezeTableName, underscored, timestamps, createdAt, updatedAt, deletedAt, paranoid, version, engine, charset, collate, initialAutoIncrement, hooks, scopes, "
                + "defaultScope, omitNull, hasTrigger, whereMergeStrategy, getterMethods, setterMethods, validate, schema, schemaDelimiter";
        assertThat(Parse.problems("""
                define:
                  tableName: things
                  attributes: {}
                  underscore: true
                """)).containsExactly(
                "2:3 'tableName' is set per model, define cannot default it; " + valid,
                "3:3 'attributes' is set per model, define cannot default it; " + valid,
                "4:3 unknown define option 'underscore' (did you mean 'underscored'?); " + valid);
    }

    @Test
    void modelOptionsStayAsWrittenAndMergeWithDefine() {
        ModelSet set = Parse.yaml("""
                define: { underscored: true, timestamps: false }
                models:
                  A: { timestamps: true }
                """);
        ModelOptions a = set.model("A").orElseThrow().options();
        assertThat(a.underscored()).isEmpty();
        ModelOptions merged = a.withDefaults(set.define());
        assertThat(merged.underscored()).contains(true);
        assertThat(merged.timestamps()).contains(true);
    }

    @Test
    void defineAndConventionsMayRepeatWithEqualValues() {
        ModelSet set = ModelParser.parse(List.of(
                new Source("models/a.yaml", "conventions: sequelize7\ndefine: { underscored: true }\nmodels: { A: {} }\n"),
                new Source("models/b.yaml", "conventions: sequelize7\ndefine:\n  underscored: true\nmodels: { B: {} }\n"),
                new Source("models/c.yaml", "models: { C: {} }\n")));
        assertThat(set.conventions()).isEqualTo(Conventions.SEQUELIZE7);
        assertThat(set.define().underscored()).contains(true);
        assertThat(set.models()).extracting(ModelDef::name).containsExactly("A", "B", "C");
    }

    @Test
    void defineAndConventionsThatDifferPointAtTheSecondAndNameTheFirst() {
        assertThat(Parse.problems(List.of(
                new Source("models/a.yaml", "conventions: sequelize7\ndefine: { underscored: true }\n"),
                new Source("models/b.yaml", "define: { underscored: false }\n"),
                new Source("models/c.yaml", "\n\nconventions: sequelize6\n")))).containsExactly(
                "models/b.yaml:1:1 define differs from the one at models/a.yaml:2:1; every file that sets define "
                        + "must set it to the same value",
                "models/c.yaml:3:1 conventions differs from the one at models/a.yaml:1:1; every file that sets "
                        + "conventions must set it to the same value");
    }

    @Test
    void duplicateModelNamesAcrossFiles() {
        assertThat(Parse.problems(List.of(
                new Source("models/a.yaml", "models:\n  User: {}\n"),
                new Source("models/b.yaml", "models:\n  Post: {}\n  User: { tableName: x }\n")))).containsExactly(
                "models/b.yaml:3:3 model 'User' is already defined at models/a.yaml:2:3; a model name may be used "
                        + "once in the whole model set");
    }
}
