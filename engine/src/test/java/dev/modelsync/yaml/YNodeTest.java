package dev.modelsync.yaml;

import dev.modelsync.problem.Pos;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A scalar's kind is SnakeYAML's own resolution of its text (plain), or a text (quoted). */
class YNodeTest {
    @Test
    void plainScalarsResolveAsSnakeYamlDoesQuotedOnesAreTexts() {
        Resolver resolver = new Resolver();
        List<String> texts = List.of("", "~", "null", "Null", "NULL", "nullable", "true", "False", "TRUE", "yes", "Yes",
                "NO", "on", "Off", "y", "n", "falsey", "Trueish", "offset", "12", "-3", "0x1F", "1_000", "1.5", "6.8523015e+5",
                ".inf", "-.Inf", ".NaN", "2024-05-01", "alice@example.com", "Project 00008", "Ödön", "<<", "=", "a b c d e f");
        for (String text : texts) {
            YNode.Scalar plain = YNode.Scalar.of(text, true, Pos.NONE);
            assertThat(plain.kind()).as("'%s'", text).isEqualTo(YNode.Scalar.kind(resolver.resolve(NodeId.scalar, text, true)));
            assertThat(YNode.Scalar.of(text, false, Pos.NONE).kind()).as("'%s' quoted", text).isEqualTo(YNode.Scalar.Kind.STR);
        }
        assertThat(YNode.Scalar.of("Yes", true, Pos.NONE).kind()).isEqualTo(YNode.Scalar.Kind.BOOL);
        assertThat(YNode.Scalar.of("", true, Pos.NONE).describe()).isEqualTo("nothing (null)");
        assertThat(new YNode.Map(List.of(), Pos.NONE).describe()).isEqualTo("a mapping");
    }
}
