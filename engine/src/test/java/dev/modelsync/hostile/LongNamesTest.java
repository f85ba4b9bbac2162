package dev.modelsync.hostile;

import dev.modelsync.ModelSync;
import dev.modelsync.SyncResult;
import dev.modelsync.VerifyOptions;
import dev.modelsync.db.Dialect;
import dev.modelsync.problem.ProblemException;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Names at the database's limit: tables and columns up to it apply and verify clean; constraint,
 * index and enum type names past 63 bytes that differ only at the end stay distinct (cut with a
 * hash); one byte more than PostgreSQL keeps is refused at file:line:col, and only where it matters.
 */
class LongNamesTest {
    static final String T = "t".repeat(62);

    static final String MODEL = """
            models:
              A:
                tableName: %1$sa
                attributes:
                  %2$s1: { type: "ENUM('x', 'y')", unique: true }
                  %2$s2: { type: "ENUM('x', 'z')", unique: true }
                indexes:
                  - { name: %3$s1, fields: [%2$s1] }
                  - { name: %3$s2, fields: [%2$s2] }
              B:
                tableName: %1$sb
                attributes:
                  label: STRING
                associations:
                  - belongsTo: A
                    as: %4$s
            """.formatted(T, "c".repeat(62), "i".repeat(70), "o".repeat(61));

    @TempDir
    Path dir;

    private ModelSync modelSync(String model, String url, String user) throws Exception {
        Path m = dir.resolve("src/main/models");
        Files.createDirectories(m);
        Files.writeString(m.resolve("long.yaml"), model);
        return ModelSync.configure().baseDir(dir).url(url).username(user).load();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void namesAtTheLimitApplyAndVerifyClean(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            SyncResult first = modelSync(MODEL, db.url(), db.user()).sync();
            assertThat(first.appliedChangeSets()).isNotEmpty();
            assertThat(modelSync(MODEL, db.url(), db.user()).verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            SyncResult second = modelSync(MODEL, db.url(), db.user()).sync();
            assertThat(second.generated().upToDate()).isTrue();
            assertThat(second.appliedChangeSets()).isEmpty();
        }
    }

    @Test
    void aTableNameOneBytePastPostgresLimitIsRefusedForPostgresOnly() throws Exception {
        String model = MODEL.replace(T + "a", T + "aa");
        assertThatThrownBy(() -> modelSync(model, "jdbc:postgresql://127.0.0.1:1/none", "x").resolve())
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("long.yaml:2:3")
                .hasMessageContaining("table name " + T + "aa of A is 64 bytes long; PostgreSQL keeps at most 63 bytes of a name");
        assertThat(modelSync(model, "jdbc:h2:mem:x", "sa").resolve().schema().tables()).hasSize(2); // H2 keeps 256 characters
        String h2TooLong = MODEL.replace(T + "a", "t".repeat(257));
        assertThatThrownBy(() -> modelSync(h2TooLong, "jdbc:h2:mem:x", "sa").resolve())
                .hasMessageContaining("is 257 characters long; H2 keeps at most 256 characters of a name");
    }
}
