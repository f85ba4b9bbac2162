package dev.modelsync.changelog;

import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Replay of changelogs written by hand: what it understands, and what it reports. */
class ReplayTest {

    @TempDir
    Path dir;

    private Replay replay(String master, String... files) throws Exception {
        Files.writeString(dir.resolve("db.changelog-master.yaml"), master);
        for (int i = 0; i < files.length; i += 2) {
            Path f = dir.resolve(files[i]);
            Files.createDirectories(f.getParent());
            Files.writeString(f, files[i + 1]);
        }
        return ChangelogReplayer.replay(dir);
    }

    @Test
    void noMasterIsAnEmptySchema() {
        assertThat(ChangelogReplayer.replay(dir)).isEqualTo(new Replay(Schema.EMPTY, List.of(), java.util.Optional.of(List.of())));
    }

    @Test
    void readsHandWrittenChangesetsThroughIncludeAll() throws Exception {
        Replay r = replay("""
                databaseChangeLog:
                  - includeAll:
                      path: changes/
                      relativeToChangelogFile: true
                """, "changes/001-a.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: a1
                      author: me
                      changes:
                        - createTable:
                            tableName: teams
                            columns:
                              - column: { name: id, type: bigint, autoIncrement: true, constraints: { primaryKey: true } }
                              - column: { name: name, type: varchar(80), constraints: { nullable: false, unique: true, uniqueConstraintName: teams_name_uq } }
                        - createTable:
                            tableName: players
                            columns:
                              - column: { name: id, type: int, constraints: { primaryKey: true, primaryKeyName: players_pk } }
                              - column: { name: team_id, type: bigint, constraints: { references: teams(id), foreignKeyName: players_team_fk, deleteCascade: true } }
                              - column: { name: joined, type: timestamptz, defaultValueComputed: now() }
                              - column: { name: rating, type: "decimal(5,2)", defaultValueNumeric: 2.50 }
                        - insert:
                            tableName: teams
                            columns:
                              - column: { name: name, value: reds }
                """, "changes/002-b.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: b1
                      author: me
                      changes:
                        - modifyDataType: { tableName: teams, columnName: name, newDataType: varchar(200) }
                        - addColumn:
                            tableName: players
                            columns:
                              - column: { name: nick, type: character varying(20) }
                        - renameColumn: { tableName: players, oldColumnName: nick, newColumnName: alias }
                        - dropDefaultValue: { tableName: players, columnName: rating }
                """);
        assertThat(r.unsupported()).isEmpty();
        Table teams = r.schema().table("teams").orElseThrow();
        assertThat(teams.primaryKey().orElseThrow().name()).isEqualTo("teams_pkey");
        assertThat(teams.column("id").orElseThrow().autoIncrement()).isTrue();
        assertThat(teams.column("name").orElseThrow().type()).isEqualTo(ColumnType.varchar(200));
        assertThat(teams.uniques()).extracting(u -> u.name()).containsExactly("teams_name_uq");
        Table players = r.schema().table("players").orElseThrow();
        assertThat(players.foreignKeys()).containsExactly(new ForeignKey("players_team_fk", List.of("team_id"), "teams",
                List.of("id"), ForeignKey.Action.CASCADE, ForeignKey.Action.NO_ACTION));
        assertThat(players.column("joined").orElseThrow().defaultValue()).contains(DefaultValue.NOW);
        assertThat(players.column("joined").orElseThrow().type().kind()).isEqualTo(ColumnType.Kind.TIMESTAMPTZ);
        assertThat(players.column("rating").orElseThrow().defaultValue()).isEmpty();
        assertThat(players.column("rating").orElseThrow().type()).isEqualTo(ColumnType.decimal(5, 2));
        assertThat(players.column("alias").orElseThrow().type()).isEqualTo(ColumnType.varchar(20));
    }

