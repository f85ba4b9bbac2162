package dev.modelsync.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SqlFragmentTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "\"deletedAt\" IS NULL",
            "status = 'a;b'",
            "status = 'it''s; fine'",
            "E'it\\'s; fine' = x",
            "$$x;y$$ = x",
            "$body$ a;b $body$ = x",
            "/* ; */ 1 = 1",
            "x -- a comment; with a semicolon\n = 1",
            "now() - interval '1 day'",
            "\"a;b\" = 1 AND (x IN (1, 2))",
            "a$b = $1",
            "(lower(\"email\"))"})
    void oneExpressionIsAccepted(String sql) {
        assertThat(SqlFragment.problem(sql)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "1=1; DROP TABLE \"Items\"; --",
            "1=1;",
            "'abc",
            "\"abc",
            "E'it\\'s' ; x",
            "(1",
            "1)",
            "/* x",
            "/* /* */ ; */ 1",
            "1 -- hides the rest",
            "$$ x",
            "$t$ x $u$",
            "(a = ')' "})
    void anythingElseIsRefused(String sql) {
        assertThat(SqlFragment.problem(sql)).isPresent().get().asString().contains("(at character ");
    }

    @org.junit.jupiter.api.Test
    void theMessageNamesTheCharacter() {
        assertThat(SqlFragment.problem("1=1; DROP TABLE x")).contains(
                "';' ends the statement; a raw SQL fragment must be one expression, not several statements (at character 4)");
    }
}
