package dev.modelsync.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlScriptTest {

    @Test
    void splitsOnSemicolonsOutsideQuotesAndComments() {
        String script = """
                -- Changeset changes/0001.yaml::1; by modelsync
                CREATE TABLE "a;b" (id INTEGER, note VARCHAR(10) DEFAULT 'x;y''z');
                /* block; comment */ CREATE INDEX i ON "a;b" (id);
                INSERT INTO public.databasechangelog (id) VALUES ('1');
                CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql
                """;
        var statements = SqlScript.split(script);
        assertThat(statements).containsExactly(
                "CREATE TABLE \"a;b\" (id INTEGER, note VARCHAR(10) DEFAULT 'x;y''z')",
                "CREATE INDEX i ON \"a;b\" (id)",
                "INSERT INTO public.databasechangelog (id) VALUES ('1')",
                "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql");
        assertThat(statements.stream().filter(SqlScript::isLiquibaseBookkeeping)).hasSize(1);
    }
}
