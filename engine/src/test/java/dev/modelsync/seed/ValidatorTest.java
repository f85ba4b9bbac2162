package dev.modelsync.seed;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each validator of Sequelize 6 on a passing and a failing value, and the forms true, args, { args, msg }, { msg }. */
class ValidatorTest {
    private static String check(String validator, Object spec, Object value) {
        return Validator.of("a", Map.of(validator, spec)).check(value);
    }

    @ParameterizedTest(name = "{0}: {2} passes, {3} fails")
    @CsvSource(delimiter = '|', value = {
            "isUrl          | true     | https://example.com/a?b=1   | example.com",
            "isIP           | true     | ::1                         | 10.0.0.256",
            "isIP           | 4        | 10.0.0.1                    | ::1",
            "isIPv4         | true     | 192.168.0.1                 | 192.168.0",
            "isIPv6         | true     | 2001:db8::ff00:42:8329      | 2001:db8:::1",
            "isIPv6         | true     | ::ffff:192.168.1.1          | 1:2:3:4:5:6:7:8:9",
            "isAlpha        | true     | abcXYZ                      | abc1",
            "isAlphanumeric | true     | abc123                      | abc-123",
            "isNumeric      | true     | -12.5                       | 12a",
            "isInt          | true     | -42                         | 4.2",
            "isFloat        | true     | 1.5e3                       | 1.5.3",
            "isDecimal      | true     | 0.25                        | 1e3",
            "isLowercase    | true     | abc                         | aBc",
            "isUppercase    | true     | ABC                         | AbC",
            "equals         | yes      | yes                         | no",
            "contains       | @        | a@b                         | ab",
            "notContains    | @        | ab                          | a@b",
            "isUUID         | 4        | 123e4567-e89b-42d3-a456-426614174000 | 123e4567-e89b-12d3-a456-426614174000",
            "isUUID         | all      | 123e4567-e89b-12d3-a456-426614174000 | 123e4567",
            "isDate         | true     | 2024-05-01                  | yesterday",
            "isAfter        | 2020-01-01 | 2021-06-01T00:00:00Z      | 2019-12-31",
            "isBefore       | 2020-01-01 | 2019-12-31                | 2020-01-02",
            "isCreditCard   | true     | 4111 1111 1111 1111         | 4111 1111 1111 1112",
            "not            | ^[0-9]+$ | abc                         | 123",
            "isNull         | true     |                             | x"})
    void validatorsOfSequelize6(String validator, String spec, String pass, String fail) {
        Object args = spec.equals("true") ? Boolean.TRUE : spec;
        assertThat(check(validator, args, pass == null ? Row.NULL : pass)).as("%s passes", pass).isNull();
        assertThat(check(validator, args, fail)).as("%s fails", fail).contains("validate." + validator);
    }

    @Test
    void msgReplacesTheMessageInBothForms() {
        assertThat(check("isInt", Map.of("msg", "whole numbers only"), "4.2")).isEqualTo("whole numbers only");
        assertThat(check("len", Map.of("args", List.of(2, 3), "msg", "2 or 3 letters"), "abcd")).isEqualTo("2 or 3 letters");
        assertThat(check("len", Map.of("args", List.of(2, 3), "msg", "2 or 3 letters"), "abc")).isNull();
    }

    @Test
    void notNullSeesNullValuesAndOtherRulesSkipThem() {
        assertThat(check("notNull", Map.of("msg", "name is required"), Row.NULL)).isEqualTo("name is required");
        assertThat(check("notNull", Boolean.TRUE, null)).contains("validate.notNull");
        assertThat(check("isInt", Boolean.TRUE, Row.NULL)).isNull();
        assertThat(check("isArray", Boolean.TRUE, new ColumnValues.Json("[1]", List.of(1L)))).isNull();
        assertThat(check("isArray", Boolean.TRUE, new ColumnValues.Json("{}", Map.of()))).contains("validate.isArray");
    }
}
