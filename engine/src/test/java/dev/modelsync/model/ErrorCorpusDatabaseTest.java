package dev.modelsync.model;

import dev.modelsync.problem.ProblemException;

import dev.modelsync.ModelSync;
import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case of the model error corpus (src/test/resources/errors), plus a model file too large
 * to read, given to {@code sync} against a filled H2 and PostgreSQL database: each must fail with
 * its problems at file:line:col, write no changelog file and leave every table and row as it was.
 */
class ErrorCorpusDatabaseTest {
    static final String GOOD = """
            models:
              Item:
                attributes:
                  name: { type: STRING, allowNull: false }
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyBadModelFailsAndChangesNothing(Dialect dialect) throws Exception {
        Path models = dir.resolve("src/main/models");
        Files.createDirectories(models);
        Files.writeString(models.resolve("good.yaml"), GOOD);
        Map<String, String> wrong = new LinkedHashMap<>();
        int tried = 0;
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            ModelSync ms = ModelSync.configure().baseDir(dir).url(db.url()).username(db.user()).load();
            ms.sync();
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO \"Items\" (\"name\") VALUES ('kept')");
            }
            Map<String, Long> before = snapshot(c);
            List<Path> changelogBefore = files(dir.resolve("src/main/resources"));
            List<String> cases = new ArrayList<>(ErrorCorpusTest.cases().toList());
            cases.add("generated: an 11 MB model file (sparse)");
            for (String name : cases) {
                Path source = ErrorCorpusTest.corpus().resolve(name);
                List<ErrorCorpusTest.Expected> expected = name.startsWith("generated")
                        ? List.of(new ErrorCorpusTest.Expected("big.yaml", 1, 1, "the file is too large"))
                        : ErrorCorpusTest.expectations(source);
                if (dialect != Dialect.POSTGRESQL && expected.stream().anyMatch(e -> e.message().contains("PostgreSQL keeps"))) {
                    continue; // PostgreSQL's name limit; H2 takes these names
                }
                tried++;
                clear(models);
                if (name.startsWith("generated")) {
                    try (RandomAccessFile f = new RandomAccessFile(models.resolve("big.yaml").toFile(), "rw")) {
                        f.setLength(11L << 20);
                    }
                } else if (Files.isDirectory(source)) {
                    copyTree(source, models);
                } else {
                    Files.copy(source, models.resolve(name));
                }
                try {
                    ms.sync();
                    wrong.put(name, "was accepted");
                } catch (ProblemException e) {
                    List<String> positions = e.problems().stream()
                            .map(p -> p.pos().file().substring(p.pos().file().lastIndexOf('/') + 1) + ":"
                                    + p.pos().line() + ":" + p.pos().column()).toList();
                    List<String> want = expected.stream().map(x -> (x.file().isEmpty() ? name : x.file().replaceAll(".*/", ""))
                            + ":" + x.line() + ":" + x.column()).toList();
                    if (!positions.equals(want)) wrong.put(name, "positions " + positions + ", expected " + want);
                } catch (RuntimeException e) {
                    wrong.put(name, "failed without positions: " + e);
                }
                if (!snapshot(c).equals(before)) wrong.put(name, "changed the database");
                if (!files(dir.resolve("src/main/resources")).equals(changelogBefore)) wrong.put(name, "wrote a changelog file");
            }
        }
        assertThat(tried).isGreaterThanOrEqualTo(dialect == Dialect.POSTGRESQL ? 60 : 57);
        assertThat(wrong).as("cases that went wrong").isEmpty();
    }

    /** Every table of the database's own schema and its row count. */
    static Map<String, Long> snapshot(Connection c) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = md.getTables(c.getCatalog(), schema, "%", new String[] {"TABLE"})) { // MariaDB: the catalog is the database
            while (rs.next()) tables.add(rs.getString("TABLE_NAME"));
        }
        for (String t : tables) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                rs.next();
                out.put(t, rs.getLong(1));
            }
        }
        return out;
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void clear(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) Files.delete(p);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
