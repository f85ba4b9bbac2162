package dev.modelsync.inspect;

import dev.modelsync.db.DefaultExpressions;

import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.ColumnType.Kind;
import dev.modelsync.schema.DefaultValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultExpressionsTest {

    @ParameterizedTest(name = "{0} on {1} -> {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "CURRENT_TIMESTAMP             | TIMESTAMPTZ | NOW     |",
            "now()                         | TIMESTAMPTZ | NOW     |",
            "LOCALTIMESTAMP                | TIMESTAMPTZ | NOW     |",
            "CURRENT_TIMESTAMP(3)          | TIMESTAMPTZ | NOW     |",
            "CURRENT_DATE                  | DATE        | NOW     |",
            "LOCALTIME                     | TIME        | NOW     |",
            "CURRENT_TIME                  | TIME        | NOW     |",
            "CURRENT_DATE                  | TIMESTAMPTZ | SQL     | CURRENT_DATE",
            "gen_random_uuid()             | UUID        | UUIDV4  |",
            "RANDOM_UUID()                 | UUID        | UUIDV4  |",
            "'abc'::character varying      | VARCHAR     | LITERAL | abc",
            "'it''s'                       | VARCHAR     | LITERAL | it's",
            "'a::b'::text                  | TEXT        | LITERAL | a::b",
            "'active'::\"enum_Users_status\" | ENUM      | LITERAL | active",
            "'-1'::integer                 | INTEGER     | LITERAL | -1",
            "42                            | INTEGER     | LITERAL | 42",
            "(42)                          | INTEGER     | LITERAL | 42",
            "1.50                          | DECIMAL     | LITERAL | 1.50",
            "TRUE                          | BOOLEAN     | LITERAL | true",
            "false                         | BOOLEAN     | LITERAL | false",
            "'{}'::jsonb                   | JSONB       | LITERAL | {}",
            "JSON '{}'                     | JSON        | LITERAL | {}",
            "(lower('X'::text))            | TEXT        | SQL     | lower('X'::text)",
            "(1 + 1)                       | INTEGER     | SQL     | 1 + 1",
    })
    void normalisesCatalogForms(String expr, Kind kind, DefaultValue.Kind expectedKind, String value) {
        DefaultExpressions.Parsed p = DefaultExpressions.parse(expr, ColumnType.of(kind));
        assertThat(p.sequence()).isFalse();
        assertThat(p.value()).contains(new DefaultValue(expectedKind, value == null ? "" : value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"nextval('\"Users_id_seq\"'::regclass)", "NEXT VALUE FOR \"PUBLIC\".\"SEQ\""})
    void sequencesMeanAutoIncrement(String expr) {
        DefaultExpressions.Parsed p = DefaultExpressions.parse(expr, ColumnType.of(Kind.INTEGER));
        assertThat(p.sequence()).isTrue();
        assertThat(p.value()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"NULL", "NULL::character varying", "''"})
    void nullAndNothing(String expr) {
        Optional<DefaultValue> v = DefaultExpressions.parse(expr, ColumnType.varchar(10)).value();
        if (expr.equals("''")) assertThat(v).contains(DefaultValue.literal(""));
        else assertThat(v).isEmpty();
    }
}
