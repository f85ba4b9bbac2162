package dev.modelsync.maven;

import dev.modelsync.config.Config;
import dev.modelsync.ModelSync;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.problem.ProblemException;
import dev.modelsync.problem.Pos;
import dev.modelsync.problem.Problem;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AbstractModelMojoTest {

    @TempDir
    Path project;

    /** A goal whose work is given by the test; records the configuration it received. */
    static final class TestMojo extends AbstractApplyingMojo {
        Consumer<ModelSync> work = ms -> { };
        boolean database = true;
        Config seen;

        @Override
        protected void run(ModelSync modelSync) {
            seen = modelSync.config();
            work.accept(modelSync);
        }

        @Override
        protected String goal() {
            return "test";
        }

        @Override
        protected boolean needsDatabase() {
            return database;
        }
    }

    private TestMojo mojo() {
        TestMojo m = new TestMojo();
        m.baseDirectory = project.toFile();
        m.buildDirectory = project.resolve("target").toFile();
        m.modelsDirectory = project.resolve("src/main/models").toFile();
        m.changelogDirectory = project.resolve("src/main/resources/db/changelog").toFile();
        m.settings = new Settings();
        return m;
    }

    @Test
    void defaultUrlIsAnH2FileDatabaseUnderTheBuildDirectory() throws Exception {
        TestMojo m = mojo();
        m.buildDirectory = project.resolve("out").toFile();
        m.execute();
        String expected = "jdbc:h2:file:" + project.resolve("out/modelsync/db").toString().replace('\\', '/');
        assertThat(m.seen.url()).isEqualTo(expected);
        assertThat(m.seen.username()).isEqualTo("sa");
    }

    @Test
    void parametersReachTheEngineConfiguration() throws Exception {
        TestMojo m = mojo();
        m.url = " jdbc:postgresql://db.example:5432/app ";
        m.username = "app";
        m.password = "secret";
        m.modelsDirectory = new File(project.toFile(), "models");
        m.allowDestructive = true;
        m.execute();
        assertThat(m.seen.url()).isEqualTo("jdbc:postgresql://db.example:5432/app");
        assertThat(m.seen.username()).isEqualTo("app");
        assertThat(m.seen.password()).isEqualTo("secret");
        assertThat(m.seen.baseDir()).isEqualTo(project.toAbsolutePath());
        assertThat(m.seen.modelsDirectory()).isEqualTo(project.resolve("models"));
        assertThat(m.seen.changelogDirectory()).isEqualTo(project.resolve("src/main/resources/db/changelog"));
        assertThat(m.seen.seedDirectory()).isEqualTo(project.resolve("src/test/seeds"));
        assertThat(m.seen.allowDestructive()).isTrue();
    }

    @Test
    void skipRunsNothing() throws Exception {
        TestMojo m = mojo();
        m.skip = true;
        m.url = "jdbc:nowhere:x";
        m.execute();
        assertThat(m.seen).isNull();
    }

    @Test
    void unsupportedUrlFailsGoalsThatNeedTheDatabase() {
        TestMojo m = mojo();
        m.url = "jdbc:oracle:thin:@db:1521/x";
        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Unsupported database URL jdbc:oracle:thin:@db:1521/x")
                .hasMessageContaining("model.url");
        assertThat(m.seen).isNull();
    }

    @Test
    void goalsWithoutDatabaseIgnoreTheUrl() throws Exception {
        TestMojo m = mojo();
        m.database = false;
        m.url = "jdbc:oracle:thin:@db:1521/x";
        m.execute();
        assertThat(m.seen).isNotNull();
    }

    @Test
    void engineFailuresBecomeBuildFailuresWithTheEngineMessage() {
        TestMojo m = mojo();
        m.work = ms -> {
            throw new ModelSyncException("Cannot connect to jdbc:h2:x as user 'sa': refused");
        };
        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("Cannot connect to jdbc:h2:x as user 'sa': refused");
    }

    @Test
    void engineOptionHintsReachMavenAsPropertiesInTheFailureAndEveryCause() {
        TestMojo m = mojo();
        java.sql.SQLException driver = new java.sql.SQLException("driver detail");
        m.work = ms -> {
            throw new ModelSyncException("Refusing 1 destructive change. To apply them anyway, allow destructive changes"
                    + " (option allowDestructive=true).", driver);
        };
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(m::execute);
        assertThat(failure).isInstanceOf(MojoFailureException.class).hasMessage("Refusing 1 destructive change. To apply"
                + " them anyway, allow destructive changes (-Dmodel.allowDestructive=true).");
        // Maven prints every cause's message that differs from the failure's: none may use the engine's words
        for (Throwable t = failure; t != null; t = t.getCause()) assertThat(String.valueOf(t.getMessage())).doesNotContain("(option");
        assertThat(failure.getCause().getCause()).isSameAs(driver);
    }

    @Test
    void modelErrorsListEveryProblemWithItsPosition() {
        TestMojo m = mojo();
        m.work = ms -> {
            throw new ProblemException(List.of(new Problem(new Pos("models/a.yaml", 7, 3), "unknown key 'tabelName'"),
                    new Problem(new Pos("models/a.yaml", 2, 5), "unparseable type 'STRNG'")));
        };
        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("2 errors:\n  models/a.yaml:2:5: unparseable type 'STRNG'\n"
                        + "  models/a.yaml:7:3: unknown key 'tabelName'");
    }

    @Test
    void unexpectedExceptionsAreExecutionErrors() {
        TestMojo m = mojo();
        m.work = ms -> {
            throw new IllegalStateException("bug");
        };
        assertThatThrownBy(m::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("model:test failed unexpectedly")
                .hasMessageContaining("bug");
    }

    @Test
    void missingServerIdIsABuildFailure() {
        TestMojo m = mojo();
        m.serverId = "prod";
        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("model.serverId is 'prod'");
        assertThat(m.seen).isNull();
    }
}
