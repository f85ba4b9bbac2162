package dev.modelsync.seed;

import dev.modelsync.seed.read.SeedParser;
import dev.modelsync.seed.read.SeedReader;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Values that repeat share one copy, however many distinct values came before (1,000,000 links fit in -Xmx512m). */
class SeedParserMemoryTest {
    @Test
    void repeatedJunctionAttributesShareOneCopyAfterManyDistinctValues() {
        StringBuilder yaml = new StringBuilder("Project:\n");
        for (int p = 0; p < 30_000; p++) { // more distinct strings than any fixed-size intern table would keep
            yaml.append("  - { title: Project ").append(p).append(", description: Project number ").append(p).append(" }\n");
        }
        yaml.append("User:\n");
        for (int u = 0; u < 50; u++) {
            yaml.append("  - name: U").append(u).append("\n    email: u").append(u).append("@example.com\n    projects:\n");
            for (int k = 0; k < 4; k++) {
                yaml.append("      - { title: Project ").append(u * 4 + k).append(", UserProject: { role: ")
                        .append(k % 2 == 0 ? "admin" : "viewer").append(" } }\n");
            }
        }
        SeedProblems problems = new SeedProblems(new Sources());
        SeedSchema catalog = new SeedSchema(Fixtures.app().resolved());
        SeedParser parser = new SeedParser(catalog, problems);
        new SeedReader(0, problems).read(SeedReader.yaml().parse(new StringReader(yaml.toString())).iterator(), parser);
        assertThat(problems.any()).isFalse();

        List<JunctionSpec.JunctionLink> links = catalog.junctions().stream()
                .filter(s -> !s.links().isEmpty()).findFirst().orElseThrow().links();
        assertThat(links).hasSize(200);
        long distinctArrays = links.stream().map(l -> l.attrs()).distinct().count(); // by identity: arrays
        assertThat(distinctArrays).isEqualTo(2);
        assertThat(links.get(0).attrs()).isSameAs(links.get(2).attrs());
    }
}
