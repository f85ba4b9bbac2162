package dev.modelsync.faults;

import dev.modelsync.ModelSync;
import dev.modelsync.SeedResult;
import dev.modelsync.SyncResult;
import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs started together (threads released by one latch, each with its own engine instance and
 * connections), against an H2 database in a file and against PostgreSQL: all succeed, one does
 * the work and the others find nothing to do.
 */
class ConcurrentRunsTest {
    private static final int RUNS = 3;
    private static final String V1 = """
            models:
              User:
                attributes:
                  name: { type: STRING, allowNull: false }
              Task:
                attributes:
                  title: STRING
                associations:
                  - belongsTo: User
            """;
    private static final String V2 = V1.replace("      name: { type: STRING, allowNull: false }\n",
            "      name: { type: STRING, allowNull: false }\n      bio: TEXT\n");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void threeSyncsInOneCheckoutWriteOneFileAndAllSucceed(Dialect dialect) throws Exception {
        Path project = dir.resolve("p");
        writeModel(project, V1);
        try (TestDatabase db = dialect == Dialect.H2 ? null : TestDatabase.create(dialect)) {
            String url = url(db, dir);
            String user = db == null ? "sa" : db.user();
            Function<Path, ModelSync> engine = base -> ModelSync.configure().baseDir(base).url(url).username(user).load();
            // a fresh database: Liquibase's tables do not exist yet
            List<SyncResult> first = together(i -> engine.apply(project).sync());
            assertThat(first.stream().mapToInt(r -> r.appliedChangeSets().size()).filter(n -> n > 0).count()).isEqualTo(1);
            assertThat(changeFiles(project)).hasSize(1);

            writeModel(project, V2); // one added column
            List<SyncResult> second = together(i -> engine.apply(project).sync());
            assertThat(second.stream().filter(r -> r.generated().writtenFile().isPresent()).count()).as("files written").isEqualTo(1);
            assertThat(second.stream().filter(r -> !r.appliedChangeSets().isEmpty()).count()).as("runs that applied").isEqualTo(1);
            assertThat(changeFiles(project)).hasSize(2);
            Project.assertConverged(engine.apply(project));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void threeSyncsFromThreeCheckoutsOnAFreshDatabaseAllSucceed(Dialect dialect) throws Exception {
        try (TestDatabase db = dialect == Dialect.H2 ? null : TestDatabase.create(dialect)) {
            String url = url(db, dir);
            String user = db == null ? "sa" : db.user();
            for (int i = 0; i < RUNS; i++) writeModel(dir.resolve("checkout-" + i), V1);
            Function<Integer, ModelSync> engine = i -> ModelSync.configure().baseDir(dir.resolve("checkout-" + i)).url(url)
                    .username(user).load();
            List<SyncResult> first = together(i -> engine.apply(i).sync());
            // each checkout writes the same file; one run applies it, the others find it applied
            assertThat(first.stream().filter(r -> !r.appliedChangeSets().isEmpty()).count()).isEqualTo(1);
            for (int i = 0; i < RUNS; i++) writeModel(dir.resolve("checkout-" + i), V2);
            List<SyncResult> second = together(i -> engine.apply(i).sync());
            assertThat(second.stream().filter(r -> !r.appliedChangeSets().isEmpty()).count()).isEqualTo(1);
            for (int i = 0; i < RUNS; i++) Project.assertConverged(engine.apply(i));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void seedsStartedTogetherInsertEachRowOnce(Dialect dialect) throws Exception {
        Path project = dir.resolve("p");
        // the seed key (name) has no unique constraint: only the lock keeps two seeds from both inserting
        writeModel(project, """
                models:
                  Student:
                    seedKey: name
                    attributes:
                      name: { type: STRING, allowNull: false }
                """);
        StringBuilder seed = new StringBuilder("Student:\n");
        for (int i = 0; i < 2000; i++) seed.append("  - { name: s").append(i).append(" }\n");
        Files.createDirectories(project.resolve("src/test/seeds"));
        Files.writeString(project.resolve("src/test/seeds/students.yaml"), seed);
        try (TestDatabase db = dialect == Dialect.H2 ? null : TestDatabase.create(dialect)) {
            String url = url(db, dir);
            String user = db == null ? "sa" : db.user();
            Function<Integer, ModelSync> engine = i -> ModelSync.configure().baseDir(project).url(url).username(user).load();
            engine.apply(0).sync();
            List<SeedResult> seeds = together(i -> engine.apply(i).seed());
            assertThat(seeds.stream().mapToInt(SeedResult::totalInserted).sorted().toArray()).containsExactly(0, 0, 2000);
            try (Connection c = db == null ? DriverManager.getConnection(url, user, "") : db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT \"name\") FROM \"Students\"")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2000);
                assertThat(rs.getInt(2)).isEqualTo(2000);
            }
        }
    }

    interface Run<T> {
        T run(int i) throws Exception;
    }

    /** Runs {@code RUNS} copies of {@code run} released together; every one must succeed. */
    static <T> List<T> together(Run<T> run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RUNS);
        try {
            CountDownLatch ready = new CountDownLatch(RUNS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                int n = i;
                Callable<T> task = () -> {
                    ready.countDown();
                    go.await();
                    return run.run(n);
                };
                futures.add(pool.submit(task));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) results.add(f.get()); // rethrows a failed run
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static String url(TestDatabase db, Path dir) {
        return db == null ? "jdbc:h2:file:" + dir.resolve("db/db").toString().replace('\\', '/') : db.url();
    }

    private static void writeModel(Path project, String yaml) throws Exception {
        Files.createDirectories(project.resolve("src/main/models"));
        Files.writeString(project.resolve("src/main/models/models.yaml"), yaml);
    }

    private static List<Path> changeFiles(Path project) throws Exception {
        try (Stream<Path> s = Files.list(project.resolve("src/main/resources/db/changelog/changes"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
    }
}
