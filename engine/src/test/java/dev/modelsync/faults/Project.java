package dev.modelsync.faults;

import dev.modelsync.config.Config;
import dev.modelsync.ModelSync;
import dev.modelsync.changelog.ChangelogReplayer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A project with a large generated model, and the checks a run must leave true. */
final class Project {
    private Project() {
    }

    /**
     * Model files for {@code tables} tables {@code T0001…}, each with a few attributes, a unique
     * column, an index and a foreign key to the one before; one file per {@code batch} tables.
     */
    static void writeModels(Path base, int tables, int batch) throws IOException {
        Path models = base.resolve("src/main/models");
        Files.createDirectories(models);
        for (int start = 1; start <= tables; start += batch) {
            StringBuilder y = new StringBuilder("models:\n");
            for (int i = start; i < Math.min(start + batch, tables + 1); i++) {
                y.append(String.format("""
                          T%04d:
                            attributes:
                              name: { type: STRING, allowNull: false }
                              code: { type: STRING(40), unique: true }
                              amount: DECIMAL(10,2)
                              at: DATE
                            indexes:
                              - fields: [name]
                        """, i));
                if (i > 1) y.append(String.format("    associations:\n      - belongsTo: T%04d\n", i - 1));
            }
            Files.writeString(models.resolve(String.format("batch-%04d.yaml", start)), y.toString());
        }
    }

    /** The model in several files: {@code generations} generations of it are in the changelog already. */
    static void prepare(Path base, int tables, int batch, int generations) throws IOException {
        Path models = base.resolve("src/main/models");
        writeModels(base, tables, batch);
        List<Path> files;
        try (Stream<Path> s = Files.list(models)) {
            files = s.sorted().toList();
        }
        // generate step by step: hide the later batches, generate, show the next one
        Path hidden = base.resolve("hidden");
        Files.createDirectories(hidden);
        for (Path f : files) Files.move(f, hidden.resolve(f.getFileName()));
        for (int i = 0; i < files.size(); i++) {
            Files.move(hidden.resolve(files.get(i).getFileName()), files.get(i));
            if (i < generations) ModelSync.configure().baseDir(base).cacheDirectory(null).load().generate();
        }
        Files.delete(hidden);
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    static int changeSets(Path base) {
        return ChangelogReplayer.parse(base.resolve("src/main/resources/db/changelog")).getChangeSets().size();
    }

    /**
     * What every finished run must leave: the changelog whole (it parses, every changes/ file is
     * included, no temporary file), nothing left to generate, verify clean, each changeset
     * recorded once, Liquibase's lock row free.
     */
    static void assertConverged(ModelSync ms) throws Exception {
        Config config = ms.config();
        Path dir = config.changelogDirectory();
        ChangelogReplayer.parse(dir);
        String master = Files.readString(config.masterChangelog());
        try (Stream<Path> s = Files.list(config.changesDirectory())) {
            for (Path f : s.toList()) {
                String name = f.getFileName().toString();
                assertThat(name).as("a temporary file is left").doesNotEndWith(".tmp");
                assertThat(master).as("not included: " + name).contains("file: changes/" + name);
            }
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(ms.generate().writtenFile()).as("a second generate writes nothing").isEmpty();
        assertThat(ms.verify(dev.modelsync.VerifyOptions.DEFAULT).findings()).as("verify").isEmpty();
        try (Connection c = DriverManager.getConnection(config.url(), config.username(), config.password());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT ID, FILENAME, COUNT(*) FROM DATABASECHANGELOG GROUP BY ID, FILENAME HAVING COUNT(*) > 1")) {
                List<String> twice = new ArrayList<>();
                while (rs.next()) twice.add(rs.getString(2) + "::" + rs.getString(1));
                assertThat(twice).as("changesets recorded twice").isEmpty();
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED = TRUE")) {
                rs.next();
                assertThat(rs.getInt(1)).as("Liquibase's lock row").isZero();
            }
        }
    }
}
