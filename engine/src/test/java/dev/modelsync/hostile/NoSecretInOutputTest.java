package dev.modelsync.hostile;

import dev.modelsync.ModelSync;
import dev.modelsync.VerifyOptions;
import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every goal's engine call, with a known password given as the configured password and inside the
 * URL, on H2 and PostgreSQL, plus failing connections: the password appears in no log line, no
 * result, no exception text or stack trace (causes included), and no file the run wrote.
 */
class NoSecretInOutputTest {
    static final String MODEL = """
            models:
              Product:
                attributes:
                  name: { type: STRING, allowNull: false, unique: true }
            """;
    static final String SEED = "Product:\n  - { name: Lamp }\n";

    @TempDir
    Path dir;
    final StringBuilder output = new StringBuilder();
    int project;

    private ModelSync project(String url, String password) throws Exception {
        Path base = dir.resolve("p" + project++);
        Files.createDirectories(base.resolve("src/main/models"));
        Files.createDirectories(base.resolve("src/test/seeds"));
        Files.writeString(base.resolve("src/main/models/shop.yaml"), MODEL);
        Files.writeString(base.resolve("src/test/seeds/01.yaml"), SEED);
        return ModelSync.configure().baseDir(base).url(url).username(url.startsWith("jdbc:h2:") ? "sa" : "postgres")
                .password(password).log(line -> output.append(line).append('\n')).load();
    }

    /** Runs a goal; its result, or its failure with every cause and stack trace, goes to the output. */
    private void run(Supplier<Object> goal) {
        try {
            output.append(goal.get()).append('\n');
        } catch (RuntimeException e) {
            StringWriter w = new StringWriter();
            e.printStackTrace(new PrintWriter(w));
            output.append(e).append('\n').append(w).append('\n');
        }
    }

    private void everyGoal(ModelSync ms) {
        run(ms::generate);
        run(ms::sql);
        run(ms::sync);
        run(() -> ms.verify(new VerifyOptions(false, false, Optional.of(ms.config().baseDir().resolve("target/modelsync")))));
        run(ms::seed);
        run(ms::baseline);
        run(() -> ms.diagram(Path.of("target/modelsync/model.mmd")));
        run(() -> ms.config().toString());
    }

    private void assertNowhere(String... secrets) throws Exception {
        String all = output.toString();
        for (String s : secrets) assertThat(all).as("output").doesNotContain(s);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".db")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String s : secrets) assertThat(text).as("file %s", f).doesNotContain(s);
        }
    }

    @Test
    void h2WithTheConfiguredPasswordAndWithOneInTheUrl() throws Exception {
        String name = "ms_" + UUID.randomUUID().toString().replace("-", "");
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        try (Connection keep = DriverManager.getConnection(url, "sa", "PwConfigured-1")) {
            everyGoal(project(url, "PwConfigured-1"));
            everyGoal(project(url + ";PASSWORD=PwConfigured-1", ""));
            everyGoal(project(url, "PwWrong-2")); // refused: the message shows neither password
            keep.createStatement().execute("SHUTDOWN");
        }
        assertThat(output).contains("Wrong user name or password").contains("PASSWORD=****").contains("VerifyResult[findings=[]]");
        assertNowhere("PwConfigured-1", "PwWrong-2");
    }

    @Test
    void postgresWithPasswordsInTheUrlAndConfigured() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.POSTGRESQL)) {
            everyGoal(project(db.url() + "?password=PwPgUrl-3&ApplicationName=modelsync-test", "PwPgConfigured-4"));
        }
        // nothing listens on port 1: the driver's failure is passed on without the password
        everyGoal(project("jdbc:postgresql://127.0.0.1:1/app?user=app&password=PwPgDown-5&connectTimeout=2", "PwPgDown-6"));
        // an unsupported URL is refused naming it, masked
        everyGoal(project("jdbc:nosuchdb://h/app?password=PwOther-7", ""));
        assertThat(output).contains("password=****").contains("Connection to 127.0.0.1:1 refused");
        assertNowhere("PwPgUrl-3", "PwPgConfigured-4", "PwPgDown-5", "PwPgDown-6", "PwOther-7");
    }
}
