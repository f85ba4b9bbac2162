package dev.modelsync.roundtrip;

import dev.modelsync.ModelSync;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.VerifyOptions;
import dev.modelsync.db.Dialect;
import dev.modelsync.roundtrip.Convergence.Step;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shrunk cases of failures {@link ConvergencePropertyTest} found, kept as fixed model sequences
 * and checked on both databases by {@link Convergence}: each failed before its fix.
 */
class ConvergenceRegressionTest {

    /**
     * PostgreSQL stores a jsonb default in its own form ({"theme": "dark"}): verify saw a default
     * mismatch. The shrunk case of a second failure adds a JSON default widened to JSONB, whose
     * default PostgreSQL keeps as written.
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void jsonbDefaultInPostgresFormIsNoDrift(Dialect dialect) throws Exception {
        Convergence.run(dialect, List.of(new Step("""
                models:
                  Author0:
                    attributes:
                      title1:
                        type: JSONB
                        defaultValue: { theme: dark, a: [1, 2] }
                      body2:
                        type: JSON
                        defaultValue: { theme: dark, a: [1, 2] }
                """, false), new Step("""
                models:
                  Author0:
                    attributes:
                      title1:
                        type: JSON
                        defaultValue: { theme: dark, a: [1, 2] }
                      body2:
                        type: JSONB
                        defaultValue: { theme: dark, a: [1, 2] }
                """, false)));
    }

    @TempDir
    Path project;

    /**
     * Shrunk case: ADD_ATTRIBUTE of a nullable unique STRING with a default to a table holding two
     * rows. Both rows got the default, the unique constraint failed, and the changeset that can never
     * apply stayed in the changelog: every later sync failed. Now refused before anything is written;
     * the same attribute without a default goes through.
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void uniqueColumnWithADefaultOnAFilledTableIsRefusedBeforeAnythingIsWritten(Dialect dialect) throws Exception {
        String v0 = """
                models:
                  Author0:
                    attributes:
                      title1: STRING
                """;
        try (TestDatabase db = TestDatabase.create(dialect)) {
            LiveDb live = new LiveDb(db);
            write(v0);
            live.facade(project).sync();
            live.exec("INSERT INTO \"Author0s\" (\"title1\") VALUES ('a'), ('b')");
            write(v0 + """
                          fullName2:
                            type: STRING(40)
                            defaultValue: dflt
                            unique: true
                    """);
            for (boolean allow : new boolean[] {false, true}) {
                assertThatThrownBy(() -> live.facade(project, allow).sync()).isInstanceOf(ModelSyncException.class)
                        .hasMessageContaining("that would fail even with allowDestructive (nothing was written)")
                        .hasMessageContaining("Author0s.fullName2: every existing row would get the default 'dflt', but the column"
                                + " must be unique (unique constraint Author0s_fullName2_key)");
            }
            try (Stream<Path> files = Files.list(project.resolve("changelog/changes"))) {
                assertThat(files).hasSize(1);
            }
            write(v0 + """
                          fullName2:
                            type: STRING(40)
                            unique: true
                    """);
            ModelSync ms = live.facade(project);
            assertThat(ms.sync().appliedChangeSets()).isNotEmpty();
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(live.rows("SELECT \"title1\", \"fullName2\" FROM \"Author0s\" ORDER BY 1")).containsExactly("a|null", "b|null");
        }
    }

    private void write(String yaml) throws Exception {
        Files.createDirectories(project.resolve("models"));
        Files.writeString(project.resolve("models/models.yaml"), yaml);
    }
}
