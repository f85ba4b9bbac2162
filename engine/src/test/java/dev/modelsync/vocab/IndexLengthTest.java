package dev.modelsync.vocab;

import dev.modelsync.GenerateResult;
import dev.modelsync.ModelSync;
import dev.modelsync.VerifyOptions;
import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import dev.modelsync.verify.Finding;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index field's {@code length} end to end (docs/models.md, Indexes): MariaDB indexes the column's prefix
 * ({@code `title`(10)}, unique or not, a TEXT column too), verify reads it back and reports a prefix changed by hand, a
 * changed length rebuilds the index, and a second generate has nothing to do; PostgreSQL and H2 index the whole
 * columns from the same changelog (H2 no TEXT column at all), and verify finds nothing there.
 */
class IndexLengthTest {
    /** H2 indexes no TEXT (CLOB) column, prefix or not: a long STRING there. */
    static String model(int titleLength, Dialect dialect) {
        return """
                models:
                  Post:
                    timestamps: false
                    attributes:
                      title: STRING
                      body: %s
                      slug: STRING(100)
                    indexes:
                      - { name: posts_title_body, fields: [{ name: title, length: %d }, { attribute: body, length: 20, order: DESC }] }
                      - { name: posts_slug, unique: true, fields: [{ name: slug, length: 8 }] }
                """.formatted(dialect == Dialect.H2 ? "STRING(2000)" : "TEXT", titleLength);
    }

    @TempDir
    Path dir;

    private ModelSync modelSync(TestDatabase db, String model) throws Exception {
        return modelSync(dir, db, model);
    }

    /** A project in {@code dir} with {@code model} as its one model file, on {@code db}. */
    static ModelSync modelSync(Path dir, TestDatabase db, String model) throws Exception {
        Path m = dir.resolve("src/main/models");
        Files.createDirectories(m);
        Files.writeString(m.resolve("model.yaml"), model);
        return ModelSync.configure().baseDir(dir).url(db.url()).username(db.user()).password(db.password()).load();
    }

