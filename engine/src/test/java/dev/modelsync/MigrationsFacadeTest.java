package dev.modelsync;

import dev.modelsync.problem.ModelSyncException;

import dev.modelsync.db.Dialect;
import dev.modelsync.changelog.ChangelogReplayer;
import dev.modelsync.changelog.Replay;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** generate / sync / sql through the facade, from model files to a database. */
class MigrationsFacadeTest {

    static final String V1 = """
            models:
              User:
                attributes:
                  name: { type: STRING(50), allowNull: false }
                  email: { type: STRING, allowNull: false, unique: true }
                  status: { type: "ENUM('active', 'blocked')", allowNull: false, defaultValue: active }
                associations:
                  - belongsToMany: Project
                    through: UserProject
              Project:
                attributes:
                  title: { type: STRING, allowNull: false }
                associations:
                  - belongsToMany: User
                    through: UserProject
              Tag:
                attributes:
                  label: STRING
            """;

    /** rename column (and widen it), add column, enum value, rename table, junction attribute, FK, index. */
    static final String V2 = """
            models:
              User:
                attributes:
                  fullName: { type: STRING(100), allowNull: false, renamedFrom: name }
                  email: { type: STRING, allowNull: false, unique: true }
                  status: { type: "ENUM('active', 'away', 'blocked')", allowNull: false, defaultValue: active }
                  nickname: STRING
                associations:
                  - belongsToMany: Project
                    through: UserProject
              Project:
                attributes:
                  title: { type: STRING, allowNull: false }
                indexes:
                  - fields: [title]
                associations:
                  - belongsToMany: User
                    through: UserProject
                  - belongsTo: User
                    as: owner
              UserProject:
                tableName: UserProject
                attributes:
                  role: { type: STRING, allowNull: false, defaultValue: viewer }
              Label:
                renamedFrom: Tag
                attributes:
                  label: STRING
            """;

    /** the junction gains its own id; the pair stays unique. */
    static final String V3 = V2.replace("""
                  role: { type: STRING, allowNull: false, defaultValue: viewer }
            """, """
                  id: { type: INTEGER, primaryKey: true, autoIncrement: true }
                  role: { type: STRING, allowNull: false, defaultValue: viewer }
            """);

    @TempDir
    Path dir;
    final List<String> log = new ArrayList<>();

    private ModelSync modelSync(String models, TestDatabase db, boolean allowDestructive) throws Exception {
        Path m = dir.resolve("src/main/models");
        Files.createDirectories(m);
        Files.writeString(m.resolve("models.yaml"), models);
        ModelSync.Builder b = ModelSync.configure().baseDir(dir).allowDestructive(allowDestructive).log(log::add);
        if (db != null) b.url(db.url()).username(db.user()).password(db.password());
        return b.load();
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        return TestDatabase.rows(c, sql);
    }

    @Test
    void generatePrintsTheInfoLinesOfResolution() throws Exception {
        modelSync("""
                models:
                  User:
                    associations:
                      - hasMany: Article
                      - belongsToMany: Article
                        through: Favorites
                  Article: {}
                """, null, false).generate();
        assertThat(log).anyMatch(l -> l.startsWith("src/main/models/models.yaml:5:9: info: User.belongsToMany(Article) and"
                + " User.hasMany(Article) (at src/main/models/models.yaml:4:9) share the accessor name User.Articles"));
    }

