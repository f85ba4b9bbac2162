package dev.modelsync.resolve;

import dev.modelsync.schema.SchemaDump;

import dev.modelsync.model.ModelParser;
import dev.modelsync.model.ModelSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden tests: every {@code golden/<case>.yaml} resolves to the schema written in
 * {@code golden/<case>.schema.txt}. Run with {@code -Dgolden.update=true} to rewrite the
 * expected files (then review the diff). Each case also resolves twice to equal records.
 * The {@code <case>.js} twins are the same models for the Sequelize oracle (docs/resolution.md).
 */
class GoldenTest {
    static final Path DIR = Path.of("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(DIR)) {
            cases = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(cases).as("golden cases in " + DIR.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(9);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private static void check(Path yaml) throws IOException {
        ModelSet set = parse(yaml);
        Resolved first = SchemaResolver.resolve(set);
        Resolved second = SchemaResolver.resolve(parse(yaml));
        assertThat(second).as("resolving twice gives equal records").isEqualTo(first);

        String actual = SchemaDump.dump(first.schema());
        String base = yaml.getFileName().toString().replaceFirst("\\.yaml$", "");
        Path expectedFile = yaml.resolveSibling(base + ".schema.txt");
        if (UPDATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expectedFile).as("golden file; run once with -Dgolden.update=true to create it").exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    static ModelSet parse(Path yaml) throws IOException {
        return ModelParser.parse(List.of(new ModelParser.Source(yaml.getFileName().toString(),
                Files.readString(yaml, StandardCharsets.UTF_8))));
    }
}