    /** Index name, column, prefix length (null: the whole column) and uniqueness, in the database's own words. */
    private static List<String> indexColumns(Connection c, Dialect dialect) throws Exception {
        String sql = switch (dialect) {
            case MARIADB -> "SELECT INDEX_NAME, COLUMN_NAME, SUB_PART, NON_UNIQUE = 0 FROM information_schema.STATISTICS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'Posts' AND INDEX_NAME <> 'PRIMARY'"
                    + " ORDER BY INDEX_NAME, SEQ_IN_INDEX";
            case POSTGRESQL -> "SELECT i.relname, a.attname, NULL, x.indisunique FROM pg_index x"
                    + " JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
                    + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(x.indkey)"
                    + " WHERE t.relname = 'Posts' AND NOT x.indisprimary ORDER BY i.relname, array_position(x.indkey, a.attnum)";
            default -> "SELECT i.INDEX_NAME, i.COLUMN_NAME, NULL, n.INDEX_TYPE_NAME = 'UNIQUE INDEX' FROM INFORMATION_SCHEMA.INDEX_COLUMNS i"
                    + " JOIN INFORMATION_SCHEMA.INDEXES n ON n.INDEX_NAME = i.INDEX_NAME AND n.TABLE_NAME = i.TABLE_NAME"
                    + " WHERE i.TABLE_NAME = 'Posts' AND n.INDEX_TYPE_NAME <> 'PRIMARY KEY' ORDER BY i.INDEX_NAME, i.ORDINAL_POSITION";
        };
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getBoolean(4));
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void prefixLengthsAreBuiltOnMariaDbChangedAndVerified(Dialect dialect) throws Exception {
        boolean mariadb = dialect == Dialect.MARIADB;
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            GenerateResult first = modelSync(db, model(10, dialect)).generate();
            String changelog = Files.readString(first.writtenFile().orElseThrow());
            assertThat(changelog).contains("CREATE INDEX `posts_title_body` ON `Posts` (`title`(10), `body`(20) DESC)",
                    "CREATE UNIQUE INDEX `posts_slug` ON `Posts` (`slug`(8))");
            modelSync(db, model(10, dialect)).sync();
            assertThat(indexColumns(c, dialect)).containsExactly(
                    "posts_slug slug " + (mariadb ? "8" : "null") + " true",
                    "posts_title_body title " + (mariadb ? "10" : "null") + " false",
                    "posts_title_body body " + (mariadb ? "20" : "null") + " false");
            ModelSync same = modelSync(db, model(10, dialect));
            assertThat(same.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(same.generate().upToDate()).isTrue();

            GenerateResult changed = modelSync(db, model(12, dialect)).generate();
            assertThat(Files.readString(changed.writtenFile().orElseThrow()))
                    .contains("dropIndex", "posts_title_body", "(`title`(12), `body`(20) DESC)");
            modelSync(db, model(12, dialect)).sync();
            if (mariadb) assertThat(indexColumns(c, dialect)).contains("posts_title_body title 12 false");
            ModelSync longer = modelSync(db, model(12, dialect));
            assertThat(longer.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(longer.generate().upToDate()).isTrue();

            if (mariadb) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP INDEX posts_title_body ON Posts");
                    s.execute("CREATE INDEX posts_title_body ON Posts (title(5), body(20) DESC)");
                    s.execute("DROP INDEX posts_slug ON Posts");
                    s.execute("CREATE UNIQUE INDEX posts_slug ON Posts (slug)");
                }
                assertThat(longer.verify(VerifyOptions.DEFAULT).findings()).extracting(Finding::code, Finding::message)
                        .containsExactlyInAnyOrder(
                                Tuple.tuple("INDEX_MISMATCH", "Posts: index posts_title_body columns are (title(5), body(20)"
                                        + " DESC) in the database, (title(12), body(20) DESC) in the model"),
                                Tuple.tuple("MISSING_INDEX", "Posts: index posts_slug UNIQUE (slug(8)) is missing in the database"),
                                Tuple.tuple("EXTRA_UNIQUE", "Posts: unique constraint posts_slug (slug) exists in the database"
                                        + " but not in the model"));
            }
        }
    }

    /**
     * An index added to an existing table is built CONCURRENTLY on PostgreSQL (online forms, on by default there); the
     * same changelog builds the prefix index on MariaDB.
     */
    @org.junit.jupiter.api.Test
    void theOnlineChangelogBuildsThePrefixOnMariaDb() throws Exception {
        String noIndexes = model(10, Dialect.MARIADB).replaceAll("(?s)\\s*indexes:.*", "\n");
        try (TestDatabase pg = TestDatabase.create(Dialect.POSTGRESQL)) {
            modelSync(pg, noIndexes).sync();
            GenerateResult online = modelSync(pg, model(10, Dialect.MARIADB)).generate();
            assertThat(Files.readString(online.writtenFile().orElseThrow())).contains("CONCURRENTLY",
                    "CREATE INDEX `posts_title_body` ON `Posts` (`title`(10), `body`(20) DESC)");
        }
        try (TestDatabase db = TestDatabase.create(Dialect.MARIADB); Connection c = db.connect()) {
            ModelSync ms = modelSync(db, model(10, Dialect.MARIADB));
            assertThat(new dev.modelsync.apply.LiquibaseRunner(ms.config()).update()).isNotEmpty();
            assertThat(indexColumns(c, Dialect.MARIADB)).contains("posts_title_body title 10 false", "posts_slug slug 8 true");
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void mariaDbAsksForTheLengthOfATextOrBlobField() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.MARIADB)) {
            String whole = """
                    models:
                      Post:
                        attributes: { body: TEXT, data: BLOB }
                        indexes:
                          - { fields: [body, { name: data, order: DESC }] }
                          - { fields: [body], type: FULLTEXT }
                    """;
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> modelSync(db, whole).generate())
                    .hasMessageContaining("model.yaml:5:20: index posts_body_data: body is a TEXT column, which MariaDB/MySQL indexes"
                            + " by its first characters only: give the field a length, e.g. { name: body, length: 100 }")
                    .hasMessageContaining("model.yaml:5:26: index posts_body_data: data is a BLOB column")
                    .hasMessageNotContaining("index posts_body:");
        }
    }
}