    /**
     * schemaName (Sequelize's schema option) qualifies the table: audit.teams; public is the default schema. An enum type
     * in a schema is audit.enum_teams_kind; SET SCHEMA moves a table (back to public too) and an enum type.
     */
    @Test
    void readsSchemaNamesAsQualifiedTables() throws Exception {
        Replay r = replay("""
                databaseChangeLog:
                  - changeSet:
                      id: s1
                      author: me
                      changes:
                        - sql: { dbms: "postgresql", sql: "CREATE SCHEMA IF NOT EXISTS audit" }
                        - createTable:
                            schemaName: audit
                            tableName: teams
                            columns:
                              - column: { name: id, type: int, constraints: { primaryKey: true, primaryKeyName: teams_pk } }
                        - createTable:
                            schemaName: public
                            tableName: players
                            columns:
                              - column: { name: team_id, type: int }
                        - addForeignKeyConstraint:
                            baseTableSchemaName: public
                            baseTableName: players
                            baseColumnNames: team_id
                            constraintName: players_team_fk
                            referencedTableSchemaName: audit
                            referencedTableName: teams
                            referencedColumnNames: id
                        - addColumn:
                            schemaName: audit
                            tableName: teams
                            columns:
                              - column: { name: name, type: varchar(20) }
                        - sql: { dbms: "postgresql", sql: "ALTER TABLE audit.\\"teams\\" ALTER COLUMN \\"name\\" TYPE varchar(40) USING \\"name\\"::varchar(40)" }
                        - sql: { dbms: "postgresql", sql: "CREATE TYPE audit.\\"enum_teams_kind\\" AS ENUM ('a', 'b')" }
                        - addColumn:
                            schemaName: audit
                            tableName: teams
                            columns:
                              - column: { name: kind, type: 'audit."enum_teams_kind"' }
                        - sql: { dbms: "postgresql", sql: "ALTER TYPE audit.\\"enum_teams_kind\\" ADD VALUE IF NOT EXISTS 'c'" }
                        - sql: { dbms: "postgresql", sql: "ALTER TABLE \\"players\\" SET SCHEMA archive" }
                        - sql: { dbms: "postgresql", sql: "ALTER TABLE archive.\\"players\\" SET SCHEMA public" }
                        - sql: { dbms: "postgresql", sql: "ALTER TABLE \\"players\\" SET SCHEMA archive" }
                        - sql: { dbms: "postgresql", sql: "ALTER TYPE audit.\\"enum_teams_kind\\" SET SCHEMA archive" }
                """);
        assertThat(r.unsupported()).isEmpty();
        assertThat(r.schema().tables()).extracting(Table::name).containsExactly("archive.players", "audit.teams");
        assertThat(r.schema().table("audit.teams").orElseThrow().column("kind").orElseThrow().type())
                .isEqualTo(ColumnType.enumOf("archive.enum_teams_kind"));
        assertThat(r.schema().enumType("archive.enum_teams_kind").orElseThrow().values()).containsExactly("a", "b", "c");
        assertThat(r.schema().enumType("audit.enum_teams_kind")).isEmpty();
        assertThat(r.schema().table("archive.players").orElseThrow().foreignKeys()).containsExactly(new ForeignKey("players_team_fk",
                List.of("team_id"), "audit.teams", List.of("id"), ForeignKey.Action.NO_ACTION, ForeignKey.Action.NO_ACTION));
        assertThat(r.schema().tables()).extracting(Table::name).doesNotContain("players");
        assertThat(r.schema().table("audit.teams").orElseThrow().column("name").orElseThrow().type())
                .isEqualTo(ColumnType.varchar(40));
    }

