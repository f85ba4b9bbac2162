package dev.modelsync.roundtrip;

import dev.modelsync.ModelSync;
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
 * Alterations of existing columns, keys and indexes on filled tables, through the facade with
 * allowDestructive: defaults, nullability, widening numeric and text types, key types that
 * foreign keys copy, FK actions, unique indexes, enum columns under a renamed table and column,
 * and drops. Same per-step checks as {@link EvolutionRoundTripTest}.
 */
class AlterationRoundTripTest {

    @TempDir
    Path project;

    static final String V0 = """
            models:
              Team:
                attributes:
                  name: { type: STRING(40), allowNull: false }
                  budget: { type: "DECIMAL(10,2)", defaultValue: 0 }
                  motto: STRING(100)
                  level: "ENUM('low', 'high')"
                  legacy: STRING
                indexes:
                  - { name: teams_name, fields: [name] }
              Player:
                attributes:
                  nick: { type: STRING(30), allowNull: false }
                  score: INTEGER
                associations:
                  - belongsTo: Team
            """;

    /** Defaults changed (literal → other literal, none → NOW), nullability both ways, numeric and text widened. */
    static final String V1 = V0
            .replace("budget: { type: \"DECIMAL(10,2)\", defaultValue: 0 }", "budget: { type: \"DECIMAL(14,2)\", defaultValue: 100 }")
            .replace("motto: STRING(100)", "motto: TEXT")
            .replace("name: { type: STRING(40), allowNull: false }", "name: { type: STRING(40) }")
            .replace("score: INTEGER", "score: { type: BIGINT, allowNull: false, defaultValue: 0 }")
            .replace("      legacy: STRING\n", "      legacy: STRING\n      seenAt: { type: DATE, defaultValue: NOW }\n");

    /** FK actions changed; the index made unique; the key the FK copies widened to BIGINT. */
    static final String V2 = V1
            .replace("  - belongsTo: Team\n", "  - belongsTo: Team\n        onDelete: CASCADE\n        onUpdate: RESTRICT\n")
            .replace("{ name: teams_name, fields: [name] }", "{ name: teams_name, fields: [name], unique: true }")
            .replace("""
              Team:
                attributes:
            """, """
              Team:
                attributes:
                  id: { type: BIGINT, primaryKey: true, autoIncrement: true }
            """);

    /** Enum column under a renamed table and renamed column; an enum value dropped (destructive). */
    static final String V3 = V2
            .replace("  Team:\n", "  Squad:\n    renamedFrom: Team\n")
            .replace("level: \"ENUM('low', 'high')\"", "tier: { type: \"ENUM('low', 'high', 'top')\", renamedFrom: level }")
            .replace("belongsTo: Team", "belongsTo: Squad\n        foreignKey: TeamId");

