package dev.modelsync.vocab;

import dev.modelsync.GenerateResult;
import dev.modelsync.ModelSync;
import dev.modelsync.SyncResult;
import dev.modelsync.VerifyOptions;
import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import dev.modelsync.verify.Finding;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code references.deferrable} end to end (docs/models.md, docs/resolution.md): on PostgreSQL the key is
 * DEFERRABLE [INITIALLY DEFERRED], a change of it drops and re-adds the key, verify reads it back and reports
 * a key altered by hand; on H2 and MariaDB, which have no deferrable constraints, the same changelog makes a
 * plain key and verify finds nothing.
 */
class DeferrableForeignKeyTest {
    static String model(String deferrable) {
        return """
                models:
                  Account:
                    timestamps: false
                    attributes:
                      name: STRING
                  Transfer:
                    timestamps: false
                    attributes:
                      fromId:
                        type: INTEGER
                        references: { model: Account, key: id, deferrable: %s }
                """.formatted(deferrable);
    }

    @TempDir
    Path dir;

    private ModelSync modelSync(TestDatabase db, String model) throws Exception {
        Path m = dir.resolve("src/main/models");
        Files.createDirectories(m);
        Files.writeString(m.resolve("model.yaml"), model);
        return ModelSync.configure().baseDir(dir).url(db.url()).username(db.user()).password(db.password()).load();
    }

    /** condeferrable, condeferred of the key on PostgreSQL; elsewhere whether the key exists at all. */
    private static String deferrability(Connection c, Dialect dialect) throws Exception {
        String sql = dialect == Dialect.POSTGRESQL
                ? "SELECT condeferrable || ' ' || condeferred FROM pg_constraint WHERE conname = 'Transfers_fromId_fkey'"
                : "SELECT 'exists' FROM information_schema.table_constraints WHERE constraint_name = 'Transfers_fromId_fkey'";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void deferrableKeysAreMadeChangedAndVerified(Dialect dialect) throws Exception {
        boolean pg = dialect == Dialect.POSTGRESQL;
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            SyncResult first = modelSync(db, model("Deferrable.INITIALLY_DEFERRED")).sync();
            String changelog = Files.readString(first.generated().writtenFile().orElseThrow());
            assertThat(changelog).contains("deferrable: true", "initiallyDeferred: true");
            assertThat(deferrability(c, dialect)).isEqualTo(pg ? "true true" : "exists");
            assertThat(modelSync(db, model("INITIALLY_DEFERRED")).verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            if (pg) { // the key is checked at commit: a transfer may come before its account
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO \"Transfers\" (\"fromId\") VALUES (7)");
                    s.execute("INSERT INTO \"Accounts\" (\"id\", \"name\") VALUES (7, 'a')");
                }
                c.commit();
                c.setAutoCommit(true);
            }

            GenerateResult immediate = modelSync(db, model("Sequelize.Deferrable.INITIALLY_IMMEDIATE")).generate();
            assertThat(Files.readString(immediate.writtenFile().orElseThrow()))
                    .contains("dropForeignKeyConstraint", "addForeignKeyConstraint", "deferrable: true")
                    .doesNotContain("initiallyDeferred");
            modelSync(db, model("INITIALLY_IMMEDIATE")).sync();
            assertThat(deferrability(c, dialect)).isEqualTo(pg ? "true false" : "exists");
            assertThat(modelSync(db, model("INITIALLY_IMMEDIATE")).verify(VerifyOptions.DEFAULT).findings()).isEmpty();

            modelSync(db, model("NOT")).sync();
            assertThat(deferrability(c, dialect)).isEqualTo(pg ? "false false" : "exists");
            ModelSync not = modelSync(db, model("NOT"));
            assertThat(not.generate().upToDate()).isTrue();
            assertThat(not.verify(VerifyOptions.DEFAULT).findings()).isEmpty();

            if (pg) {
                try (Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE \"Transfers\" ALTER CONSTRAINT \"Transfers_fromId_fkey\" DEFERRABLE INITIALLY DEFERRED");
                }
                assertThat(not.verify(VerifyOptions.DEFAULT).findings()).extracting(Finding::code, Finding::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("FOREIGN_KEY_MISMATCH", "Transfers: foreign key"
                                + " Transfers_fromId_fkey is DEFERRABLE INITIALLY DEFERRED in the database, NOT DEFERRABLE"
                                + " in the model"));
            }
        }
    }
}