    @Test
    void readsDeferrableForeignKeysInBothForms() throws Exception {
        Replay r = replay("""
                databaseChangeLog:
                  - changeSet:
                      id: d1
                      author: me
                      changes:
                        - createTable:
                            tableName: teams
                            columns:
                              - column: { name: id, type: int, constraints: { primaryKey: true } }
                        - createTable:
                            tableName: players
                            columns:
                              - column: { name: team_id, type: int, constraints: { references: teams(id), foreignKeyName: players_team_fk, deferrable: true, initiallyDeferred: true } }
                              - column: { name: coach_id, type: int }
                              - column: { name: captain_id, type: int }
                        - addForeignKeyConstraint: { baseTableName: players, baseColumnNames: coach_id, constraintName: players_coach_fk,
                            referencedTableName: teams, referencedColumnNames: id, deferrable: true }
                        - addForeignKeyConstraint: { baseTableName: players, baseColumnNames: captain_id, constraintName: players_captain_fk,
                            referencedTableName: teams, referencedColumnNames: id }
                """);
        assertThat(r.unsupported()).isEmpty();
        assertThat(r.schema().table("players").orElseThrow().foreignKeys())
                .extracting(ForeignKey::name, ForeignKey::deferrability).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("players_team_fk", "DEFERRABLE INITIALLY DEFERRED"),
                        org.assertj.core.groups.Tuple.tuple("players_coach_fk", "DEFERRABLE"),
                        org.assertj.core.groups.Tuple.tuple("players_captain_fk", ""));
    }

    @Test
    void reportsWhatItCannotInterpretByFileAndId() throws Exception {
        Replay r = replay("""
                databaseChangeLog:
                  - include: { file: changes/x.yaml, relativeToChangelogFile: true }
                """, "changes/x.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: t1
                      author: me
                      changes:
                        - createTable:
                            tableName: t
                            columns:
                              - column: { name: id, type: int }
                  - changeSet:
                      id: raw1
                      author: me
                      changes:
                        - sql: CREATE EXTENSION IF NOT EXISTS pg_trgm
                  - changeSet:
                      id: geo1
                      author: me
                      changes:
                        - addColumn:
                            tableName: t
                            columns:
                              - column: { name: shape, type: geography }
                  - changeSet:
                      id: h2only
                      author: me
                      dbms: h2
                      changes:
                        - addColumn:
                            tableName: t
                            columns:
                              - column: { name: h, type: int }
                  - changeSet:
                      id: after
                      author: me
                      changes:
                        - dropColumn: { tableName: t, columnName: shape }
                        - sql: UPDATE t SET id = 1
                """);
        assertThat(r.unsupported()).hasSize(4);
        assertThat(r.unsupported().get(0)).startsWith("changes/x.yaml::raw1: sql: ").contains("CREATE EXTENSION");
        assertThat(r.unsupported().get(1)).startsWith("changes/x.yaml::geo1: addColumn: ").contains("geography");
        assertThat(r.unsupported().get(2)).startsWith("changes/x.yaml::h2only: ").contains("H2 only");
        assertThat(r.unsupported().get(3)).startsWith("changes/x.yaml::after: dropColumn: ").contains("shape");
        assertThat(r.schema().table("t").orElseThrow().columns()).extracting(c -> c.name()).containsExactly("id");
    }

    @Test
    void aBrokenChangelogIsAnErrorNamingTheFile() throws Exception {
        assertThatThrownBy(() -> replay("""
                databaseChangeLog:
                  - include: { file: changes/missing.yaml, relativeToChangelogFile: true }
                """)).isInstanceOf(ModelSyncException.class).hasMessageContaining("db.changelog-master.yaml")
                .hasMessageContaining("missing.yaml");
    }

    @Test
    void aChangeThatDoesNotFitLeavesNoPartOfItInTheSchema() throws Exception {
        Replay r = replay("""
                databaseChangeLog:
                  - include: { file: changes/x.yaml, relativeToChangelogFile: true }
                """, "changes/x.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: t1
                      author: me
                      changes:
                        - createTable:
                            tableName: t
                            columns:
                              - column: { name: id, type: int }
                  - changeSet:
                      id: clash
                      author: me
                      changes:
                        - addColumn:
                            tableName: t
                            columns:
                              - column: { name: a, type: int }
                              - column: { name: id, type: int }
                        - sql: |
                            CREATE TYPE "mood" AS ENUM ('ok');
                            CREATE INDEX "t_b" ON "t" ("b")
                        - addColumn:
                            tableName: t
                            columns:
                              - column: { name: c, type: int }
                """);
        assertThat(r.unsupported()).hasSize(2);
        assertThat(r.unsupported().get(0)).startsWith("changes/x.yaml::clash: addColumn: ").contains("t.id already exists");
        assertThat(r.unsupported().get(1)).startsWith("changes/x.yaml::clash: sql: ").contains("no column b");
        assertThat(r.schema().table("t").orElseThrow().columns()).extracting(c -> c.name()).containsExactly("id", "c");
        assertThat(r.schema().enums()).isEmpty();
    }
}
