package dev.modelsync.changelog;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The direct YAML rendering keeps SnakeYAML's layout (the same bytes as SnakeYAML's dump) or steps
 * aside: checked on tricky and random strings in every position a changelog has (keys, values,
 * sequence items, literal blocks). Its contract, that SnakeYAML reads it back as the same tree, is
 * checked over random trees by {@link BlockTextPropertyTest}.
 */
class BlockTextTest {
    static final List<String> TRICKY = List.of("true", "false", "yes", "No", "on", "OFF", "null", "~", "Null", "1", "-1",
            "1.5", "1e3", "0x1F", "0o17", "017", "1_000", ".inf", "-.Inf", ".NaN", "1:20", "12:30:00", "2024-01-01",
            "2024-01-01 10:00:00", "a: b", "a:b", "a:", ":a", "a #b", "a#b", "#a", "-a", "- a", "a-", "?a", "? a", "a?",
            "[a]", "a[0]", "{a}", "${uuid_function}", "a,b", ",a", "'q'", "a'b", "\"q\"", "a\"b", "*a", "&a", "!a", "|a",
            ">a", "%a", "@a", "`a", "=", "a=b", " a", "a ", "", " ", "é", "aé", "a\tb", "a\nb", "a\nb\n", "a\n\nb",
            "a\nb\n\n", "\na", " a\nb", "a \nb", "a\n b", "a\nb ", "SELECT 1;\nSELECT 2;", "CREATE TYPE \"e\" AS ENUM ('a', 'b')",
            "'abc'::character varying", "nextval('x_seq'::regclass)", "(1 + 2)", "$1", "_x", "A-B", "x.y", "./x", "/x",
            "---", "...", "a ... b", "\u0000", "a\u007fb", "a\rb", "a\r\nb", "x".repeat(200), "NOW()", "gen_random_uuid()");

    @Test
    void trickyStringsAsValuesKeysItemsAndBlocks() {
        for (String s : TRICKY) check(s);
    }

    @Test
    void randomStringsOverTheCharactersThatMatter() {
        String alphabet = "ab1_ -:#'\"\n ,[]{}$().?!&*|>%@`=\t\\é0e";
        Random r = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(8);
            for (int k = 0; k < n; k++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            check(sb.toString());
        }
    }

    @Test
    void directRenderingCoversWhatChangelogsHold() {
        Map<String, Object> column = new LinkedHashMap<>();
        column.put("name", "createdAt");
        column.put("type", "TIMESTAMP WITH TIME ZONE");
        column.put("defaultValueComputed", "${now_function}");
        column.put("constraints", Map.of("nullable", false));
        Map<String, Object> count = new LinkedHashMap<>();
        count.put("name", "count");
        count.put("type", "INTEGER");
        count.put("defaultValueNumeric", "0");
        Map<String, Object> sql = new LinkedHashMap<>();
        sql.put("dbms", "postgresql");
        sql.put("sql", "CREATE TYPE \"enum_Users_status\" AS ENUM ('active', 'gone');\nCOMMENT ON TYPE x IS 'y';");
        Map<String, Object> cs = new LinkedHashMap<>();
        cs.put("id", "0001-1-create-tables-users");
        cs.put("changes", List.of(Map.of("createTable", Map.of("tableName", "Users", "columns", List.of(Map.of("column", column), Map.of("column", count)))),
                Map.of("sql", sql)));
        Object tree = Map.of("databaseChangeLog", List.of(Map.of("logicalFilePath", "db/changelog/changes/0001-x.yaml"),
                Map.of("changeSet", cs)));

        assertThat(BlockText.render(tree)).as("no fallback for a typical changelog").isPresent();
        assertThat(BlockText.render(tree).get()).isEqualTo(ChangelogYaml.dump(tree));
    }

    private static void check(String s) {
        List<Object> trees = new ArrayList<>();
        trees.add(Map.of("k", s));
        trees.add(Map.of("k", List.of(s, "x")));
        trees.add(Map.of("k", List.of(Map.of("sql", s, "n", 1))));
        if (!s.isEmpty()) trees.add(Map.of(s, "v"));
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("a", Map.of("b", s));
        nested.put("c", s);
        trees.add(Map.of("databaseChangeLog", List.of(nested)));
        for (Object tree : trees) {
            assertThat(ChangelogYaml.text(tree)).as("%s", tree).isEqualTo(ChangelogYaml.dump(tree));
            BlockText.render(tree).ifPresent(direct -> assertThat(direct).as("%s", tree).isEqualTo(ChangelogYaml.dump(tree)));
        }
    }
}