    /** Drops: a column, an index. */
    static final String V4 = V3
            .replace("      legacy: STRING\n", "")
            .replace("""
                indexes:
                  - { name: teams_name, fields: [name], unique: true }
            """, "");

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void alterationsKeepEveryRow(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            LiveDb live = new LiveDb(db);
            ModelSync ms = live.facade(project, true);
            EvolutionRoundTripTest.Evolution e = new EvolutionRoundTripTest.Evolution(ms, live);

            e.step(V0, 1);
            live.exec("INSERT INTO \"Teams\" (\"name\", \"motto\", \"legacy\") VALUES ('Reds', 'Go', 'x'), ('Blues', NULL, 'y')",
                    "INSERT INTO \"Players\" (\"nick\", \"score\", \"TeamId\") VALUES ('ann', 3, 1), ('bo', NULL, 2), ('cy', 7, NULL)");
            assertThat(live.rows("SELECT \"id\", \"name\", \"budget\", \"motto\", \"level\" FROM \"Teams\" ORDER BY 1"))
                    .containsExactly("1|Reds|0.00|Go|null", "2|Blues|0.00|null|null");
            live.exec("UPDATE \"Teams\" SET \"level\" = 'high' WHERE \"id\" = 1");

            e.step(V1, 2);
            assertThat(live.rows("SELECT \"nick\", \"score\" FROM \"Players\" ORDER BY 1"))
                    .as("NOT NULL with a default fills the empty score").containsExactly("ann|3", "bo|0", "cy|7");
            live.exec("INSERT INTO \"Teams\" (\"name\", \"motto\") VALUES (NULL, '" + "m".repeat(300) + "')");
            // (CASE: MariaDB shows a boolean expression as 1/0)
            assertThat(live.rows("SELECT \"id\", \"name\", \"budget\", CASE WHEN \"seenAt\" IS NOT NULL THEN 'true' ELSE 'false' END"
                    + " FROM \"Teams\" ORDER BY 1"))
                    .as("a column added with a default fills the existing rows too")
                    .containsExactly("1|Reds|0.00|true", "2|Blues|0.00|true", "3|null|100.00|true");
            live.exec("UPDATE \"Teams\" SET \"budget\" = 123456789012.34, \"name\" = 'Greens' WHERE \"id\" = 3");

            e.step(V2, 3);
            assertThat(live.rows("SELECT \"id\", \"name\", \"budget\" FROM \"Teams\" ORDER BY 1"))
                    .containsExactly("1|Reds|0.00", "2|Blues|0.00", "3|Greens|123456789012.34");
            assertThatThrownBy(() -> live.exec("INSERT INTO \"Teams\" (\"name\") VALUES ('Reds')"))
                    .as("the index is unique now").isInstanceOf(SQLException.class);
            live.exec("DELETE FROM \"Teams\" WHERE \"id\" = 2");
            assertThat(live.rows("SELECT \"nick\", \"TeamId\" FROM \"Players\" ORDER BY 1"))
                    .as("ON DELETE CASCADE").containsExactly("ann|1", "cy|null");

            e.step(V3, 4);
            assertThat(live.rows("SELECT \"id\", \"name\", \"tier\" FROM \"Squads\" ORDER BY 1"))
                    .containsExactly("1|Reds|high", "3|Greens|null");
            live.exec("UPDATE \"Squads\" SET \"tier\" = 'top' WHERE \"id\" = 3");

            e.step(V4, 5);
            assertThat(live.rows("SELECT \"id\", \"name\", \"budget\", \"tier\" FROM \"Squads\" ORDER BY 1"))
                    .containsExactly("1|Reds|0.00|high", "3|Greens|123456789012.34|top");
            assertThat(live.rows("SELECT \"nick\", \"score\", \"TeamId\" FROM \"Players\" ORDER BY 1"))
                    .containsExactly("ann|3|1", "cy|7|null");
        }
    }

    static final String ENUM_V0 = """
            models:
              Team:
                attributes:
                  level: { type: "ENUM('low', 'high')", allowNull: false, defaultValue: low }
                  kind: { type: STRING, defaultValue: club }
            """;

    /** The enum type changes name with the renamed column; a string column becomes an enum; both keep their default. */
    static final String ENUM_V1 = """
            models:
              Team:
                attributes:
                  tier: { type: "ENUM('low', 'high')", allowNull: false, defaultValue: low, renamedFrom: level }
                  kind: { type: "ENUM('club', 'nation')", defaultValue: club }
            """;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void enumColumnsWithDefaultsChangeType(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            LiveDb live = new LiveDb(db);
            EvolutionRoundTripTest.Evolution e = new EvolutionRoundTripTest.Evolution(live.facade(project, true), live);
            e.step(ENUM_V0, 1);
            live.exec("INSERT INTO \"Teams\" (\"level\", \"kind\") VALUES ('high', 'nation'), (DEFAULT, DEFAULT)");
            e.step(ENUM_V1, 2);
            live.exec("INSERT INTO \"Teams\" (\"id\") VALUES (3)");
            assertThat(live.rows("SELECT \"id\", \"tier\", \"kind\" FROM \"Teams\" ORDER BY 1"))
                    .containsExactly("1|high|nation", "2|low|club", "3|low|club");
        }
    }
}
