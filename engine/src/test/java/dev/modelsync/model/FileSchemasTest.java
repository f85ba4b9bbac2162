package dev.modelsync.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor schemas (docs/models.md, "Editor support"): the published copies are what the option
 * tables make; every option the parser accepts is in them; and every model and seed file example in
 * docs/ and every valid model fixture of the tests validates against them (networknt's validator).
 * {@code -Dschemas.update=true} rewrites the published copies.
 */
class FileSchemasTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<Path> PUBLISHED = List.of(ROOT.resolve("docs/schema"),
            ROOT.resolve("engine/src/main/resources/" + FileSchemas.RESOURCE_FOLDER));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void publishedCopiesAreWhatTheOptionTablesMake() throws IOException {
        for (Path dir : PUBLISHED) {
            for (Map.Entry<String, String> f : Map.of(FileSchemas.MODEL_FILE, FileSchemas.modelFile(),
                    FileSchemas.SEED_FILE, FileSchemas.seedFile()).entrySet()) {
                Path file = dir.resolve(f.getKey());
                if (Boolean.getBoolean("schemas.update")) {
                    Files.createDirectories(dir);
                    Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
                }
                assertThat(file).as("%s (rerun with -Dschemas.update=true)", file).hasContent(f.getValue());
            }
        }
    }

    @Test
    void everyOptionTheParserAcceptsIsInTheSchema() throws IOException {
        JsonNode schema = JSON.readTree(PUBLISHED.get(0).resolve(FileSchemas.MODEL_FILE).toFile());
        JsonNode defs = schema.get("$defs");
        assertThat(names(schema.get("properties"))).containsExactlyInAnyOrderElementsOf(FileSchemas.acceptedOptions("file"));
        assertThat(names(defs.at("/model/properties"))).containsExactlyInAnyOrderElementsOf(FileSchemas.acceptedOptions("model"));
        assertThat(names(defs.at("/define/properties"))).containsExactlyInAnyOrderElementsOf(FileSchemas.acceptedOptions("define"));
        assertThat(names(defs.at("/attribute/anyOf/1/properties"))).containsExactlyInAnyOrderElementsOf(FileSchemas.acceptedOptions("attribute"));
        assertThat(names(defs.at("/attribute/anyOf/1/properties/references/anyOf/1/properties")))
                .containsExactlyInAnyOrderElementsOf(FileSchemas.acceptedOptions("references"));
        assertThat(names(defs.at("/attribute/anyOf/1/properties/references/anyOf/1/properties/table/anyOf/1/properties")))
                .containsExactlyInAnyOrderElementsOf(FileSchemas.acceptedOptions("referencesTable"));
        assertThat(names(defs.at("/validate/properties"))).containsExactlyInAnyOrderElementsOf(FileSchemas.acceptedOptions("validator"));
        assertThat(names(defs.at("/index/properties"))).containsExactlyInAnyOrderElementsOf(FileSchemas.acceptedOptions("index"));
        assertThat(names(defs.at("/index/properties/fields/items/anyOf/1/properties")))
                .containsExactlyInAnyOrderElementsOf(FileSchemas.acceptedOptions("indexField"));
        JsonNode kinds = defs.at("/association/oneOf");
        AssociationDef.Kind[] all = AssociationDef.Kind.values();
        assertThat(kinds.size()).isEqualTo(all.length);
        for (int i = 0; i < all.length; i++) {
            List<String> expected = new ArrayList<>(FileSchemas.acceptedOptions("association:" + all[i].name()));
            expected.add(all[i].key());
            assertThat(names(kinds.get(i).get("properties"))).as(all[i].key()).containsExactlyInAnyOrderElementsOf(expected);
            if (expected.contains("through")) {
                assertThat(names(kinds.get(i).at("/properties/through/anyOf/1/properties")))
                        .containsExactlyInAnyOrderElementsOf(FileSchemas.acceptedOptions("through"));
            }
        }
    }

    static Stream<Path> modelFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> golden = Files.list(ROOT.resolve("engine/src/test/resources/golden"))) {
            golden.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
        }
        try (Stream<Path> examples = Files.walk(ROOT.resolve("docs/examples"))) {
            examples.filter(p -> p.toString().endsWith(".yaml") && p.toString().contains("/models/")
                    && !p.toString().contains("/target/")).sorted().forEach(out::add);
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("modelFiles")
    void validModelFilesValidate(Path file) throws IOException {
        assertThat(ModelParser.parse(List.of(new ModelParser.Source(file.getFileName().toString(), Files.readString(file)))))
                .as("the parser accepts %s", file).isNotNull();
        assertThat(errors(FileSchemas.MODEL_FILE, Files.readString(file))).as(file.toString()).isEmpty();
    }

    @Test
    void tutorialSeedFilesValidate() throws IOException {
        try (Stream<Path> seeds = Files.walk(ROOT.resolve("docs/examples"))) {
            List<Path> files = seeds.filter(p -> p.toString().endsWith(".yaml") && p.toString().contains("/seeds/")
                    && !p.toString().contains("/target/")).toList();
            assertThat(files).isNotEmpty();
            for (Path f : files) assertThat(errors(FileSchemas.SEED_FILE, Files.readString(f))).as(f.toString()).isEmpty();
        }
    }

    /** Every yaml block of docs/*.md that is a model file (a top-level models, define or conventions key) validates. */
    @Test
    void modelFileExamplesInTheDocsValidate() throws IOException {
        int checked = 0;
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            for (Path md : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = YAML_BLOCK.matcher(Files.readString(md));
                while (m.find()) {
                    String block = m.group(1);
                    if (!Pattern.compile("(?m)^(models|define|conventions):").matcher(block).find()) continue;
                    if (block.contains("...") || block.contains("…")) continue; // an excerpt, not a whole file
                    if (!parses(block)) continue; // an example of an error the parser reports
                    checked++;
                    assertThat(errors(FileSchemas.MODEL_FILE, block)).as("%s: %s", md.getFileName(), block).isEmpty();
                }
            }
        }
        assertThat(checked).as("model file examples found in docs/").isGreaterThanOrEqualTo(8);
    }

    /** The yaml blocks of docs/seeding.md are seed files. */
    @Test
    void seedFileExamplesInTheDocsValidate() throws IOException {
        Matcher m = YAML_BLOCK.matcher(Files.readString(ROOT.resolve("docs/seeding.md")));
        int checked = 0;
        while (m.find()) {
            String block = m.group(1);
            if (!Pattern.compile("(?m)^[A-Z]\\w*:").matcher(block).find() || block.contains("models:")) continue;
            checked++;
            assertThat(errors(FileSchemas.SEED_FILE, block)).as(block).isEmpty();
        }
        assertThat(checked).isGreaterThan(3);
    }

    @Test
    void aMistypedOptionIsFlagged() throws IOException {
        String typo = "models:\n  User:\n    tabelName: people\n    attributes:\n      name: { type: STRING, alowNull: false }\n"
                + "    associations:\n      - hasMany: Post\n        otherKey: x\n";
        List<Error> errors = errors(FileSchemas.MODEL_FILE, typo);
        assertThat(errors.toString()).contains("tabelName").contains("alowNull").contains("otherKey");
        assertThat(errors(FileSchemas.SEED_FILE, "User: { name: Ann }\n")).isNotEmpty();
    }

    private static boolean parses(String block) {
        try {
            ModelParser.parse(List.of(new ModelParser.Source("doc.yaml", block)));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static List<Error> errors(String schemaFile, String yaml) throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(PUBLISHED.get(0).resolve(schemaFile)));
        Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        JsonNode node = JSON.valueToTree(tree == null ? Map.of() : tree);
        return schema.validate(node);
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }
}
