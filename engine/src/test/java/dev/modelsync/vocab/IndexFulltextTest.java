package dev.modelsync.vocab;

import dev.modelsync.GenerateResult;
import dev.modelsync.ModelSync;
import dev.modelsync.VerifyOptions;
import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import dev.modelsync.verify.Finding;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Index {@code type: FULLTEXT} end to end (docs/models.md, Indexes): MariaDB builds a FULLTEXT index, verify reads it
 * back and reports one rebuilt as a plain index by hand, and dropping the type rebuilds the index; PostgreSQL and H2
 * build a plain index from the same changelog (as Sequelize on PostgreSQL), and verify finds nothing there.
 */
class IndexFulltextTest {
    static String model(String type) {
        return """
                models:
                  Article:
                    timestamps: false
                    attributes:
                      title: STRING
                      summary: STRING(500)
                    indexes:
                      - { name: articles_search, fields: [title, summary]%s }
                """.formatted(type);
    }

    @TempDir
    Path dir;

    private ModelSync modelSync(TestDatabase db, String model) throws Exception {
        return IndexLengthTest.modelSync(dir, db, model);
    }

    private static List<String> mariaDbIndexTypes(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT INDEX_NAME, INDEX_TYPE"
                + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'Articles'"
                + " AND INDEX_NAME <> 'PRIMARY'")) {
            while (rs.next()) out.add(rs.getString(1) + " " + rs.getString(2));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void fulltextIsBuiltOnMariaDbChangedAndVerified(Dialect dialect) throws Exception {
        boolean mariadb = dialect == Dialect.MARIADB;
        String fulltext = model(", type: FULLTEXT");
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            GenerateResult first = modelSync(db, fulltext).generate();
            assertThat(Files.readString(first.writtenFile().orElseThrow()))
                    .contains("CREATE FULLTEXT INDEX `articles_search` ON `Articles` (`title`, `summary`)");
            modelSync(db, fulltext).sync();
            if (mariadb) assertThat(mariaDbIndexTypes(c)).containsExactly("articles_search FULLTEXT");
            ModelSync same = modelSync(db, fulltext);
            assertThat(same.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(same.generate().upToDate()).isTrue();

            if (mariadb) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP INDEX articles_search ON Articles");
                    s.execute("CREATE INDEX articles_search ON Articles (title, summary)");
                }
                assertThat(same.verify(VerifyOptions.DEFAULT).findings()).extracting(Finding::code, Finding::message)
                        .containsExactly(Tuple.tuple("INDEX_MISMATCH", "Articles: index articles_search neither FULLTEXT nor"
                                + " SPATIAL in the database, FULLTEXT in the model"));
                try (Statement s = c.createStatement()) {
                    s.execute("DROP INDEX articles_search ON Articles");
                    s.execute("CREATE FULLTEXT INDEX articles_search ON Articles (title, summary)");
                }
            }

            GenerateResult plain = modelSync(db, model("")).generate();
            assertThat(Files.readString(plain.writtenFile().orElseThrow())).contains("dropIndex", "articles_search");
            modelSync(db, model("")).sync();
            if (mariadb) assertThat(mariaDbIndexTypes(c)).containsExactly("articles_search BTREE");
            ModelSync after = modelSync(db, model(""));
            assertThat(after.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(after.generate().upToDate()).isTrue();
        }
    }
}
