package dev.modelsync.adoption;

import dev.modelsync.ModelSync;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.VerifyOptions;
import dev.modelsync.db.Dialect;
import dev.modelsync.inspect.Inspector;
import dev.modelsync.schema.Schema;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Sequelize 6 database that differs from modelsync's naming rules (adoption/quirks.js): a hasOne
 * with {@code as} keyed {@code profileId}, a NOT NULL belongsTo with ON DELETE NO ACTION. After
 * baseline, sync refuses to change them while rows are at stake, and names the model line that
 * keeps what the database has; with those lines the adoption ends clean, every row kept.
 */
class AdoptionQuirksTest {
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void refusalsNameTheModelLineThatKeepsWhatTheDatabaseHas(Dialect dialect) throws Exception {
        Path project = AdoptionTest.project(Files.readString(SequelizeDump.DIR.resolve("quirks.yaml"), StandardCharsets.UTF_8));
        Path model = project.resolve("src/main/models/model.yaml");
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            AdoptionTest.restore(c, dump("quirks", dialect), dialect);
            Schema made = Inspector.forConnection(c, null).inspect();
            Rows.fill(c, made, dialect, 2);
            Map<String, List<Map<String, String>>> before = Rows.snapshot(c, made);
            ModelSync ms = ModelSync.configure().baseDir(project).url(db.url()).username(db.user()).load();
            ms.baseline();

            assertThatThrownBy(ms::sync).isInstanceOf(ModelSyncException.class)
                    .hasMessageContaining("Profiles.profileId would be dropped and Profiles.UserId added")
                    .hasMessageContaining("write `foreignKey: profileId` on the hasOne Profile of User (src/main/models/model.yaml:8:9)"
                            + " to keep Profiles.profileId (the model's rule names it UserId)");
            apply(model, "foreignKey", "profileId", 8);

            String keep = dialect == Dialect.H2 ? "RESTRICT" : "NO ACTION"; // H2 reports NO ACTION as RESTRICT
            assertThatThrownBy(ms::sync).isInstanceOf(ModelSyncException.class)
                    .hasMessageContaining("foreign key Posts_UserId_fkey Posts(UserId) → Users: ON DELETE " + keep
                            + " becomes CASCADE (deleting a Users row would then delete its Posts rows) (2 rows at stake)")
                    .hasMessageContaining("write `onDelete: " + keep + "` on the belongsTo User of Post (src/main/models/model.yaml:18:9)"
                            + " to keep ON DELETE " + keep + " (the model's rule makes it CASCADE)");
            apply(model, "onDelete", keep, 18);

            ms.sync();
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(ms.generate().writtenFile()).isEmpty();
            assertThat(Rows.snapshot(c, made)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void junctionKeysBecomeNotNullUnlessANullIsThere(Dialect dialect) throws Exception {
        Path project = AdoptionTest.project(AdoptionTest.model("user_role.v6"));
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            AdoptionTest.restore(c, dump("user_role", dialect), dialect);
            Schema made = Inspector.forConnection(c, null).inspect();
            Rows.fill(c, made, dialect, 2);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO \"user_roles\" (\"id\", \"createdAt\", \"updatedAt\") VALUES (3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            ModelSync ms = ModelSync.configure().baseDir(project).url(db.url()).username(db.user()).load();
            ms.baseline();

            assertThatThrownBy(ms::sync).isInstanceOf(ModelSyncException.class)
                    .hasMessageContaining("set NOT NULL on user_roles.userId without a default")
                    .hasMessageContaining("(1 row at stake)");

            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM \"user_roles\" WHERE \"id\" = 3");
            }
            ms.sync();
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
        }
    }

    /** The dump of Sequelize 6's database: its mariadb dialect's on MariaDB. */
    private static String dump(String dumpCase, Dialect dialect) {
        return dumpCase + (dialect == Dialect.MARIADB ? ".v6-mariadb" : ".v6");
    }

    /** Adds {@code key: value} to the association that starts on {@code line} of the model file. */
    private static void apply(Path model, String key, String value, int line) throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(model));
        String indent = lines.get(line - 1).replaceFirst("- .*", "  ");
        lines.add(line, indent + key + ": " + value);
        Files.write(model, lines);
    }
}
