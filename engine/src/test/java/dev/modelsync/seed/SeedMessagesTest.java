package dev.modelsync.seed;

import dev.modelsync.ModelSync;
import dev.modelsync.db.Dialect;
import dev.modelsync.problem.Problem;
import dev.modelsync.problem.ProblemException;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The messages a model gives in Sequelize's forms show in seed errors: {@code unique: { args, msg }} and
 * {@code { name, msg }} for a duplicate key, {@code notNull: { msg }} for a missing value, and a validator's
 * {@code { msg }} and {@code { args, msg }}.
 */
class SeedMessagesTest {
    private static final String MODELS = """
            models:
              Account:
                timestamps: false
                attributes:
                  email: { type: STRING, unique: { args: true, msg: "That email is taken" } }
                  handle: { type: STRING, unique: { name: handle_uq, msg: "Handle taken" } }
                  name:
                    type: STRING
                    allowNull: false
                    validate: { notNull: { msg: "Please enter your name" }, len: { args: [2, 20], msg: "2 to 20 letters" } }
                  age: { type: STRING, validate: { isInt: { msg: "whole years only" } } }
            """;

    @TempDir
    Path dir;

    private ProblemException seedFails(String seed) throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.H2)) {
            Files.createDirectories(dir.resolve("src/main/models"));
            Files.writeString(dir.resolve("src/main/models/models.yaml"), MODELS);
            ModelSync ms = ModelSync.configure().baseDir(dir).url(db.url()).username(db.user()).password(db.password())
                    .load();
            ms.sync();
            Path seeds = Files.createDirectories(dir.resolve("src/test/seeds"));
            Files.writeString(seeds.resolve("accounts.yaml"), seed);
            ProblemException e = catchThrowableOfType(ProblemException.class, ms::seed);
            assertThat(e).as("seeding should fail").isNotNull();
            return e;
        }
    }

    @Test
    void aDuplicateUniqueValueShowsTheUniqueMsg() throws Exception {
        ProblemException e = seedFails("""
                Account:
                  - { email: a@example.com, name: Amy }
                  - { email: a@example.com, name: Amelia }
                """);
        assertThat(e.problems()).extracting(Problem::message).singleElement().asString()
                .endsWith("one row cannot have two values (unique email: That email is taken)");
    }

    @Test
    void aRowNamingTwoRowsByANamedUniqueShowsItsMsg() throws Exception {
        ProblemException e = seedFails("""
                Account:
                  - { email: a@example.com, name: Amy }
                  - { email: b@example.com, handle: bee, name: Bo }
                  - { email: a@example.com, handle: bee }
                """);
        assertThat(e.problems()).extracting(Problem::message).singleElement().asString()
                .contains("names two different rows").endsWith("(unique handle: Handle taken)");
    }

    @Test
    void aNullForANotNullAttributeShowsTheNotNullMsg() throws Exception {
        ProblemException e = seedFails("Account:\n  - { email: a@example.com, name: null }\n");
        assertThat(e.problems()).extracting(Problem::message).containsExactly(
                "Account 'a@example.com': name must not be null (the column name is NOT NULL): Please enter your name");
    }

    @Test
    void aMissingNotNullValueShowsTheNotNullMsg() throws Exception {
        ProblemException e = seedFails("Account:\n  - { email: b@example.com }\n");
        assertThat(e.problems()).extracting(Problem::message).containsExactly(
                "Account 'b@example.com': no value for name (Please enter your name), which is NOT NULL without a default");
    }

    @Test
    void validatorMessagesInBothFormsShow() throws Exception {
        ProblemException e = seedFails("""
                Account:
                  - { email: a@example.com, name: A }
                  - { email: b@example.com, name: Bo, age: "4.5" }
                """);
        assertThat(e.problems()).extracting(Problem::message).containsExactly(
                "Account 'a@example.com': name 'A' 2 to 20 letters",
                "Account 'b@example.com': age '4.5' whole years only");
    }
}
