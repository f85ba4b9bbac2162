package dev.modelsync.apply;

import dev.modelsync.testing.TestCatalog;

import dev.modelsync.config.Config;
import dev.modelsync.ModelSync;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * modelsync's update ({@link LiquibaseUpdate}) against Liquibase's own update command on the same
 * hand-written plain-Liquibase changelog: the same changesets run, skipped or marked ran (contexts,
 * labels, dbms, preconditions, runAlways), the same DATABASECHANGELOG rows with the same checksums;
 * a changed applied changeset is refused before anything runs; Liquibase's lock row no longer stops a run.
 */
class UpdateFidelityTest {
    @TempDir
    Path dir;

    private static final String ROWS = "SELECT ID, AUTHOR, FILENAME, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS,"
            + " LABELS, LIQUIBASE, ORDEREXECUTED, TAG FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED";

    private static String changelog(boolean alwaysPending, String nameType) {
        String s = """
                databaseChangeLog:
                  - changeSet:
                      id: 1-create
                      author: someone
                      changes:
                        - createTable:
                            tableName: t1
                            columns:
                              - column: { name: id, type: INTEGER, constraints: { primaryKey: true, nullable: false } }
                              - column: { name: name, type: NAME_TYPE }
                              - column: { name: at, type: timestamp with time zone, defaultValueComputed: CURRENT_TIMESTAMP }
                  - changeSet:
                      id: 2-context
                      author: someone
                      context: test
                      changes:
                        - createTable:
                            tableName: t2
                            columns:
                              - column: { name: id, type: BIGINT }
                  - changeSet:
                      id: 3-label
                      author: someone
                      labels: feature-x
                      comment: a labelled change
                      changes:
                        - addColumn:
                            tableName: t1
                            columns:
                              - column: { name: extra, type: 'DECIMAL(10,2)', defaultValueNumeric: 1.5 }
                  - changeSet:
                      id: 4-h2-only
                      author: someone
                      dbms: h2
                      changes:
                        - createTable:
                            tableName: t_h2
                            columns:
                              - column: { name: id, type: INTEGER }
                  - changeSet:
                      id: 4-pg-only
                      author: someone
                      dbms: postgresql
                      changes:
                        - createTable:
                            tableName: t_pg
                            columns:
                              - column: { name: id, type: INTEGER }
                  - changeSet:
                      id: 4-mariadb-only
                      author: someone
                      dbms: mariadb,mysql
                      changes:
                        - createTable:
                            tableName: t_my
                            columns:
                              - column: { name: id, type: INTEGER }
                  - changeSet:
                      id: 5-mark-ran
                      author: someone
                      preConditions:
                        - onFail: MARK_RAN
                        - tableExists: { tableName: no_such_table }
                      changes:
                        - createTable:
                            tableName: t5
                            columns:
                              - column: { name: id, type: INTEGER }
                  - changeSet:
                      id: 7-index-and-sql
                      author: other
                      changes:
                        - createIndex:
                            tableName: t1
                            indexName: t1_name_idx
                            columns:
                              - column: { name: name }
                        - sql:
                            sql: INSERT INTO t1 (id, name) VALUES (1, 'one'); INSERT INTO t1 (id, name) VALUES (2, 'two')
                """.replace("NAME_TYPE", nameType);
        if (alwaysPending) {
            // both pending on every update: runAlways, and a precondition that fails with CONTINUE (skipped, no row)
            s += """
                      - changeSet:
                          id: 6-continue
                          author: someone
                          preConditions:
                            - onFail: CONTINUE
                            - tableExists: { tableName: no_such_table }
                          changes:
                            - createTable:
                                tableName: t6
                                columns:
                                  - column: { name: id, type: INTEGER }
                      - changeSet:
                          id: 8-always
                          author: someone
                          runAlways: true
                          changes:
                            - sql:
                                sql: UPDATE t1 SET name = name
                    """;
        }
        return s;
    }

    private void write(boolean alwaysPending, String nameType) throws Exception {
        Files.createDirectories(dir.resolve("changes"));
        Files.writeString(dir.resolve(Config.MASTER_FILE), """
                databaseChangeLog:
                  - include:
                      file: changes/0001-hand.yaml
                      relativeToChangelogFile: true
                """);
        Files.writeString(dir.resolve("changes/0001-hand.yaml"), changelog(alwaysPending, nameType));
    }

    private LiquibaseRunner runner(TestDatabase db) {
        Config config = ModelSync.configure().baseDir(dir).changelogDirectory(dir).url(db.url()).username(db.user())
                .password(db.password()).load().config();
        return new LiquibaseRunner(config);
    }

