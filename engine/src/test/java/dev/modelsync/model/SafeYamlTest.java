package dev.modelsync.model;

import dev.modelsync.yaml.YamlReader;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SafeYamlTest {

    @Test
    void rejectsGlobalJavaTags() {
        assertThat(Parse.problems("""
                models:
                  User:
                    attributes:
                      name: !!java.lang.ProcessBuilder [ls]
                """)).singleElement().asString()
                .startsWith("4:13 YAML tags are not allowed (found 'tag:yaml.org,2002:java.lang.ProcessBuilder')");
    }

    @Test
    void rejectsVerbatimAndLocalTags() {
        assertThat(Parse.problems("""
                models: !<tag:example.com,2000:app/models>
                  User: !local
                    attributes: { name: STRING }
                """)).containsExactly(
                "1:9 YAML tags are not allowed (found 'tag:example.com,2000:app/models'): model files hold plain maps, lists and values only",
                "2:9 YAML tags are not allowed (found '!local'): model files hold plain maps, lists and values only");
    }

    @Test
    void rejectsEvenHarmlessStandardTags() {
        assertThat(Parse.problems("models: { User: { attributes: { name: !!str STRING } } }"))
                .singleElement().asString().startsWith("1:39 YAML tags are not allowed");
    }

    @Test
    void rejectsAliasBombs() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            String prev = "*" + (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, prev))).append("]\n");
        }
        List<String> problems = Parse.problems(yaml.toString());
        assertThat(problems).singleElement().asString().contains("invalid YAML").contains("50");
    }

    @Test
    void aFewAliasesAreFineAndMergeKeysApply() {
        ModelSet set = Parse.yaml("""
                common: &ts { type: DATE, defaultValue: NOW }
                """.replace("common", "models:\n  X:\n    attributes:\n      a") + """
                      b: *ts
                  Y:
                    attributes:
                      c: { <<: *ts, allowNull: false }
                """);
        assertThat(set.model("X").orElseThrow().attributes()).hasSize(2);
        AttributeDef c = set.model("Y").orElseThrow().attribute("c").orElseThrow();
        assertThat(c.allowNull()).isFalse();
        assertThat(c.type().kind()).isEqualTo(TypeSpec.Logical.DATE);
    }

    @Test
    void reportsDuplicateKeysWithBothPositions() {
        assertThat(Parse.problems("""
                models:
                  User:
                    attributes:
                      name: STRING
                      name: TEXT
                """)).containsExactly("5:7 duplicate key 'name': already given at line 4, column 7");
    }

    @Test
    void reportsDuplicateTopLevelKeys() {
        assertThat(Parse.problems("""
                models: {}
                conventions: sequelize6
                models: {}
                """)).containsExactly("3:1 duplicate key 'models': already given at line 1, column 1");
    }

    @Test
    void reportsSyntaxErrorsWithPosition() {
        assertThat(Parse.problems("""
                models:
                  User:
                    attributes: { name: STRING
                """)).singleElement().asString().matches("4:1 invalid YAML: .*");
    }

    @Test
    void rejectsTooLargeFiles() {
        String big = "# " + "x".repeat(YamlReader.MAX_CODE_POINTS) + "\n";
        assertThat(Parse.problems(big)).singleElement().asString().startsWith("1:1 file is too large");
    }

    @Test
    void emptyAndCommentOnlyFilesHoldNoModels() {
        assertThat(Parse.yaml("").models()).isEmpty();
        assertThat(Parse.yaml("# nothing yet\n").models()).isEmpty();
        assertThat(Parse.yaml("models:\n").models()).isEmpty();
        assertThat(Parse.yaml("---\n").models()).isEmpty();
    }

    @Test
    void rejectsAFileThatIsNotAMap() {
        assertThat(Parse.problems("- User\n")).containsExactly(
                "1:1 a model file is a mapping with the keys models, define, conventions, found a list");
    }

    @Test
    void rejectsMultipleDocuments() {
        assertThat(Parse.problems("models: {}\n---\nmodels: {}\n")).singleElement().asString().contains("invalid YAML");
    }

    @Test
    void rejectsNonScalarKeys() {
        assertThat(Parse.problems("models:\n  ? [a, b]\n  : {}\n")).singleElement().asString()
                .startsWith("2:5 a key must be a plain name");
    }

    @Test
    void rejectsRecursiveAliases() {
        assertThat(Parse.problems("models: &m\n  A: *m\n")).containsExactly("1:9 a YAML alias may not refer to a node that contains it");
    }
}
