package dev.modelsync.roundtrip;

import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A second evolution, under {@code underscored: true} and with allowDestructive: a renamed
 * attribute whose unique constraint and index follow, a renamed through attribute, an enum
 * value removed and its default changed, paranoid turned on, a UUID column with UUIDV4 added
 * to a filled table, a model and its junction dropped. Same per-step checks as
 * {@link EvolutionRoundTripTest}.
 */
class UnderscoredEvolutionRoundTripTest {

    @TempDir
    Path project;

    static final String V0 = """
            define:
              underscored: true
            models:
              Author:
                attributes:
                  penName: { type: STRING(60), allowNull: false, unique: true }
                  mood: { type: "ENUM('calm', 'angry', 'sad')", allowNull: false, defaultValue: calm }
                indexes:
                  - fields: [penName, mood]
              Book:
                attributes:
                  title: STRING
                associations:
                  - belongsTo: Author
              Shelf:
                attributes:
                  label: STRING
                associations:
                  - belongsToMany: Book
                    through: ShelfBook
              ShelfBook:
                attributes:
                  note: STRING
            """;

    /** pen_name → nick_name: its unique constraint and index are renamed along. */
    static final String V1 = V0.replace("penName: { type: STRING(60), allowNull: false, unique: true }",
                    "nickName: { type: STRING(60), allowNull: false, unique: true, renamedFrom: penName }")
            .replace("fields: [penName, mood]", "fields: [nickName, mood]");

    /** A through attribute renamed. */
    static final String V2 = V1.replace("      note: STRING\n", "      remark: { type: STRING, renamedFrom: note }\n");

    /** An enum value removed (no row holds it) and the default changed. */
    static final String V3 = V2.replace("mood: { type: \"ENUM('calm', 'angry', 'sad')\", allowNull: false, defaultValue: calm }",
            "mood: { type: \"ENUM('calm', 'angry')\", allowNull: false, defaultValue: angry }");

    /** paranoid (deleted_at) and a UUID filled by the database on existing rows. */
    static final String V4 = V3.replace("""
              Book:
                attributes:
                  title: STRING
            """, """
              Book:
                paranoid: true
                attributes:
                  title: STRING
                  ref: { type: UUID, allowNull: false, defaultValue: UUIDV4 }
            """);

    /** Shelf and its junction dropped. */
    static final String V5 = V4.substring(0, V4.indexOf("  Shelf:\n"));

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyStepKeepsEveryRow(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            LiveDb live = new LiveDb(db);
            EvolutionRoundTripTest.Evolution e = new EvolutionRoundTripTest.Evolution(live.facade(project, true), live);

            e.step(V0, 1);
            live.exec("INSERT INTO \"authors\" (\"pen_name\", \"mood\") VALUES ('Ann', 'angry'), ('Bo', DEFAULT)",
                    "INSERT INTO \"books\" (\"title\", \"author_id\") VALUES ('One', 1), ('Two', 2), ('Three', NULL)",
                    "INSERT INTO \"shelves\" (\"label\") VALUES ('top')",
                    "INSERT INTO \"shelf_books\" (\"shelf_id\", \"book_id\", \"note\") VALUES (1, 1, 'first'), (1, 3, NULL)");
            assertThat(live.rows("SELECT \"id\", \"pen_name\", \"mood\" FROM \"authors\" ORDER BY 1"))
                    .containsExactly("1|Ann|angry", "2|Bo|calm");

            e.step(V1, 2);
            assertThat(live.rows("SELECT \"id\", \"nick_name\", \"mood\" FROM \"authors\" ORDER BY 1"))
                    .containsExactly("1|Ann|angry", "2|Bo|calm");
            assertThatThrownBy(() -> live.exec("INSERT INTO \"authors\" (\"nick_name\") VALUES ('Ann')"))
                    .as("still unique").isInstanceOf(SQLException.class);

            e.step(V2, 3);
            assertThat(live.rows("SELECT \"shelf_id\", \"book_id\", \"remark\" FROM \"shelf_books\" ORDER BY 2"))
                    .containsExactly("1|1|first", "1|3|null");

            e.step(V3, 4);
            live.exec("INSERT INTO \"authors\" (\"nick_name\") VALUES ('Cy')");
            assertThat(live.rows("SELECT \"nick_name\", \"mood\" FROM \"authors\" ORDER BY 1"))
                    .containsExactly("Ann|angry", "Bo|calm", "Cy|angry");
            assertThatThrownBy(() -> live.exec("UPDATE \"authors\" SET \"mood\" = 'sad' WHERE \"id\" = 1"))
                    .as("no longer a value").isInstanceOf(SQLException.class);

            e.step(V4, 5);
            assertThat(live.rows("SELECT \"id\", \"title\", \"author_id\", \"deleted_at\" FROM \"books\" ORDER BY 1"))
                    .containsExactly("1|One|1|null", "2|Two|2|null", "3|Three|null|null");
            assertThat(live.rows("SELECT COUNT(DISTINCT \"ref\") FROM \"books\"")).as("one UUID per row").containsExactly("3");

            e.step(V5, 6);
            assertThat(live.rows("SELECT \"id\", \"title\", \"author_id\" FROM \"books\" ORDER BY 1"))
                    .containsExactly("1|One|1", "2|Two|2", "3|Three|null");
            assertThat(live.rows("SELECT \"nick_name\", \"mood\" FROM \"authors\" ORDER BY 1"))
                    .containsExactly("Ann|angry", "Bo|calm", "Cy|angry");
        }
    }
}
