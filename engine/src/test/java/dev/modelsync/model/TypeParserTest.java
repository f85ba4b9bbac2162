package dev.modelsync.model;

import dev.modelsync.problem.Pos;
import dev.modelsync.problem.Problems;

import dev.modelsync.model.TypeSpec.Logical;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TypeParserTest {
    private static final Pos POS = new Pos("models/test.yaml", 3, 7);

    private static TypeSpec parse(String text) {
        Problems problems = new Problems();
        Optional<TypeSpec> type = TypeParser.parse(text, POS, problems);
        assertThat(problems.list()).as("problems for %s", text).isEmpty();
        return type.orElseThrow();
    }

    private static String error(String text) {
        Problems problems = new Problems();
        assertThat(TypeParser.parse(text, POS, problems)).as(text).isEmpty();
        assertThat(problems.list()).hasSize(1);
        assertThat(problems.list().get(0).pos()).isEqualTo(POS);
        return problems.list().get(0).message();
    }

    @ParameterizedTest
    @EnumSource(value = Logical.class, names = {"ENUM", "ARRAY", "RANGE"}, mode = EnumSource.Mode.EXCLUDE)
    void everyPlainTypeParsesInUpperAndLowerCase(Logical kind) {
        assertThat(parse(kind.name())).isEqualTo(new TypeSpec(kind, 0, 0, 0, List.of(), kind.name()));
        String lower = kind.name().toLowerCase(Locale.ROOT);
        assertThat(parse(lower)).isEqualTo(new TypeSpec(kind, 0, 0, 0, List.of(), lower));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "STRING(100)     | STRING | 100",
            "string(1)       | STRING | 1",
            "STRING ( 20 )   | STRING | 20",
            "CHAR(2)         | CHAR   | 2",
            "char(36)        | CHAR   | 36",
            "STRING(10485760)| STRING | 10485760"})
    void lengths(String text, Logical kind, int length) {
        TypeSpec type = parse(text);
        assertThat(type.kind()).isEqualTo(kind);
        assertThat(type.length()).isEqualTo(length);
        assertThat(type.text()).isEqualTo(text.trim());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DECIMAL(10,2)   | 10   | 2",
            "decimal(10, 2)  | 10   | 2",
            "DECIMAL(5)      | 5    | 0",
            "DECIMAL(3,3)    | 3    | 3",
            "DECIMAL(1000,0) | 1000 | 0",
            "DECIMAL         | 0    | 0"})
    void decimals(String text, int precision, int scale) {
        TypeSpec type = parse(text);
        assertThat(type.kind()).isEqualTo(Logical.DECIMAL);
        assertThat(type.precision()).isEqualTo(precision);
        assertThat(type.scale()).isEqualTo(scale);
    }

    @Test
    void enumsUnquotedQuotedAndMixed() {
        assertThat(parse("ENUM(a, b)").enumValues()).containsExactly("a", "b");
        assertThat(parse("enum(active,inactive , pending)").enumValues()).containsExactly("active", "inactive", "pending");
        assertThat(parse("ENUM('a', 'b')").enumValues()).containsExactly("a", "b");
        assertThat(parse("ENUM(\"x y\", 'a, b', c)").enumValues()).containsExactly("x y", "a, b", "c");
        assertThat(parse("ENUM('it''s', \"say \"\"hi\"\"\")").enumValues()).containsExactly("it's", "say \"hi\"");
        assertThat(parse("ENUM('(paren)')").enumValues()).containsExactly("(paren)");
        assertThat(parse("ENUM('')").enumValues()).containsExactly("");
        assertThat(parse("ENUM(small)").enumValues()).containsExactly("small");
        TypeSpec type = parse("ENUM('a','b')");
        assertThat(type).isEqualTo(new TypeSpec(Logical.ENUM, 0, 0, 0, List.of("a", "b"), "ENUM('a','b')"));
    }

    @Test
    void bareEnumIsLeftToTheAttributeReader() {
        assertThat(parse("ENUM").enumValues()).isEmpty();
    }

    @Test
    void unknownTypesSuggestTheNearestName() {
        assertThat(error("STRNG(20)")).isEqualTo("unparseable type 'STRNG(20)' (did you mean 'STRING'?); valid types: "
                + TypeParser.VALID);
        assertThat(error("Integr")).startsWith("unparseable type 'Integr' (did you mean 'INTEGER'?)");
        assertThat(error("DATETIME")).startsWith("unparseable type 'DATETIME';");
        assertThat(error("VARCHAR(20)")).startsWith("unparseable type 'VARCHAR(20)'; valid types: STRING, STRING(n)");
        assertThat(error("booleen")).contains("did you mean 'BOOLEAN'?");
        assertThat(error("JSONN")).contains("did you mean 'JSON");
        assertThat(error("")).startsWith("unparseable type ''");
        assertThat(error("DATA TYPES.STRING")).startsWith("unparseable type 'DATA TYPES.STRING'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"STRING(0)", "STRING(-1)", "STRING(abc)", "STRING()", "STRING(1,2)", "CHAR(10485761)",
            "STRING(99999999999)"})
    void badLengths(String text) {
        assertThat(error(text)).contains("length must be a whole number from 1 to 10485760, found '" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DECIMAL(2,3)", "DECIMAL(0)", "DECIMAL(a,b)", "DECIMAL(1,2,3)", "DECIMAL()", "DECIMAL(1001)",
            "DECIMAL(10,-1)"})
    void badDecimals(String text) {
        assertThat(error(text)).startsWith("DECIMAL needs a precision from 1 to 1000 and a scale from 0 to the precision");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BOOLEAN(1)", "UUID(4)", "JSON(2)", "DATEONLY(6)", "BOOLEAN()"})
    void parametersOnTypesThatTakeNone(String text) {
        assertThat(error(text)).contains("takes no parameters, found '" + text + "'");
    }

    @Test
    void unclosedParenthesis() {
        assertThat(error("STRING(20")).startsWith("unparseable type 'STRING(20': missing ')'");
    }

    @Test
    void badEnums() {
        assertThat(error("ENUM()")).startsWith("ENUM has no values;");
        assertThat(error("ENUM(a,,b)")).startsWith("ENUM has an empty value;");
        assertThat(error("ENUM('a)")).startsWith("ENUM has an unclosed quote;");
        assertThat(error("ENUM('a' b)")).startsWith("ENUM has text after a quoted value;");
        assertThat(error("ENUM(it's)")).startsWith("ENUM has a quote or parenthesis inside the unquoted value 'it's'");
        assertThat(error("ENUM(a, b, a)")).isEqualTo("ENUM value 'a' is listed twice");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DataTypes.STRING              | STRING  | ",
            "Sequelize.DataTypes.TEXT      | TEXT    | ",
            "DataTypes.NUMERIC             | DECIMAL | ",
            "double precision              | DOUBLE  | ",
            "DataTypes.INTEGER.UNSIGNED    | INTEGER | UNSIGNED",
            "INTEGER(11).UNSIGNED.ZEROFILL | INTEGER | UNSIGNED ZEROFILL",
            "BIGINT UNSIGNED               | BIGINT  | UNSIGNED",
            "DataTypes.STRING.BINARY       | STRING  | BINARY",
            "CHAR(10).BINARY               | CHAR    | BINARY",
            "DataTypes.TEXT('long')        | TEXT    | LONG",
            "BLOB(tiny)                    | BLOB    | TINY",
            "DataTypes.CITEXT              | CITEXT  | ",
            "TINYINT                       | SMALLINT | TINYINT",
            "DataTypes.MEDIUMINT(7).UNSIGNED | INTEGER | UNSIGNED MEDIUMINT",
            "DataTypes.VIRTUAL             | VIRTUAL | "})
    void sequelizeSpellings(String text, Logical kind, String modifiers) {
        TypeSpec type = parse(text);
        assertThat(type.kind()).isEqualTo(kind);
        assertThat(type.modifiers()).containsExactlyElementsOf(
                modifiers == null ? List.of() : List.of(modifiers.split(" ")));
    }

    @Test
    void geometryWithItsTypeAndSrid() {
        assertThat(parse("DataTypes.GEOMETRY")).extracting(TypeSpec::kind, TypeSpec::modifiers, TypeSpec::length)
                .containsExactly(Logical.GEOMETRY, List.of(), 0);
        assertThat(parse("GEOMETRY('point')")).extracting(TypeSpec::modifiers, TypeSpec::length)
                .containsExactly(List.of("POINT"), 0);
        assertThat(parse("DataTypes.GEOMETRY(\"MULTIPOLYGON\", 4326)")).extracting(TypeSpec::modifiers, TypeSpec::length)
                .containsExactly(List.of("MULTIPOLYGON"), 4326);
    }

    @Test
    void parametersPastedFromCode() {
        assertThat(parse("DataTypes.NUMERIC(5, 2)")).extracting(TypeSpec::precision, TypeSpec::scale).containsExactly(5, 2);
        assertThat(parse("DataTypes.STRING(40, true)")).extracting(TypeSpec::length, TypeSpec::modifiers)
                .containsExactly(40, List.of("BINARY"));
        assertThat(parse("DATE(6)").precision()).isEqualTo(6);
        assertThat(parse("FLOAT(11, 2)")).extracting(TypeSpec::precision, TypeSpec::scale).containsExactly(11, 2);
        assertThat(parse("INTEGER(11)").length()).isEqualTo(11);
        TypeSpec array = parse("DataTypes.ARRAY(DataTypes.STRING(40))");
        assertThat(array.kind()).isEqualTo(Logical.ARRAY);
        assertThat(array.element().orElseThrow()).extracting(TypeSpec::kind, TypeSpec::length).containsExactly(Logical.STRING, 40);
        assertThat(parse("RANGE(DATEONLY)").element().orElseThrow().kind()).isEqualTo(Logical.DATEONLY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DataTypes.GEOGRAPHY   | Unknown data type GEOGRAPHY",
            "GEOMETRY('CIRCLE')    | GEOMETRY takes a geometry type (POINT, LINESTRING",
            "GEOMETRY('POINT', x)  | and an optional SRID",
            "ARRAY(GEOMETRY)       | ARRAY of GEOMETRY is not supported",
            "BOOLEAN.UNSIGNED      | UNSIGNED goes with INTEGER",
            "TEXT.BINARY           | BINARY goes with STRING and CHAR",
            "TEXT('huge')          | size tiny, medium or long",
            "ARRAY                 | ARRAY needs its element type",
            "ARRAY(ENUM(a))        | ARRAY of ENUM is not supported",
            "ARRAY(STRIN)          | did you mean 'STRING'",
            "RANGE(STRING)         | RANGE takes INTEGER, BIGINT, DECIMAL, DATE or DATEONLY",
            "DATE(7)               | 0 to 6",
            "INTEGER(0)            | display width from 1 to 255"})
    void refusedSpellingsSayWhy(String text, String reason) {
        assertThat(error(text)).contains(reason);
    }
}
