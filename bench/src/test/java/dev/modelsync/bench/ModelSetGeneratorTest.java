package dev.modelsync.bench;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelSetGeneratorTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> models(ModelSetGenerator g) {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        for (ModelSetGenerator.ModelFile f : g.files()) {
            Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(f.text());
            assertThat(doc).containsOnlyKeys("models");
            all.putAll((Map<String, Map<String, Object>>) doc.get("models"));
        }
        return all;
    }

    @Test
    @SuppressWarnings("unchecked")
    void thousandEntitiesGiveAThousandThroughModelsWithExtraAttributes() {
        ModelSetGenerator g = ModelSetGenerator.of(1000);
        Map<String, Map<String, Object>> models = models(g);

        assertThat(g.files()).hasSize(10);
        assertThat(models).hasSize(2000);
        Set<String> throughs = new HashSet<>();
        int belongsTo = 0;
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> entity = models.get(ModelSetGenerator.entityName(i));
            assertThat(entity).as("entity %d", i).isNotNull();
            Map<String, Object> attrs = (Map<String, Object>) entity.get("attributes");
            assertThat(attrs).containsKeys("name", "code", "description", "quantity", "total", "price", "ratio",
                    "active", "releasedOn", "publishedAt", "externalId", "status", "payload");
            for (Map<String, Object> a : (List<Map<String, Object>>) entity.get("associations")) {
                if (a.containsKey("belongsTo")) {
                    belongsTo++;
                    assertThat(a.get("belongsTo")).isEqualTo(ModelSetGenerator.entityName(i - 1));
                }
                if (a.containsKey("belongsToMany")) {
                    assertThat(a.get("belongsToMany")).isEqualTo(ModelSetGenerator.entityName((i + 1) % 1000));
                    throughs.add((String) a.get("through"));
                }
            }
        }
        assertThat(belongsTo).isEqualTo(999);
        assertThat(throughs).hasSize(1000);
        for (String t : throughs) {
            Map<String, Object> attrs = (Map<String, Object>) models.get(t).get("attributes");
            assertThat(attrs).as("through model %s", t).containsKeys("role", "weight", "note");
        }
    }

    @Test
    void theChangedSetDiffersInExactlyOneAttribute() {
        var base = ModelSetGenerator.of(150).files();
        var changed = ModelSetGenerator.of(150).withChangedAttribute().files();
        assertThat(changed.get(1)).isEqualTo(base.get(1));
        List<String> a = base.get(0).text().lines().toList();
        List<String> b = changed.get(0).text().lines().toList();
        assertThat(a).hasSameSizeAs(b);
        int differing = 0;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                differing++;
                assertThat(a.get(i)).contains("STRING(32)");
                assertThat(b.get(i)).contains("STRING(40)");
            }
        }
        assertThat(differing).isEqualTo(1);
    }

    @Test
    void refusesSetsTooSmallForALink() {
        assertThatThrownBy(() -> ModelSetGenerator.of(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
