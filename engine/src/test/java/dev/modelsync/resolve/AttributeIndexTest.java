package dev.modelsync.resolve;

import dev.modelsync.schema.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sequelize 7's attribute options index and columnName: made under sequelize7 (golden attribute_index_v7,
 * oracle-checked), ignored with an info line under sequelize6, as Sequelize 6 ignores them.
 */
class AttributeIndexTest {
    private static final String MODELS = """
            models:
              Doc:
                timestamps: false
                attributes:
                  title: { type: STRING, index: true }
                  slug: { type: STRING, columnName: the_slug }
            """;

    @Test
    void sequelize7MakesTheIndexAndTheColumnName() {
        Table t = Yaml.resolve("conventions: sequelize7\n" + MODELS).schema().table("Docs").orElseThrow();
        assertThat(t.column("the_slug")).isPresent();
        assertThat(t.indexes()).extracting(i -> i.name()).containsExactly("docs_title");
    }

    @Test
    void sequelize6IgnoresBothWithInfoLines() {
        Resolved r = Yaml.resolve(MODELS);
        Table t = r.schema().table("Docs").orElseThrow();
        assertThat(t.column("slug")).isPresent();
        assertThat(t.indexes()).isEmpty();
        assertThat(r.notes()).containsExactly(
                "models/test.yaml:5:37: info: index on the attribute Doc.title is a Sequelize 7 option that Sequelize 6"
                        + " ignores, and so does modelsync under sequelize6: no index is made; list it under the model's"
                        + " indexes to have one",
                "models/test.yaml:6:7: info: columnName of Doc.slug is a Sequelize 7 option that Sequelize 6 ignores,"
                        + " and so does modelsync under sequelize6: the column is slug; write field: the_slug to name it");
    }

    @Test
    void otherIndexOptionsBelongUnderTheModelsIndexes() {
        assertThatThrownBy(() -> Yaml.parse("""
                models:
                  Doc:
                    attributes:
                      title: { type: STRING, index: { using: GIN } }
                """)).hasMessageContaining("unknown option of an attribute's index (write other index options under the"
                + " model's indexes) 'using'");
    }
}
