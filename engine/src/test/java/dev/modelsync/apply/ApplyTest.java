package dev.modelsync.apply;

import dev.modelsync.testing.TestCatalog;
import dev.modelsync.changelog.ChangelogWriter;
import dev.modelsync.changelog.Fixtures;

import dev.modelsync.config.Config;
import dev.modelsync.ModelSync;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.db.Dialect;
import dev.modelsync.diff.SchemaChange;
import dev.modelsync.diff.SchemaChanges;
import dev.modelsync.schema.Schema;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Generated changelogs applied to real databases: from scratch, then evolved with rows in the tables. */
class ApplyTest {

    @TempDir
    Path dir;

    private Config config(TestDatabase db) {
        return ModelSync.configure().baseDir(dir).changelogDirectory(dir).url(db.url()).username(db.user())
                .password(db.password()).load().config();
    }

    private static List<SchemaChange> initial() {
        List<SchemaChange> first = new ArrayList<>(Fixtures.initial());
        first.add(Fixtures.unusedEnum());
        return first;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void appliesFromScratchWithEveryTypeEnumKeyAndIndex(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            TestCatalog cat = new TestCatalog(c, dialect);
            LiquibaseRunner runner = new LiquibaseRunner(config(db));
            ChangelogWriter.write(dir, Schema.EMPTY, initial());

            List<String> pending = runner.pending();
            assertThat(pending).hasSize(5).first().asString()
                    .isEqualTo("changes/0001-initial-schema.yaml::0001-1-create-enums-enum-userprojects-role-and-1-more");
            assertThat(runner.update()).isEqualTo(pending);
            assertThat(runner.pending()).isEmpty();

            assertThat(cat.tables()).contains("Projects", "UserProjects", "Users");
            boolean pg = dialect == Dialect.POSTGRESQL;
            boolean my = dialect == Dialect.MARIADB;
            List<String> types = cat.columns("Users").stream().map(r -> r.split("\\|")[0] + " " + (r.startsWith("status|") ? r.split("\\|")[1]
                            : r.split("\\|")[1].toLowerCase(java.util.Locale.ROOT))).toList();
            if (my) { // the types Sequelize's mariadb dialect creates (docs/resolution.md, type table)
                assertThat(types).containsExactly("id int(11)", "name varchar(255)", "email varchar(120)", "code char(3)",
                        "bio text", "visits bigint(20)", "rank smallint(6)", "ratio double", "score double",
                        "balance decimal(10,2)", "active tinyint(1)", "birthday date", "wakeUp time", "token char(36)",
                        "prefs longtext", "meta longtext", "avatar blob", "status enum('active','blocked')",
                        "note varchar(255)", "seenAt datetime(3)", "createdAt datetime", "updatedAt datetime");
            } else assertThat(types).containsExactly(
                    "id integer", "name character varying", "email character varying", "code character",
                    pg ? "bio text" : "bio character large object", "visits bigint", "rank smallint", "ratio real",
                    "score double precision", "balance numeric", "active boolean", "birthday date",
                    pg ? "wakeUp time without time zone" : "wakeUp time", "token uuid", "prefs json",
                    pg ? "meta jsonb" : "meta json", pg ? "avatar bytea" : "avatar binary large object",
                    "status enum_Users_status", "note character varying", "seenAt timestamp with time zone",
                    "createdAt timestamp with time zone",
                    "updatedAt timestamp with time zone");
            assertThat(cat.identity("Users", "id")).isTrue();
            assertThat(cat.column("Users", "email")).contains("|NO|");
            assertThat(cat.column("Users", "bio")).contains("|YES|");
            assertThat(cat.enumValues("enum_Users_status")).containsExactly("active", "blocked");
            assertThat(cat.constraints("UserProjects")).containsExactly(
                    cat.primaryKeyName("UserProjects_pkey") + "|PRIMARY KEY", "UserProjects_projectId_fkey|FOREIGN KEY",
                    "UserProjects_userId_fkey|FOREIGN KEY", "UserProjects_userId_role_key|UNIQUE");
            assertThat(cat.keyColumns("UserProjects", cat.primaryKeyName("UserProjects_pkey"))).containsExactly("projectId", "userId");
            assertThat(cat.keyColumns("UserProjects_userId_role_key")).containsExactly("userId", "role");
            assertThat(cat.fkRules("UserProjects_userId_fkey")).isEqualTo("CASCADE|CASCADE");
            assertThat(cat.fkRules("UserProjects_projectId_fkey")).isEqualTo("CASCADE|RESTRICT");
            assertThat(cat.indexes("UserProjects")).contains("user_projects_role");
            assertThat(cat.indexes("Users")).contains("users_email_active");

            // the default expressions as each catalog reports them (documented in docs/migrations.md):
            // numeric literals lose trailing zeros (Liquibase writes DEFAULT 0), H2 folds constant expressions
            // (MariaDB shows no default as NULL)
            List<String> defaults = cat.columns("Users").stream().map(r -> r.split("\\|", 4))
                    .filter(r -> !r[3].equalsIgnoreCase("null")).map(r -> r[0] + "=" + r[3]).toList();
            // MariaDB: a SQL default runs as written, and || is OR there (no PIPES_AS_CONCAT), as with Sequelize
            if (my) assertThat(defaults).containsExactly("name='it''s me'", "visits=0", "rank=-3", "score=1.5",
                    "balance=0.00", "active=1", "birthday=curdate()", "wakeUp=current_timestamp()", "token=uuid()",
                    "status='active'", "note=('x' or 'y')", "createdAt=current_timestamp()", "updatedAt=current_timestamp()");
            else assertThat(defaults).containsExactly(pg
                    ? new String[]{"name='it''s me'::character varying", "visits=0", "rank='-3'::integer", "score=1.5",
                    "balance=0", "active=true", "birthday=CURRENT_DATE", "wakeUp=LOCALTIME", "token=gen_random_uuid()",
                    "status='active'::\"enum_Users_status\"", "note=('x'::text || 'y'::text)", "createdAt=CURRENT_TIMESTAMP",
                    "updatedAt=CURRENT_TIMESTAMP"}
                    : new String[]{"name='it''s me'", "visits=0", "rank=-3", "score=1.5", "balance=0", "active=TRUE",
                    "birthday=CURRENT_DATE", "wakeUp=LOCALTIME", "token=RANDOM_UUID()", "status='active'",
                    "note='xy'", "createdAt=CURRENT_TIMESTAMP", "updatedAt=CURRENT_TIMESTAMP"});

            // defaults work: a plain insert fills every NOT NULL column
            cat.exec("INSERT INTO \"Users\" (\"email\") VALUES ('a@example.com')");
            assertThat(cat.one("SELECT \"name\", \"visits\", \"balance\", \"active\", \"status\", \"note\","
                    + " \"token\" IS NOT NULL, \"createdAt\" IS NOT NULL, \"birthday\" IS NOT NULL FROM \"Users\""))
                    .isEqualTo("it's me|0|0.00|" + (pg ? "t" : my ? "1" : "TRUE") + "|active|" + (my ? "0" : "xy") + "|"
                            + (pg ? "t|t|t" : my ? "1|1|1" : "TRUE|TRUE|TRUE"));

            // a second update runs nothing
            int before = cat.changelogRows();
            assertThat(runner.update()).isEmpty();
            assertThat(cat.changelogRows()).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void evolutionKeepsEveryRow(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            TestCatalog cat = new TestCatalog(c, dialect);
            boolean pg = dialect == Dialect.POSTGRESQL;
            boolean my = dialect == Dialect.MARIADB;
            LiquibaseRunner runner = new LiquibaseRunner(config(db));
            ChangelogWriter.write(dir, Schema.EMPTY, initial());
            runner.update();
            cat.exec("INSERT INTO \"Users\" (\"email\", \"status\") VALUES ('a@example.com', 'active'), ('b@example.com', 'blocked')",
                    "INSERT INTO \"Projects\" (\"title\") VALUES ('P1'), ('P2')",
                    "INSERT INTO \"UserProjects\" (\"userId\", \"projectId\", \"role\") VALUES (1, 1, 'admin'), (2, 1, 'admin'), (2, 2, NULL)");

            Schema recorded = SchemaChanges.apply(Schema.EMPTY, initial());
            // MariaDB/MySQL refuse ON DELETE SET NULL on a NOT NULL column (errno 150; the resolver never writes
            // one, PostgreSQL and H2 accept it until a delete): there the key cascades
            List<SchemaChange> evolution = my ? Fixtures.evolution().stream().map(ch -> ch instanceof SchemaChange.AddForeignKey a
                    ? new SchemaChange.AddForeignKey(a.table(), new dev.modelsync.schema.ForeignKey(a.foreignKey().name(),
                    a.foreignKey().columns(), a.foreignKey().refTable(), a.foreignKey().refColumns(),
                    dev.modelsync.schema.ForeignKey.Action.CASCADE, a.foreignKey().onUpdate())) : ch).toList() : Fixtures.evolution();
            ChangelogWriter.write(dir, recorded, evolution);
            List<String> applied = runner.update();
            assertThat(applied).isNotEmpty().allMatch(id -> id.startsWith("changes/0002-"));

            assertThat(cat.tables()).contains("Workspaces", "UserProjects", "Users").doesNotContain("Projects", "Tags");
            assertThat(cat.rows("SELECT \"id\", \"title\" FROM \"Workspaces\" ORDER BY 1")).containsExactly("1|P1", "2|P2");
            assertThat(cat.rows("SELECT \"id\", \"email\", \"status\", \"code\", \"nickname\" FROM \"Users\" ORDER BY 1"))
                    .containsExactly("1|a@example.com|active|abc|anon", "2|b@example.com|blocked|abc|anon");
            assertThat(cat.rows("SELECT \"userId\", \"workspaceId\", \"role\" FROM \"UserProjects\" ORDER BY 1, 2"))
                    .containsExactly("1|1|admin", "2|1|admin", "2|2|null");
            assertThat(cat.rows("SELECT DISTINCT \"id\" FROM \"UserProjects\" WHERE \"id\" IS NOT NULL")).hasSize(3);
            assertThat(cat.keyColumns("UserProjects", cat.primaryKeyName("UserProjects_pkey"))).containsExactly("id");
            assertThat(cat.constraints("Workspaces")).contains(cat.primaryKeyName("Workspaces_pkey") + "|PRIMARY KEY");
            assertThat(cat.indexes("UserProjects")).contains("UserProjects_role_idx");
            // H2 reports NO ACTION as RESTRICT (it treats them alike)
            assertThat(cat.fkRules("UserProjects_workspaceId_fkey")).isEqualTo(pg ? "NO ACTION|SET NULL" : my ? "NO ACTION|CASCADE"
                    : "RESTRICT|SET NULL");
            assertThat(cat.enumValues("enum_Users_status")).containsExactly("pending", "active", "away", "blocked", "gone");
            assertThat(cat.enumValues("enum_UserProjects_role")).containsExactly("admin", "viewer");
            assertThat(cat.column("Users", "email")).startsWithIgnoringCase(my ? "email|varchar(" : "email|character varying|NO");
            assertThat(cat.columnComment("Users", "email")).isEqualTo("where we write to");
            if (my) { // the new collation: the table's and every text column's, each keeping its type and binary collation
                assertThat(cat.one("SELECT CONCAT(ENGINE, ' ', TABLE_COLLATION) FROM information_schema.TABLES"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'Users'")).isEqualTo("InnoDB latin1_german1_ci");
                assertThat(cat.rows("SELECT CONCAT(COLUMN_NAME, ' ', COLUMN_TYPE, ' ', COLLATION_NAME) FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'Users' AND COLLATION_NAME IS NOT NULL ORDER BY 1"))
                        .containsExactly("bio text latin1_german1_ci", "code char(3) latin1_german1_ci",
                                "email varchar(500) latin1_german1_ci", "meta longtext utf8mb4_bin", "name varchar(255) latin1_german1_ci",
                                "nickname varchar(40) latin1_german1_ci", "note varchar(255) latin1_german1_ci",
                                "prefs longtext utf8mb4_bin", "status enum('pending','active','away','blocked','gone') latin1_german1_ci",
                                "token char(36) latin1_bin");
            }
            assertThat(cat.column("Users", "visits")).startsWithIgnoringCase(my ? "visits|decimal(" : "visits|numeric|NO|0");
            if (my) assertThat(cat.column("Users", "visits")).contains("|NO|0");
            assertThat(cat.identity("Users", "id")).isFalse();
            assertThat(cat.columns("Users")).noneMatch(r -> r.startsWith("avatar|") || r.startsWith("updatedAt|"));
            // the new enum value is usable, the new identity continues after the existing rows
            cat.exec("INSERT INTO \"Users\" (\"id\", \"email\", \"status\") VALUES (3, 'c@example.com', 'away')");
            cat.exec("INSERT INTO \"UserProjects\" (\"userId\", \"workspaceId\") VALUES (3, 2)");
            assertThat(cat.one("SELECT MAX(\"id\") FROM \"UserProjects\"")).isEqualTo("4");

            int rows = cat.changelogRows();
            assertThat(runner.update()).isEmpty();
            assertThat(cat.changelogRows()).isEqualTo(rows);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void updateSqlChangesNothing(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            TestCatalog cat = new TestCatalog(c, dialect);
            LiquibaseRunner runner = new LiquibaseRunner(config(db));
            ChangelogWriter.write(dir, Schema.EMPTY, initial());
            String sql = runner.updateSql();
            // MariaDB/MySQL have no enum types: the values are inline
            assertThat(sql).contains("CREATE TABLE").contains(dialect == Dialect.MARIADB ? "ENUM('active'" : "\"enum_Users_status\"");
            assertThat(cat.tables()).isEmpty();
            assertThat(runner.pending()).hasSize(5);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = "POSTGRESQL")
    void failingChangesetLeavesNothingHalfDoneAndRerunCompletes(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            TestCatalog cat = new TestCatalog(c, dialect);
            LiquibaseRunner runner = new LiquibaseRunner(config(db));
            ChangelogWriter.write(dir, Schema.EMPTY, initial());
            runner.update();
            cat.exec("INSERT INTO \"Projects\" (\"title\") VALUES ('P1'), ('P2')");
            cat.exec("INSERT INTO \"Users\" (\"email\", \"code\") VALUES ('a@example.com', 'abc'), ('b@example.com', 'abc')");
            Schema recorded = SchemaChanges.apply(Schema.EMPTY, initial());
            // one changeset: add a column, then a unique constraint the rows violate
            List<SchemaChange> changes = List.of(
                    new SchemaChange.AddColumn("Users", Fixtures.col("nickname", Fixtures.STRING, true)),
                    new SchemaChange.AddUnique("Users", new dev.modelsync.schema.UniqueConstraint("Users_code_key", List.of("code"))));
            ChangelogWriter.write(dir, recorded, changes);
            int rows = cat.changelogRows();

            assertThatThrownBy(runner::update).isInstanceOf(ModelSyncException.class)
                    .hasMessageContaining("rolled back").hasMessageContaining("run again");
            assertThat(cat.columns("Users")).noneMatch(r -> r.startsWith("nickname|"));
            assertThat(cat.changelogRows()).isEqualTo(rows);
            assertThat(cat.one("SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED = TRUE")).isEqualTo("0");

            cat.exec("UPDATE \"Users\" SET \"code\" = 'xyz' WHERE \"email\" = 'b@example.com'");
            assertThat(runner.update()).hasSize(1);
            assertThat(cat.columns("Users")).anyMatch(r -> r.startsWith("nickname|"));
            assertThat(cat.constraints("Users")).contains("Users_code_key|UNIQUE");
        }
    }
}