    /** Liquibase's own update command on the same directory, as its Maven plugin or CLI would run it. */
    private void liquibaseUpdate(TestDatabase db) throws Exception {
        LiquibaseItself.update(db, dir, Config.MASTER_FILE);
    }

    /** Appends a new changeset creating table t9. */
    private void appendNewChangeSet() throws Exception {
        Path file = dir.resolve("changes/0001-hand.yaml");
        Files.writeString(file, Files.readString(file) + """
                  - changeSet:
                      id: 9-new
                      author: someone
                      changes:
                        - createTable:
                            tableName: t9
                            columns:
                              - column: { name: id, type: INTEGER }
                """);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void writesTheRowsAndChecksumsLiquibasesOwnUpdateWrites(Dialect dialect) throws Exception {
        write(true, "varchar(20)");
        try (TestDatabase ours = TestDatabase.create(dialect); TestDatabase theirs = TestDatabase.create(dialect);
             Connection oc = ours.connect(); Connection tc = theirs.connect()) {
            TestCatalog o = new TestCatalog(oc, dialect);
            TestCatalog t = new TestCatalog(tc, dialect);
            String other = dialect == Dialect.H2 ? "4-pg-only" : "4-h2-only";
            String own = switch (dialect) {
                case H2 -> "4-h2-only";
                case POSTGRESQL -> "4-pg-only";
                case MARIADB -> "4-mariadb-only";
            };

            List<String> applied = runner(ours).update();
            liquibaseUpdate(theirs);
            // what ran: everything but the other database's changeset, the MARK_RAN one and the precondition-skipped one
            assertThat(applied).containsExactly("changes/0001-hand.yaml::1-create", "changes/0001-hand.yaml::2-context",
                    "changes/0001-hand.yaml::3-label", "changes/0001-hand.yaml::" + own,
                    "changes/0001-hand.yaml::7-index-and-sql", "changes/0001-hand.yaml::8-always");
            List<String> rows = o.rows(ROWS);
            assertThat(rows).isEqualTo(t.rows(ROWS)).hasSize(7);
            assertThat(rows).noneMatch(r -> r.startsWith(other + "|") || r.startsWith("6-continue|"))
                    .anyMatch(r -> r.startsWith("5-mark-ran|") && r.contains("|MARK_RAN|"))
                    .allMatch(r -> r.split("\\|")[3].startsWith("9:"));
            assertThat(o.tables()).isEqualTo(t.tables()).doesNotContain("t5", "t6", "T5", "T6");
            assertThat(o.rows("SELECT COUNT(*) FROM " + (dialect == Dialect.H2 ? "T1" : "t1"))).containsExactly("2");

            // a second update on both: only runAlways runs again (RERAN), the rows stay equal
            assertThat(runner(ours).update()).containsExactly("changes/0001-hand.yaml::8-always");
            liquibaseUpdate(theirs);
            assertThat(o.rows(ROWS)).isEqualTo(t.rows(ROWS)).hasSize(7)
                    .anyMatch(r -> r.startsWith("8-always|") && r.contains("|RERAN|"));

            // Liquibase's own update on our database finds only the runAlways changeset to run
            liquibaseUpdate(ours);
            assertThat(o.rows(ROWS)).hasSize(7).containsAll(rows.stream().filter(r -> !r.startsWith("8-always|")).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aChangedAppliedChangesetIsRefusedBeforeAnythingRuns(Dialect dialect) throws Exception {
        write(false, "varchar(20)");
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            TestCatalog cat = new TestCatalog(c, dialect);
            runner(db).update();
            List<String> before = cat.rows(ROWS);

            // the applied changeset 1-create now says varchar(30), and a new changeset follows
            write(false, "varchar(30)");
            appendNewChangeSet();

            assertThatThrownBy(() -> runner(db).update()).isInstanceOf(ModelSyncException.class)
                    .hasMessageContaining("1-create").hasMessageContaining("check sum");
            assertThat(cat.tables()).doesNotContain("t9", "T9");
            assertThat(cat.rows(ROWS)).isEqualTo(before);
            assertThat(cat.one("SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED = TRUE")).isEqualTo("0");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aLiquibaseLockRowLeftSetNoLongerStopsARunAndIsExplained(Dialect dialect) throws Exception {
        write(false, "varchar(20)");
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            TestCatalog cat = new TestCatalog(c, dialect);
            runner(db).update();
            int rows = cat.changelogRows();
            // a killed plain-Liquibase run left its lock row set
            cat.exec("UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = CURRENT_TIMESTAMP, LOCKEDBY = 'elsewhere'");
            appendNewChangeSet();
            List<String> log = new java.util.ArrayList<>();
            Config config = ModelSync.configure().baseDir(dir).changelogDirectory(dir).url(db.url()).username(db.user())
                    .password(db.password()).lockWaitSeconds(0).log(log::add).load().config();

            // modelsync's lock is the database's own: the row does not stop it, and is explained
            assertThat(new LiquibaseRunner(config).update()).containsExactly("changes/0001-hand.yaml::9-new");
            assertThat(cat.changelogRows()).isEqualTo(rows + 1);
            assertThat(String.join("\n", log)).contains("DATABASECHANGELOGLOCK is locked by elsewhere", "model:unlock");
            // the row is left to model:unlock: a plain Liquibase run might be holding it
            assertThat(cat.one("SELECT LOCKEDBY FROM DATABASECHANGELOGLOCK")).isEqualTo("elsewhere");
        }
    }

    /**
     * On a Liquibase version other than the tested one, the update is Liquibase's own update command
     * (forced here through the runner's switch): it runs, records and reports the same changesets as
     * the step-by-step update, and refuses a changed applied changeset the same way.
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void liquibasesOwnUpdateCommandGivesTheSameResult(Dialect dialect) throws Exception {
        assertThat(LiquibaseUpdate.stepByStep(liquibase.util.LiquibaseUtil.getBuildVersion()))
                .as("the tested Liquibase version runs step by step").isTrue();
        assertThat(LiquibaseUpdate.stepByStep("4.33.1")).isFalse();
        assertThat(LiquibaseUpdate.stepByStep("5.0.0")).isFalse();
        write(true, "varchar(20)");
        try (TestDatabase stepwise = TestDatabase.create(dialect); TestDatabase command = TestDatabase.create(dialect);
             Connection sc = stepwise.connect(); Connection cc = command.connect()) {
            TestCatalog s = new TestCatalog(sc, dialect);
            TestCatalog c = new TestCatalog(cc, dialect);

            List<String> applied = runner(stepwise).update();
            assertThat(viaCommand(command).update()).isEqualTo(applied).hasSize(6);
            assertThat(c.rows(ROWS)).isEqualTo(s.rows(ROWS)).hasSize(7);
            assertThat(c.tables()).isEqualTo(s.tables());

            // again: only runAlways; then a new changeset: only it
            assertThat(viaCommand(command).update()).isEqualTo(runner(stepwise).update())
                    .containsExactly("changes/0001-hand.yaml::8-always");
            appendNewChangeSet();
            assertThat(viaCommand(command).update()).isEqualTo(runner(stepwise).update())
                    .containsExactly("changes/0001-hand.yaml::8-always", "changes/0001-hand.yaml::9-new");
            assertThat(c.rows(ROWS)).isEqualTo(s.rows(ROWS)).hasSize(8);
            assertThat(c.tables()).isEqualTo(s.tables()).containsAnyOf("t9", "T9");

            // a changed applied changeset: refused before anything runs
            String before = c.rows(ROWS).toString();
            write(false, "varchar(30)");
            assertThatThrownBy(() -> viaCommand(command).update()).isInstanceOf(ModelSyncException.class)
                    .hasMessageContaining("1-create").hasMessageContaining("check sum");
            assertThat(c.rows(ROWS).toString()).isEqualTo(before);
            assertThat(c.one("SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED = TRUE")).isEqualTo("0");
        }
    }

    private LiquibaseRunner viaCommand(TestDatabase db) {
        LiquibaseRunner r = runner(db);
        r.ownUpdateCommand = true;
        return r;
    }

    /**
     * Liquibase commits a changeset's changes and then, separately, its DATABASECHANGELOG row; a run
     * that dies between the two leaves a changeset applied but unrecorded, which no later run can
     * apply ("already exists"). modelsync commits both at once: when the row cannot be written, the
     * changes are rolled back too, and the next run applies the changeset.
     */
    @org.junit.jupiter.api.Test
    void onPostgresAChangesetAndItsRecordCommitTogether() throws Exception {
        write(false, "varchar(20)");
        try (TestDatabase db = TestDatabase.create(Dialect.POSTGRESQL); Connection c = db.connect()) {
            TestCatalog cat = new TestCatalog(c, Dialect.POSTGRESQL);
            runner(db).update();
            appendNewChangeSet();
            cat.exec("CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no record today'; END $$");
            cat.exec("CREATE TRIGGER refuse BEFORE INSERT ON databasechangelog FOR EACH ROW EXECUTE FUNCTION refuse_row()");

            assertThatThrownBy(() -> runner(db).update()).isInstanceOf(ModelSyncException.class).hasMessageContaining("no record today");
            assertThat(cat.tables()).doesNotContain("t9");

            cat.exec("DROP TRIGGER refuse ON databasechangelog");
            assertThat(runner(db).update()).containsExactly("changes/0001-hand.yaml::9-new");
            assertThat(cat.tables()).contains("t9");
        }
    }
}
