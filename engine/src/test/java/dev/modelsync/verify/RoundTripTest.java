package dev.modelsync.verify;

import dev.modelsync.Verifier;

import dev.modelsync.ModelSync;
import dev.modelsync.VerifyOptions;
import dev.modelsync.VerifyResult;
import dev.modelsync.db.Dialect;
import dev.modelsync.diff.Differ;
import dev.modelsync.inspect.Fixture;
import dev.modelsync.changelog.ChangelogWriter;
import dev.modelsync.schema.Schema;
import dev.modelsync.testing.TestDatabase;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The changelog modelsync writes for a model, applied by plain Liquibase, then verified with the
 * real replay: no lag, nothing pending, no drift — the inspector reads back exactly what the
 * migration engine builds.
 */
class RoundTripTest {
    private static final Schema MODEL = Fixture.expected(Dialect.POSTGRESQL);

    @TempDir
    Path project;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void writtenAppliedAndVerifiedIsClean(Dialect dialect) throws Exception {
        Path changelog = project.resolve("src/main/resources/db/changelog");
        ChangelogWriter.write(changelog, Schema.EMPTY, Differ.diff(Schema.EMPTY, MODEL));
        try (TestDatabase db = TestDatabase.create(dialect)) {
            try (Connection c = db.connect(); DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(changelog)) {
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                new Liquibase("db.changelog-master.yaml", accessor, database).update(new Contexts(), new LabelExpression());
            }
            List<String> log = new ArrayList<>();
            ModelSync ms = ModelSync.configure().baseDir(project).url(db.url()).username(db.user()).log(log::add).load();
            VerifyResult r = new Verifier(ms.config(), ReplayingLagCheck.standard()).verify(MODEL, VerifyOptions.DEFAULT);
            assertThat(r.findings()).isEmpty();
        }
    }
}
