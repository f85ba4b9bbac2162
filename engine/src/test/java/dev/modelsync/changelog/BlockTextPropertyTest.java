package dev.modelsync.changelog;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of the changelog's YAML writing: SnakeYAML (its public loading API) reads the text back
 * as the tree that was written, over random trees of maps, lists, strings, integers and booleans, with
 * strings that YAML reads as something else when written plain (numbers, booleans, dates, indicators,
 * line breaks, control characters).
 */
class BlockTextPropertyTest {
    private static final String ALPHABET = "ab1_ -:#'\"\n ,[]{}$().?!&*|>%@`=\t\\é0e\r\u0007\u0085\u2028€";

    @Property(tries = 300)
    void theDirectRenderingReadsBackAsTheSameTree(@ForAll("trees") Map<String, Object> tree) {
        Optional<String> direct = BlockText.render(tree);
        direct.ifPresent(text -> assertThat(normalized(load(text))).as(text).isEqualTo(normalized(tree)));
    }

    @Property(tries = 300)
    void everyChangelogTextReadsBackAsTheSameTree(@ForAll("trees") Map<String, Object> tree) {
        String text = ChangelogYaml.text(tree);
        assertThat(normalized(load(text))).as(text).isEqualTo(normalized(tree));
    }

    @Property(tries = 300)
    void stringsInEveryPositionReadBackAsWritten(@ForAll("strings") String s) {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("a", Map.of("b", s));
        nested.put("c", s);
        List<Map<String, Object>> trees = new ArrayList<>(List.of(Map.of("k", s), Map.of("k", List.of(s, "x")),
                Map.of("k", List.of(Map.of("sql", s, "n", 1))), Map.of("databaseChangeLog", List.of(nested))));
        if (!s.isEmpty()) trees.add(Map.of(s, "v"));
        for (Map<String, Object> tree : trees) {
            String text = ChangelogYaml.text(tree);
            assertThat(normalized(load(text))).as(text).isEqualTo(normalized(tree));
        }
    }

    /** Found by the properties: SnakeYAML's dump put a NEL into a literal block, which its reader takes for a line feed. */
    @Example
    void aNextLineCharacterReadsBackAsWritten() {
        for (String s : List.of("\u0085", "a\u0085b", "\n\u0085", "\u0085\n", "SELECT 1;\u0085SELECT 2;\n")) {
            for (Map<String, Object> tree : List.<Map<String, Object>>of(Map.of("k", s), Map.of("k", List.of(s)))) {
                String text = ChangelogYaml.text(tree);
                assertThat(load(text)).as(text).isEqualTo(tree);
            }
        }
    }

    private static Object load(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    /** Integers as Long (SnakeYAML reads small ones as Integer), maps compared as maps. */
    private static Object normalized(Object o) {
        if (o instanceof Integer i) return i.longValue();
        if (o instanceof List<?> l) return l.stream().map(BlockTextPropertyTest::normalized).toList();
        if (o instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(normalized(k), normalized(v)));
            return out;
        }
        return o;
    }

    @Provide
    Arbitrary<String> strings() {
        Arbitrary<String> random = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(10);
        return Arbitraries.frequencyOf(Tuple.of(3, random), Tuple.of(1, Arbitraries.of(BlockTextTest.TRICKY)),
                Tuple.of(1, Arbitraries.strings().alpha().numeric().withChars('_', '-', '.').ofMinLength(1).ofMaxLength(12)));
    }

    @Provide
    Arbitrary<Map<String, Object>> trees() {
        return map(3);
    }

    private Arbitrary<Map<String, Object>> map(int depth) {
        return Arbitraries.maps(strings(), value(depth)).ofMaxSize(4).map(LinkedHashMap::new);
    }

    private Arbitrary<Object> value(int depth) {
        Arbitrary<Object> scalar = Arbitraries.frequencyOf(
                Tuple.of(6, strings().map(s -> (Object) s)),
                Tuple.of(1, Arbitraries.integers().map(i -> (Object) i)),
                Tuple.of(1, Arbitraries.longs().map(l -> (Object) l)),
                Tuple.of(1, Arbitraries.of(true, false).map(b -> (Object) b)));
        if (depth == 0) return scalar;
        Arbitrary<Object> nested = map(depth - 1).map(m -> (Object) m);
        Arbitrary<Object> list = Arbitraries.frequencyOf(Tuple.of(3, scalar), Tuple.of(1, nested)).list().ofMaxSize(3)
                .map(l -> (Object) l);
        return Arbitraries.frequencyOf(Tuple.of(5, scalar), Tuple.of(1, nested), Tuple.of(1, list));
    }
}