    @Test
    void generateNeedsNoDatabaseAndASecondGenerateWritesNothing() throws Exception {
        ModelSync ms = modelSync(V1, null, false);
        GenerateResult first = ms.generate();
        assertThat(first.writtenFile()).isPresent();
        assertThat(first.writtenFile().get().getFileName().toString()).isEqualTo("0001-initial-schema.yaml");
        assertThat(dir.resolve("src/main/resources/db/changelog/db.changelog-master.yaml")).exists();
        Replay replay = ChangelogReplayer.replay(ms.config().changelogDirectory());
        assertThat(replay.unsupported()).isEmpty();
        assertThat(dev.modelsync.diff.Differ.diff(replay.schema(), ms.resolve().schema())).isEmpty();

        GenerateResult second = ms.generate();
        assertThat(second.upToDate()).isTrue();
        assertThat(second.writtenFile()).isEmpty();
        try (var files = Files.list(ms.config().changesDirectory())) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @Test
    void destructiveChangesAreRefusedUnlessAllowed() throws Exception {
        modelSync(V1, null, false).generate();
        String without = V1.replace("      label: STRING\n", "      other: INTEGER\n");
        assertThatThrownBy(() -> modelSync(without, null, false).generate())
                .isInstanceOf(ModelSyncException.class).hasMessageContaining("label");
        assertThatThrownBy(() -> modelSync(V1.replace("  Tag:\n    attributes:\n      label: STRING\n", ""), null, false).generate())
                .isInstanceOf(ModelSyncException.class).hasMessageContaining("Refusing").hasMessageContaining("Tags");
        GenerateResult allowed = modelSync(V1.replace("  Tag:\n    attributes:\n      label: STRING\n", ""), null, true).generate();
        assertThat(allowed.writtenFile()).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anAllowedDestructiveChangeIsAppliedWithAWarningNamingItAndItsRows(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            modelSync(V1, db, false).sync();
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO \"Tags\" (\"label\") VALUES ('red'), ('blue')");
            }
            log.clear();
            modelSync(V1.replace("      label: STRING\n", "      label: STRING\n      color: STRING\n"), db, false).sync();
            assertThat(log).noneMatch(l -> l.startsWith("Warning:"));
            modelSync(V1, db, true).sync();
            assertThat(log).contains("Warning: Applying a destructive change: drop column Tags.color VARCHAR(255)"
                    + " (its values are lost) (2 rows at stake)");
        }
    }

    @Test
    void anH2FileDatabaseLeavesNoTraceFile() throws Exception {
        ModelSync ms = modelSync(V1, null, false); // the default: an H2 file database under target/modelsync
        ms.sync(); // the first run looks for Liquibase's tables before they exist: H2 would trace those failures
        ms.sync();
        try (var files = Files.list(dir.resolve("target/modelsync"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).contains("db.mv.db")
                    .noneMatch(n -> n.endsWith(".trace.db"));
        }
    }

    @Test
    void seedingBeforeAnySyncSaysSoInOneLine() throws Exception {
        ModelSync ms = modelSync(V1, null, false);
        Files.createDirectories(dir.resolve("src/test/seeds"));
        Files.writeString(dir.resolve("src/test/seeds/users.yaml"), "User:\n  - { name: Ann, email: ann@example.com }\n");
        assertThatThrownBy(ms::seed).isInstanceOf(ModelSyncException.class)
                .hasMessage("Cannot seed " + ms.config().shownUrl() + ": the database has none of the model's tables yet"
                        + " (Users). Run sync first (it creates them), then seed.");
    }

    @Test
    void generatingAnAllowedDestructiveChangeWarnsWithoutRows() throws Exception {
        modelSync(V1, null, false).generate();
        log.clear();
        modelSync(V1.replace("  Tag:\n    attributes:\n      label: STRING\n", ""), null, true).generate();
        assertThat(log).anyMatch(l -> l.startsWith("Warning: Writing a destructive change: drop table Tags"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void syncEvolvesTheDatabaseAndKeepsEveryRow(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            SyncResult s1 = modelSync(V1, db, false).sync();
            assertThat(s1.appliedChangeSets()).isNotEmpty();
            SyncResult again = modelSync(V1, db, false).sync();
            int changelogRows = Integer.parseInt(rows(c, "SELECT COUNT(*) FROM DATABASECHANGELOG").get(0));
            assertThat(again.generated().upToDate()).isTrue();
            assertThat(again.appliedChangeSets()).isEmpty();

            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO \"Users\" (\"name\", \"email\") VALUES ('Alice', 'a@example.com'), ('Bob', 'b@example.com')");
                st.execute("INSERT INTO \"Projects\" (\"title\") VALUES ('Website'), ('DevOps')");
                st.execute("INSERT INTO \"UserProject\" (\"UserId\", \"ProjectId\") VALUES (1, 1), (1, 2), (2, 1)");
                st.execute("INSERT INTO \"Tags\" (\"label\") VALUES ('red')");
            }

            SqlResult sql = modelSync(V2, db, false).sql();
            assertThat(sql.generated().writtenFile()).isEmpty(); // a dry run: nothing written
            assertThat(sql.changeset()).contains("changes/0002-");
            assertThat(sql.pendingChangeSets()).isNotEmpty().allMatch(id -> id.startsWith("db/changelog/changes/0002-"));
            assertThat(sql.sql()).contains("ALTER TABLE");
            assertThat(rows(c, "SELECT COUNT(*) FROM DATABASECHANGELOG")).containsExactly(String.valueOf(changelogRows));

            SyncResult s2 = modelSync(V2, db, false).sync();
            assertThat(s2.generated().writtenFile()).isPresent(); // sql() wrote nothing; sync writes what it showed
            assertThat(s2.appliedChangeSets()).containsExactlyElementsOf(sql.pendingChangeSets());
            assertThat(rows(c, "SELECT \"id\", \"fullName\", \"email\", \"status\" FROM \"Users\" ORDER BY 1"))
                    .containsExactly("1|Alice|a@example.com|active", "2|Bob|b@example.com|active");
            assertThat(rows(c, "SELECT \"id\", \"title\" FROM \"Projects\" ORDER BY 1")).containsExactly("1|Website", "2|DevOps");
            assertThat(rows(c, "SELECT \"UserId\", \"ProjectId\", \"role\" FROM \"UserProject\" ORDER BY 1, 2"))
                    .containsExactly("1|1|viewer", "1|2|viewer", "2|1|viewer");
            assertThat(rows(c, "SELECT \"label\" FROM \"Labels\"")).containsExactly("red");
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE \"Users\" SET \"status\" = 'away', \"fullName\" = '" + "x".repeat(100) + "' WHERE \"id\" = 2");
                st.execute("UPDATE \"Projects\" SET \"ownerId\" = 1 WHERE \"id\" = 1");
            }
            assertThatThrownBy(() -> {
                try (Statement st = c.createStatement()) {
                    st.execute("UPDATE \"Projects\" SET \"ownerId\" = 99 WHERE \"id\" = 2");
                }
            }).hasMessageContaining("ownerId"); // the new foreign key holds

            SyncResult s3 = modelSync(V3, db, false).sync();
            assertThat(s3.appliedChangeSets()).isNotEmpty();
            assertThat(rows(c, "SELECT \"UserId\", \"ProjectId\", \"role\" FROM \"UserProject\" ORDER BY 1, 2"))
                    .containsExactly("1|1|viewer", "1|2|viewer", "2|1|viewer");
            assertThat(rows(c, "SELECT COUNT(DISTINCT \"id\") FROM \"UserProject\"")).containsExactly("3");
            assertThatThrownBy(() -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO \"UserProject\" (\"UserId\", \"ProjectId\") VALUES (1, 1)");
                }
            }).isInstanceOf(java.sql.SQLException.class); // the pair stays unique

            int before = Integer.parseInt(rows(c, "SELECT COUNT(*) FROM DATABASECHANGELOG").get(0));
            SyncResult idle = modelSync(V3, db, false).sync();
            assertThat(idle.generated().upToDate()).isTrue();
            assertThat(idle.appliedChangeSets()).isEmpty();
            assertThat(rows(c, "SELECT COUNT(*) FROM DATABASECHANGELOG")).containsExactly(String.valueOf(before));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void refusalCountsTheRowsAtStake(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            modelSync(V1, db, false).sync();
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO \"Tags\" (\"label\") VALUES ('red'), ('blue')");
            }
            String withoutTag = V1.replace("  Tag:\n    attributes:\n      label: STRING\n", "");
            assertThatThrownBy(() -> modelSync(withoutTag, db, false).sync())
                    .isInstanceOf(ModelSyncException.class).hasMessageContaining("Tags").hasMessageContaining("2 rows at stake");
            assertThat(rows(c, "SELECT COUNT(*) FROM \"Tags\"")).containsExactly("2");
            SyncResult allowed = modelSync(withoutTag, db, true).sync();
            assertThat(allowed.appliedChangeSets()).hasSize(1);
        }
    }
}
