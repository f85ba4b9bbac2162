package dev.modelsync.vocab;

import dev.modelsync.GenerateResult;
import dev.modelsync.ModelSync;
import dev.modelsync.VerifyOptions;
import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import dev.modelsync.verify.Finding;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Index {@code using}, {@code operator} and {@code collate} end to end (docs/models.md, Indexes): PostgreSQL builds
 * the method, operator classes and collations, verify reads them back and reports an index rebuilt by hand, and a
 * change rebuilds the index; H2 and MariaDB build plain B-trees from the same changelog and verify finds nothing.
 * MariaDB refuses the methods it has not, naming the database.
 */
class IndexMethodsTest {
    static String model(String titleField) {
        return """
                models:
                  Doc:
                    timestamps: false
                    attributes:
                      title: STRING
                      slug: STRING
                      code: STRING
                    indexes:
                      - { fields: [code], using: HASH }
                      - { name: doc_title_c, fields: [%s] }
                      - { name: doc_slug_unique, unique: true, fields: [slug], operator: varchar_pattern_ops }
                """.formatted(titleField);
    }

    static final String WITH_OPERATOR = "{ name: title, collate: C, operator: varchar_pattern_ops, order: DESC }";
    static final String PLAIN = "{ name: title, collate: C, order: DESC }";

    @TempDir
    Path dir;

    private ModelSync modelSync(String url, String user, String password, String model) throws Exception {
        Path m = dir.resolve("src/main/models");
        Files.createDirectories(m);
        Files.writeString(m.resolve("model.yaml"), model);
        return ModelSync.configure().baseDir(dir).url(url).username(user).password(password).load();
    }

    private ModelSync modelSync(TestDatabase db, String model) throws Exception {
        return modelSync(db.url(), db.user(), db.password(), model);
    }

    private static List<String> postgresIndexes(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT indexdef FROM pg_indexes"
                + " WHERE tablename = 'Docs' AND indexname <> 'Docs_pkey' ORDER BY indexname")) {
            while (rs.next()) out.add(rs.getString(1).replace("public.", ""));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void methodsOperatorClassesAndCollationsAreBuiltChangedAndVerified(Dialect dialect) throws Exception {
        boolean pg = dialect == Dialect.POSTGRESQL;
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            modelSync(db, model(WITH_OPERATOR)).sync();
            if (pg) {
                assertThat(postgresIndexes(c)).containsExactly(
                        "CREATE UNIQUE INDEX doc_slug_unique ON \"Docs\" USING btree (slug varchar_pattern_ops)",
                        "CREATE INDEX doc_title_c ON \"Docs\" USING btree (title COLLATE \"C\" varchar_pattern_ops DESC)",
                        "CREATE INDEX docs_code ON \"Docs\" USING hash (code)");
            }
            ModelSync same = modelSync(db, model(WITH_OPERATOR));
            assertThat(same.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(same.generate().upToDate()).isTrue();

            GenerateResult changed = modelSync(db, model(PLAIN)).generate();
            assertThat(Files.readString(changed.writtenFile().orElseThrow())).contains("dropIndex", "doc_title_c");
            modelSync(db, model(PLAIN)).sync();
            if (pg) assertThat(postgresIndexes(c)).contains("CREATE INDEX doc_title_c ON \"Docs\" USING btree (title COLLATE \"C\" DESC)");
            ModelSync plain = modelSync(db, model(PLAIN));
            assertThat(plain.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(plain.generate().upToDate()).isTrue();

            if (pg) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP INDEX docs_code");
                    s.execute("CREATE INDEX docs_code ON \"Docs\" (code text_pattern_ops)");
                }
                assertThat(plain.verify(VerifyOptions.DEFAULT).findings()).extracting(Finding::code, Finding::message)
                        .containsExactly(Tuple.tuple("INDEX_MISMATCH", "Docs: index docs_code columns are (code"
                                + " text_pattern_ops) in the database, (code) in the model; USING btree in the database,"
                                + " USING hash in the model"));
            }
        }
    }

    @Test
    void mariaDbRefusesTheMethodsItHasNot() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.MARIADB)) {
            String gin = """
                    models:
                      Doc:
                        attributes: { data: JSON }
                        indexes:
                          - { fields: [data], using: GIN }
                    """;
            assertThatThrownBy(() -> modelSync(db, gin).generate()).hasMessageContaining(
                    "index docs_data: using GIN is PostgreSQL's; MariaDB/MySQL has no such indexes (Sequelize's USING GIN"
                            + " fails there): leave using out for this database");
        }
    }
}
