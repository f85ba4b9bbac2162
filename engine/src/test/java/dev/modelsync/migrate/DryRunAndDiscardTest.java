package dev.modelsync.migrate;

import dev.modelsync.ModelSync;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.SqlResult;
import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code sql} is a dry run that writes no file; {@code discard} takes back a generation no database applied. */
class DryRunAndDiscardTest {
    @TempDir
    Path project;

    private static final String USERS = "models:\n  User:\n    attributes:\n      name: STRING\n";

    private ModelSync modelSync(TestDatabase db) throws IOException {
        return ModelSync.configure().baseDir(project).url(db.url()).username(db.user()).load();
    }

    private void model(String yaml) throws IOException {
        Files.createDirectories(project.resolve("src/main/models"));
        Files.writeString(project.resolve("src/main/models/users.yaml"), yaml);
    }

    private List<String> changeFiles() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("src/main/resources/db/changelog/changes"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private String master() throws IOException {
        return Files.readString(project.resolve("src/main/resources/db/changelog/db.changelog-master.yaml"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void sqlShowsTheChangesetAndItsSqlAndWritesNothing(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            model(USERS);
            modelSync(db).sync();
            String masterBefore = master();
            model(USERS + "      bio: TEXT\n");

            SqlResult r = modelSync(db).sql();

            assertThat(r.changeset()).contains("addColumn", "name: bio", "0002-1");
            assertThat(r.sql()).contains("ALTER TABLE").contains("bio");
            assertThat(r.generated().writtenFile()).isEmpty();
            assertThat(changeFiles()).containsExactly("0001-initial-schema.yaml");
            assertThat(master()).isEqualTo(masterBefore);
            assertThat(r.pendingChangeSets()).hasSize(1);

            model(USERS); // the preview is withdrawn: no false "drop column" refusal
            assertThat(modelSync(db).generate().writtenFile()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void discardTakesBackTheNewestGenerationWhileNoDatabaseAppliedIt(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            model(USERS);
            modelSync(db).sync();
            String masterBefore = master();
            model(USERS + "      bio: TEXT\n");
            Path written = modelSync(db).generate().writtenFile().orElseThrow();
            String text = Files.readString(written);

            modelSync(db).discard();

            assertThat(changeFiles()).containsExactly("0001-initial-schema.yaml");
            assertThat(master()).isEqualTo(masterBefore);
            assertThat(Files.readString(modelSync(db).generate().writtenFile().orElseThrow())).isEqualTo(text);

            modelSync(db).sync();
            assertThatThrownBy(() -> modelSync(db).discard()).isInstanceOf(ModelSyncException.class)
                    .hasMessageContaining("Refusing to discard changes/0002-users.yaml")
                    .hasMessageContaining("has applied 1 of its changeset");
            assertThat(changeFiles()).containsExactly("0001-initial-schema.yaml", "0002-users.yaml");
        }
    }
}
