package dev.modelsync.seed;

import dev.modelsync.db.Dialect;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A nested reference to a row that exists nowhere (a mistyped class name) creates the row, and the
 * run says so with where it was first seen; with strictReferences it is an error and nothing is written.
 */
class SeedReferencesTest {
    static final String MISTYPED = """
            Class:
              - className: Chemistry
            Student:
              - firstName: Lucas
                Classes: [Chemistry, Chemstry]
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRowCreatedFromAReferenceIsListedWithWhereItWasFirstSeen(Dialect dialect) throws Exception {
        try (var run = new Fixtures.Run(dialect, dir).file("data.yaml", MISTYPED)) {
            run.seed();
            assertThat(run.log).contains("seed: created Class 'Chemstry' (first seen at seeds/data.yaml:5:26)")
                    .noneMatch(l -> l.contains("created Class 'Chemistry'") || l.contains("created Student"));
            assertThat(run.query("SELECT \"className\" FROM \"Classes\" ORDER BY 1"))
                    .containsExactly("className=Chemistry", "className=Chemstry");
            run.log.clear();
            run.seed(); // now in the database: nothing is created, nothing said
            assertThat(run.log).noneMatch(l -> l.contains("created"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void strictReferencesRefusesToCreateARowFromAReference(Dialect dialect) throws Exception {
        try (var run = new Fixtures.Run(dialect, dir).file("data.yaml", MISTYPED)) {
            run.strictReferences = true;
            Throwable refused = catchThrowable(run::seed);
            assertThat(refused).isInstanceOf(dev.modelsync.problem.ProblemException.class).hasMessageContaining(
                    "seeds/data.yaml:5:26: Class 'Chemstry' is neither in the database nor declared in the seed files;"
                            + " strictReferences does not create rows from references: declare it under Class or fix the reference");
            assertThat(run.query("SELECT COUNT(*) AS \"n\" FROM \"Classes\"")).containsExactly("n=0");
            assertThat(run.query("SELECT COUNT(*) AS \"n\" FROM \"Students\"")).containsExactly("n=0");
        }
    }
}
