package dev.modelsync.model;

import dev.modelsync.problem.Pos;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IndexTest {

    private static String yaml(String... entries) {
        StringBuilder s = new StringBuilder("models:\n  A:\n    attributes: { a: STRING, b: DATE }\n    indexes:\n");
        for (String e : entries) s.append("      - ").append(e).append('\n');
        return s.toString();
    }

    @Test
    void everyIndexOption() {
        List<IndexDef> indexes = Parse.model(yaml(
                "{ fields: [a] }",
                "{ name: recent_a, fields: [a, { name: b, order: DESC }, { name: a, order: asc }], unique: true, "
                        + "where: \"b IS NOT NULL\" }")).indexes();
        assertThat(indexes.get(0)).isEqualTo(new IndexDef(Optional.empty(),
                List.of(new IndexDef.Field("a", false, new Pos("models/test.yaml", 5, 20))), false, Optional.empty(),
                new Pos("models/test.yaml", 5, 9)));
        IndexDef second = indexes.get(1);
        assertThat(second.name()).contains("recent_a");
        assertThat(second.fields()).extracting(IndexDef.Field::attribute).containsExactly("a", "b", "a");
        assertThat(second.fields()).extracting(IndexDef.Field::descending).containsExactly(false, true, false);
        assertThat(second.unique()).isTrue();
        assertThat(second.where()).contains("b IS NOT NULL");
    }

    @Test
    void badIndexes() {
        assertThat(Parse.problems(yaml(
                "{ name: x }",
                "{ fields: [] }",
                "{ fields: [{ name: b, order: DOWN }] }",
                "{ fields: [{ order: DESC }] }",
                "{ fields: [a], using: gni }",
                "{ fields: [{ nme: a }] }",
                "a"))).containsExactly(
                "5:9 an index needs fields: a non-empty list of attribute names, e.g. fields: [email] or fields: "
                        + "[{ name: createdAt, order: DESC }]",
                "6:9 an index needs fields: a non-empty list of attribute names, e.g. fields: [email] or fields: "
                        + "[{ name: createdAt, order: DESC }]",
                "7:38 order must be ASC or DESC, found 'DOWN'",
                "8:20 an index field needs a name: { name: createdAt, order: DESC }",
                "9:31 unknown index method using gni (did you mean 'GIN'?); valid: BTREE, HASH, GIN, GIST, SPGIST, BRIN",
                "10:20 an index field needs a name: { name: createdAt, order: DESC }",
                "10:22 unknown index field option 'nme' (did you mean 'name'?); valid: name, attribute, order, length, collate, operator",
                "11:9 an index must be a mapping (key: value), found 'a'");
    }
}
