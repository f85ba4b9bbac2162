package dev.modelsync.hostile;

import dev.modelsync.GenerateResult;
import dev.modelsync.ModelSync;
import dev.modelsync.SyncResult;
import dev.modelsync.VerifyOptions;
import dev.modelsync.VerifyResult;
import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Control characters (ESC, BEL, ...) in defaults, comments and ENUM values round-trip: the
 * changelog holds them as YAML escapes (never {@code !!binary}), the database stores the text,
 * a second generate writes nothing and the checksums of the applied changesets still validate.
 */
class ControlCharactersTest {
    static final String MODEL = """
            models:
              Alert:
                comment: "table \\a bell"
                attributes:
                  color: { type: STRING, defaultValue: "\\e[31mred\\e[0m", comment: "ansi \\e[1m bold \\x07" }
                  level: { type: "ENUM('lo\\ew', 'high')", defaultValue: "lo\\ew" }
                  note: { type: TEXT, comment: "two\\nlines \\a" }
            """;

    @TempDir
    Path dir;

    private ModelSync modelSync(TestDatabase db) throws Exception {
        Path m = dir.resolve("src/main/models");
        Files.createDirectories(m);
        Files.writeString(m.resolve("alert.yaml"), MODEL);
        return ModelSync.configure().baseDir(dir).url(db.url()).username(db.user()).password(db.password()).load();
    }

    @Test
    void theChangelogHoldsEscapesNotBinary() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.H2)) {
            GenerateResult g = modelSync(db).generate();
            String text = Files.readString(g.writtenFile().orElseThrow());
            assertThat(text).doesNotContain("!!binary").contains("\\e[31mred\\e[0m").contains("lo\\ew");
            assertThat(text.chars().filter(c -> c < 0x20 && c != '\n')).as("raw control characters").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void controlCharactersAreStoredAsTextAndASecondRunChangesNothing(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            SyncResult first = modelSync(db).sync();
            assertThat(first.appliedChangeSets()).isNotEmpty();
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO \"Alerts\" (\"note\") VALUES ('x')");
                try (ResultSet rs = s.executeQuery("SELECT \"color\", \"level\" FROM \"Alerts\"")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("\u001b[31mred\u001b[0m");
                    assertThat(rs.getString(2)).isEqualTo("lo\u001bw");
                }
            }
            SyncResult second = modelSync(db).sync(); // validates every applied changeset's checksum
            assertThat(second.generated().upToDate()).isTrue();
            assertThat(second.appliedChangeSets()).isEmpty();
            try (Stream<Path> files = Files.list(dir.resolve("src/main/resources/db/changelog/changes"))) {
                assertThat(files.count()).isEqualTo(1);
            }
            VerifyResult verify = modelSync(db).verify(VerifyOptions.DEFAULT);
            assertThat(verify.findings()).isEmpty();
        }
    }
}
