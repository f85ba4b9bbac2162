package dev.modelsync;

import dev.modelsync.config.Config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The defaults of {@link ModelSync.Builder}: every path under the project directory. */
class ModelSyncBuilderTest {

    @TempDir
    Path project;

    @Test
    void defaultsLiveUnderTheProjectDirectory() {
        Config c = ModelSync.configure().baseDir(project).load().config();

        assertThat(c.url()).isEqualTo("jdbc:h2:file:" + project.toAbsolutePath().resolve("target/modelsync/db").toString().replace('\\', '/'));
        assertThat(c.username()).isEqualTo("sa");
        assertThat(c.modelsDirectory()).isEqualTo(project.resolve("src/main/models"));
        assertThat(c.changelogDirectory()).isEqualTo(project.resolve("src/main/resources/db/changelog"));
        assertThat(c.seedDirectory()).isEqualTo(project.resolve("src/test/seeds"));
        assertThat(c.cacheDirectory()).contains(project.resolve("target/modelsync/cache"));
    }

    @Test
    void relativePathsAreTakenAgainstTheProjectAndTheCacheCanBeTurnedOff() {
        Config c = ModelSync.configure().baseDir(project).changelogDirectory(Path.of("db")).cacheDirectory(null)
                .url("jdbc:postgresql://localhost/app").username("app").load().config();

        assertThat(c.changelogDirectory()).isEqualTo(project.resolve("db"));
        assertThat(c.cacheDirectory()).isEmpty();
        assertThat(c.url()).isEqualTo("jdbc:postgresql://localhost/app");
        assertThat(c.username()).isEqualTo("app");
        assertThat(c.toString()).contains("cache=none").doesNotContain("password=");
    }
}
