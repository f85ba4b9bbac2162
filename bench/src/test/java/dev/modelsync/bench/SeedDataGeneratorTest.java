package dev.modelsync.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SeedDataGeneratorTest {

    @Test
    void everyUserLinksDistinctExistingProjects() {
        SeedDataGenerator full = SeedDataGenerator.full();
        assertThat(full.rows()).isEqualTo(1_110_000);
        for (int i = 1; i <= full.users(); i += 997) {
            Set<Integer> linked = new HashSet<>();
            for (int k = 0; k < full.linksPerUser(); k++) linked.add(full.linkedProject(i, k));
            assertThat(linked).hasSize(full.linksPerUser()).allMatch(j -> j >= 1 && j <= full.projects());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void seedFilesHoldTheSameRowsAsTheCopyData(@TempDir Path tmp) throws Exception {
        SeedDataGenerator data = new SeedDataGenerator(1_500, 100, 10);
        Project p = Project.create(tmp.resolve("p"));
        data.writeTo(p);

        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Map<String, List<Map<String, Object>>> projects = yaml.load(Files.readString(p.seeds().resolve("a-projects.yaml")));
        assertThat(projects.get("Project")).hasSize(100);
        assertThat(projects.get("Project").get(4)).containsEntry("title", SeedDataGenerator.project(5)[0]);

        Map<String, List<Map<String, Object>>> second = yaml.load(Files.readString(p.seeds().resolve("b-users-0001.yaml")));
        List<Map<String, Object>> users = second.get("User");
        assertThat(users).hasSize(500);
        Map<String, Object> u = users.get(0);
        assertThat(u).containsEntry("email", SeedDataGenerator.user(1001)[1]);
        List<Map<String, Object>> links = (List<Map<String, Object>>) u.get("projects");
        assertThat(links).hasSize(10);
        assertThat(links.get(3)).containsEntry("title", SeedDataGenerator.project(data.linkedProject(1001, 3))[0])
                .containsEntry("UserProject", Map.of("role", SeedDataGenerator.role(1001, 3)));
        assertThat(yaml.<Map<String, Object>>load(SeedDataGenerator.MODELS)).containsOnlyKeys("models");
    }
}
