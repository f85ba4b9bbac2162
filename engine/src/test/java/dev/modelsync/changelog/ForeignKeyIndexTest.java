package dev.modelsync.changelog;

import dev.modelsync.ModelSync;
import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import dev.modelsync.VerifyOptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indexes a foreign key leans on: MariaDB/MySQL refuse to drop the index a foreign key uses, and keep
 * the index InnoDB made for a key after the key is dropped. On every database: an index that starts
 * with a foreign key's column is dropped, then the key itself, each by a sync that succeeds and
 * leaves a database that verify finds clean.
 */
class ForeignKeyIndexTest {
    @TempDir
    Path dir;

    static final String V1 = """
            models:
              Account:
                attributes: { name: STRING }
              Ledger:
                attributes: { postedAt: DATE }
                associations:
                  - belongsTo: Account
                    foreignKey: accountId
                indexes:
                  - fields: [accountId, postedAt]
            """;
    static final String V2 = V1.replace("""
                indexes:
                  - fields: [accountId, postedAt]
            """, "");
    static final String V3 = V2.replace("""
                associations:
                  - belongsTo: Account
                    foreignKey: accountId
            """, "");

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void droppingTheIndexAForeignKeyUsesThenTheKey(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            Path models = dir.resolve("src/main/models/models.yaml");
            Files.createDirectories(models.getParent());
            ModelSync ms = ModelSync.configure().baseDir(dir).url(db.url()).username(db.user()).password(db.password())
                    .allowDestructive(true).load();
            for (String version : new String[]{V1, V2, V3}) {
                Files.writeString(models, version);
                assertThat(ms.sync().appliedChangeSets()).isNotEmpty();
                assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).as(version).isEmpty();
            }
        }
    }
}
