package dev.modelsync.seed.read;

import dev.modelsync.problem.Pos;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.seed.ColumnValues;
import dev.modelsync.seed.Row;
import dev.modelsync.seed.Validator;
import dev.modelsync.yaml.YNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static dev.modelsync.schema.ColumnType.Kind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seed values by column type, and the validate rules in their Sequelize forms. */
class YamlValuesTest {
    private static Object convert(String text, boolean plain, ColumnType t) throws ColumnValues.BadValue {
        return YamlValues.fromYaml(YNode.Scalar.of(text, plain, Pos.NONE), Column.of("c", t, true), List.of("a", "b"));
    }

    @Test
    void timestampsInTheFormsPeopleWrite() throws Exception {
        ColumnType ts = ColumnType.of(TIMESTAMPTZ);
        OffsetDateTime utc = OffsetDateTime.parse("2024-05-01T10:30:00Z");
        assertThat(convert("2024-05-01T10:30:00Z", true, ts)).isEqualTo(utc);
        assertThat(convert("2024-05-01 12:30:00+02", true, ts)).isEqualTo(utc);
        assertThat(convert("2024-05-01T12:30:00+02:00", true, ts)).isEqualTo(utc);
        assertThat(convert("2024-05-01 10:30:00", true, ts)).isEqualTo(utc);
        assertThat(convert("2024-05-01", true, ts)).isEqualTo(OffsetDateTime.parse("2024-05-01T00:00:00Z"));
        assertThat(convert("2024-02-29", true, ColumnType.of(DATE))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> convert("yesterday", true, ts)).hasMessageContaining("expected a date-time");
    }

    @Test
    void scalarsAreReadAsTheColumnType() throws Exception {
        assertThat(convert("no", true, ColumnType.varchar(10))).isEqualTo("no");
        assertThat(convert("1.0", true, ColumnType.varchar(10))).isEqualTo("1.0");
        assertThat(convert("no", true, ColumnType.of(BOOLEAN))).isEqualTo(false);
        assertThat(convert("~", true, ColumnType.varchar(10))).isSameAs(Row.NULL);
        assertThat(convert("~", false, ColumnType.varchar(10))).isEqualTo("~");
        assertThat(convert("1_000", true, ColumnType.of(INTEGER))).isEqualTo(1000L);
        assertThat(convert("12.50", true, ColumnType.decimal(6, 2))).isEqualTo(new BigDecimal("12.5"));
        assertThat(convert(".inf", true, ColumnType.of(DOUBLE))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> convert("40000", true, ColumnType.of(SMALLINT))).hasMessageContaining("out of range");
        assertThatThrownBy(() -> convert("1.5", true, ColumnType.of(INTEGER))).hasMessageContaining("an integer");
        assertThatThrownBy(() -> convert("c", true, ColumnType.enumOf("e"))).hasMessageContaining("[a, b]");
    }

    @Test
    void jsonFromYamlOrJsonTextComparesAsJson() throws Exception {
        Object fromText = convert("{\"b\": [1, 2.5], \"a\": true}", false, ColumnType.of(JSONB));
        YNode.Map map = new YNode.Map(List.of(
                new YNode.Entry(YNode.Scalar.of("a", true, Pos.NONE), YNode.Scalar.of("true", true, Pos.NONE)),
                new YNode.Entry(YNode.Scalar.of("b", true, Pos.NONE), new YNode.Seq(List.of(
                        YNode.Scalar.of("1", true, Pos.NONE), YNode.Scalar.of("2.5", true, Pos.NONE)), Pos.NONE))), Pos.NONE);
        Object fromYaml = YamlValues.fromYaml(map, Column.of("c", ColumnType.of(JSON), true), null);
        assertThat(fromYaml).isEqualTo(fromText);
        assertThat(fromYaml.toString()).isEqualTo("{\"a\":true,\"b\":[1,2.5]}");
        assertThat(convert("plain words", true, ColumnType.of(JSON)).toString()).isEqualTo("\"plain words\"");
        // JSON text is JSON: YAML's forms, a second value and a repeated key are not
        for (String notJson : List.of("{a: yes}", "{\"a\": yes}", "{\"a\": 1} {}", "{\"a\": 1, \"a\": 2}", "['x']", "[NaN]")) {
            assertThatThrownBy(() -> convert(notJson, false, ColumnType.of(JSON))).as(notJson).hasMessage("is not valid JSON");
        }
        assertThat(convert("{\"a\": [1e3, -0.5, null, \"yes\"]}", false, ColumnType.of(JSONB)))
                .isEqualTo(ColumnValues.json(Map.of("a", java.util.Arrays.asList(1000.0, -0.5, null, "yes"))));
        // JSON has no NaN or infinities: refused, not written as bare NaN (invalid JSON) nor as a string
        YNode.Seq nan = new YNode.Seq(List.of(YNode.Scalar.of("1", true, Pos.NONE), YNode.Scalar.of(".nan", true, Pos.NONE)), Pos.NONE);
        assertThatThrownBy(() -> YamlValues.fromYaml(nan, Column.of("c", ColumnType.of(JSON), true), null))
                .hasMessage("holds NaN or an infinite number, which JSON has no form for");
    }

    @Test
    void validateRulesInSequelizeForms() {
        Validator v = Validator.of("code", Map.of(
                "is", List.of("^[a-z]+$", "i"),
                "notIn", Map.of("args", List.of(List.of("root")), "msg", "reserved name"),
                "len", List.of(2, 5)));
        assertThat(v.check("AbC")).isNull();
        assertThat(v.check("root")).isEqualTo("reserved name");
        assertThat(v.check("a1")).contains("validate.is");
        assertThat(v.check("abcdef")).contains("has length 6, expected between 2 and 5");
        assertThat(v.check(Row.NULL)).isNull();
        Validator slashes = Validator.of("x", Map.of("is", "/^x+$/i", "min", 3, "max", List.of(9)));
        assertThat(slashes.check(4L)).contains("validate.is");
        assertThat(Validator.of("n", Map.of("min", 3, "max", List.of(9))).check(2L)).contains("less than 3");
        assertThat(Validator.of("n", Map.of("min", 3, "max", List.of(9))).check(10L)).contains("greater than 9");
        assertThat(Validator.of("n", Map.of("min", 3)).check(Double.NaN)).contains("less than 3");
        assertThat(Validator.of("e", Map.of("isEmail", true)).check("a.b+c@sub.example.org")).isNull();
        assertThat(Validator.of("e", Map.of("isEmail", true)).check("a@b")).contains("email");
        assertThat(Validator.of("e", Map.of("isIn", List.of("x", "y"))).check("y")).isNull();
        assertThat(Validator.of("e", Map.of("notEmpty", true)).check("  ")).contains("empty");
    }
}
