package dev.modelsync.diff;

import dev.modelsync.model.ModelParser;
import dev.modelsync.schema.Schema;
import dev.modelsync.resolve.SchemaResolver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.modelsync.diff.DifferTest.described;
import static dev.modelsync.diff.DifferTest.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The differ on schemas produced by the real parser and resolver: model files in, changes out. */
class ResolvedModelsDiffTest {

    private static Schema resolve(String yaml) {
        return SchemaResolver.resolve(ModelParser.parse(List.of(new ModelParser.Source("models.yaml", yaml)))).schema();
    }

    @Test
    void everyGoldenModelBuildsFromNothingAndIsThenUpToDate() throws IOException {
        Path dir = Path.of("src/test/resources/golden");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            Schema desired = resolve(Files.readString(f));
            List<SchemaChange> changes = roundTrip(Schema.EMPTY, desired);
            assertThat(changes).as(f.toString()).isNotEmpty();
            assertThat(DestructiveCheck.findings(changes, Schema.EMPTY)).as(f.toString()).isEmpty();
        }
    }

    private static final String V1 = """
            models:
              User:
                attributes:
                  fullName: { type: STRING, allowNull: false }
                  email: { type: STRING, unique: true }
                associations:
                  - belongsToMany: Project
                    through: UserProjects
                    foreignKey: userId
              Project:
                attributes:
                  title: STRING
                associations:
                  - belongsToMany: User
                    through: UserProjects
                    foreignKey: projectId
                  - belongsTo: User
                    as: owner
            """;

    /** Model renamed (User → Person, table People), attribute renamed, string through becomes a model with a role. */
    private static final String V2 = """
            models:
              Person:
                renamedFrom: User
                attributes:
                  name: { type: STRING, allowNull: false, renamedFrom: fullName }
                  email: { type: STRING, unique: true }
                associations:
                  - belongsToMany: Project
                    through: UserProjects
                    foreignKey: userId
              Project:
                attributes:
                  title: STRING
                associations:
                  - belongsToMany: Person
                    through: UserProjects
                    foreignKey: projectId
                  - belongsTo: Person
                    as: owner
              UserProjects:
                tableName: UserProjects
                attributes:
                  role: { type: STRING, defaultValue: viewer }
            """;

    @Test
    void modelEvolutionKeepsTablesAndRows() {
        Schema v1 = resolve(V1);
        Schema v2 = resolve(V2);
        List<SchemaChange> changes = roundTrip(v1, v2);
        assertThat(changes).filteredOn(c -> c instanceof SchemaChange.RenameTable)
                .containsExactly(new SchemaChange.RenameTable("Users", "People"));
        assertThat(changes).filteredOn(c -> c instanceof SchemaChange.RenameColumn r && r.from().equals("fullName"))
                .hasSize(1);
        assertThat(changes).noneMatch(c -> c instanceof SchemaChange.DropTable || c instanceof SchemaChange.DropColumn
                || c instanceof SchemaChange.CreateTable);
        assertThat(DestructiveCheck.findings(changes, v1)).isEmpty();
        assertThat(described(changes)).contains("add column UserProjects.role VARCHAR(255) DEFAULT 'viewer'");
    }

    @Test
    void modelRenameWithoutHintIsRefused() {
        Schema v1 = resolve("""
                models:
                  User:
                    attributes:
                      fullName: STRING
                """);
        Schema v2 = resolve("""
                models:
                  User:
                    attributes:
                      name: STRING
                """);
        assertThatThrownBy(() -> DifferTest.roundTrip(v1, v2))
                .hasMessageContaining("Users.fullName would be dropped and Users.name added (both VARCHAR(255))");
    }
}
