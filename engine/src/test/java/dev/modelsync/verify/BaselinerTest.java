package dev.modelsync.verify;

import dev.modelsync.Baseliner;

import dev.modelsync.BaselineResult;
import dev.modelsync.ModelSync;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.db.Dialect;
import dev.modelsync.inspect.Fixture;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.ColumnType.Kind;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Adopting a database built by plain DDL the way Sequelize's sync() builds it. */
class BaselinerTest {
    @TempDir
    Path project;

    private final List<String> log = new ArrayList<>();

    /** The DDL Sequelize 6 sync() runs for User (email unique) and Post (belongsTo User, index on title). */
    static List<String> sequelizeDdl(Dialect dialect) {
        if (dialect == Dialect.MARIADB) { // Sequelize 6's mariadb dialect (the test connection quotes with ANSI_QUOTES)
            return List.of(
                    "CREATE TABLE IF NOT EXISTS \"Users\" (\"id\" INTEGER NOT NULL auto_increment , \"email\" VARCHAR(255)"
                            + " NOT NULL UNIQUE, \"createdAt\" DATETIME NOT NULL, \"updatedAt\" DATETIME NOT NULL,"
                            + " PRIMARY KEY (\"id\")) ENGINE=InnoDB",
                    "CREATE TABLE IF NOT EXISTS \"Posts\" (\"id\" INTEGER NOT NULL auto_increment , \"title\" VARCHAR(255)"
                            + " NOT NULL, \"createdAt\" DATETIME NOT NULL, \"updatedAt\" DATETIME NOT NULL, \"UserId\" INTEGER,"
                            + " PRIMARY KEY (\"id\"), FOREIGN KEY (\"UserId\") REFERENCES \"Users\" (\"id\") ON DELETE SET NULL"
                            + " ON UPDATE CASCADE) ENGINE=InnoDB",
                    "CREATE INDEX \"posts_title\" ON \"Posts\" (\"title\")");
        }
        return List.of(
                "CREATE TABLE IF NOT EXISTS \"Users\" (\"id\"   SERIAL , \"email\" VARCHAR(255) NOT NULL UNIQUE,"
                        + " \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " PRIMARY KEY (\"id\"))",
                "CREATE TABLE IF NOT EXISTS \"Posts\" (\"id\"   SERIAL , \"title\" VARCHAR(255) NOT NULL,"
                        + " \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " \"UserId\" INTEGER REFERENCES \"Users\" (\"id\") ON DELETE SET NULL ON UPDATE CASCADE,"
                        + " PRIMARY KEY (\"id\"))",
                "CREATE INDEX \"posts_title\" ON \"Posts\" (\"title\")");
    }

    /** The model as the resolver describes it: explicit names, NOW defaults on the timestamps. */
    static Schema model() {
        Column id = new Column("id", ColumnType.of(Kind.INTEGER), false, Optional.empty(), true, "", List.of());
        Column createdAt = Fixture.withDefault(Column.of("createdAt", ColumnType.of(Kind.TIMESTAMPTZ), false), DefaultValue.NOW);
        Column updatedAt = Fixture.withDefault(Column.of("updatedAt", ColumnType.of(Kind.TIMESTAMPTZ), false), DefaultValue.NOW);
        Table users = new Table("Users", List.of(id, Column.of("email", ColumnType.varchar(255), false), createdAt, updatedAt),
                Optional.of(new PrimaryKey("Users_pkey", List.of("id"))), List.of(),
                List.of(new UniqueConstraint("Users_email_key", List.of("email"))), List.of(), "", List.of());
        Table posts = new Table("Posts", List.of(id, Column.of("title", ColumnType.varchar(255), false), createdAt, updatedAt,
                Column.of("UserId", ColumnType.of(Kind.INTEGER), true)),
                Optional.of(new PrimaryKey("Posts_pkey", List.of("id"))),
                List.of(new ForeignKey("Posts_UserId_fkey", List.of("UserId"), "Users", List.of("id"),
                        ForeignKey.Action.SET_NULL, ForeignKey.Action.CASCADE)),
                List.of(), List.of(new Index("posts_title", List.of(new Index.IndexColumn("title", false)), false, "")),
                "", List.of());
        return new Schema(List.of(users, posts), List.of());
    }

    private Path changelogDir() {
        return project.resolve("src/main/resources/db/changelog");
    }

    private ModelSync modelSync(TestDatabase db) {
        return ModelSync.configure().baseDir(project).url(db.url()).username(db.user()).log(log::add).load();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void recordsTheDatabaseAsItIsAndListsWhatTheNextSyncChanges(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            Fixture.apply(c, sequelizeDdl(dialect));
            Fixture.apply(c, List.of("CREATE TABLE \"Audit\" (\"id\" INTEGER)"));

            BaselineResult r = new Baseliner(modelSync(db).config()).baseline(model());

            assertThat(r.writtenFile()).hasValueSatisfying(f -> assertThat(f.getFileName()).hasToString("0001-baseline.yaml"));
            assertThat(r.markedChangeSets()).isNotEmpty().allMatch(id -> id.startsWith("db/changelog/changes/0001-baseline.yaml::"));
            assertThat(appliedIds(c)).hasSameSizeAs(r.markedChangeSets());
            assertThat(runner(db).pending()).isEmpty();
            String text = Files.readString(r.writtenFile().orElseThrow());
            assertThat(text).contains("tableName: Users", "tableName: Posts", "posts_title").doesNotContain("Audit");
            assertThat(r.nextChanges()).anyMatch(l -> l.contains("Users.createdAt")).anyMatch(l -> l.contains("Posts.updatedAt"));
            assertThat(log).anyMatch(l -> l.contains("left alone 1 table the model does not know: Audit"));
            assertThat(log).anyMatch(l -> l.startsWith("modelsync baseline: recorded 2 tables of " + db.url()));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void refusesWhatItCannotRecordAndChangesNothing(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            Fixture.apply(c, List.of("CREATE TABLE \"Teams\" (\"id\" INTEGER PRIMARY KEY)"));
            Fixture.apply(c, sequelizeDdl(dialect));
            Fixture.apply(c, List.of("ALTER TABLE \"Users\" ADD COLUMN \"teamId\" INTEGER",
                    "ALTER TABLE \"Users\" ADD CONSTRAINT \"Users_teamId_fkey\" FOREIGN KEY (\"teamId\") REFERENCES \"Teams\" (\"id\")"));

            assertThatThrownBy(() -> new Baseliner(modelSync(db).config()).baseline(model()))
                    .isInstanceOf(ModelSyncException.class)
                    .hasMessageContaining("Refusing to baseline " + db.url() + ": 1 object cannot be recorded")
                    .hasMessageContaining("foreign key Users_teamId_fkey of Users references Teams, a table the model does not know")
                    .hasMessageContaining("Nothing was written or recorded.");
            assertThat(changelogDir()).doesNotExist();
            assertThat(runner(db).hasHistory()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDatabaseThatRecordsTheChangelogNeedsNoBaseline(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            Fixture.apply(c, sequelizeDdl(dialect));
            Baseliner b = new Baseliner(modelSync(db).config());
            b.baseline(model());
            String before = Files.readString(changelogDir().resolve("db.changelog-master.yaml"));
            log.clear();

            BaselineResult again = b.baseline(model());

            assertThat(again.markedChangeSets()).isEmpty();
            assertThat(again.writtenFile()).isEmpty();
            assertThat(log).anyMatch(l -> l.contains("already records this changelog") && l.contains("no baseline is needed"));
            assertThat(Files.readString(changelogDir().resolve("db.changelog-master.yaml"))).isEqualTo(before);
            try (var files = Files.list(changelogDir().resolve("changes"))) {
                assertThat(files).hasSize(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void refusesAnUnappliedChangelogThatDiffersFromTheDatabase(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            Fixture.apply(c, sequelizeDdl(dialect));
            Changelogs.write(changelogDir(), "0001-1");

            assertThatThrownBy(() -> new Baseliner(modelSync(db).config()).baseline(model()))
                    .isInstanceOf(ModelSyncException.class)
                    .hasMessageContaining("the changelog already holds 1 changeset that this database has not applied")
                    .hasMessageContaining("Nothing was written or recorded.");
            assertThat(runner(db).hasHistory()).isFalse();
        }
    }

    private static List<String> appliedIds(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            while (rs.next()) ids.add(rs.getString(1));
        }
        return ids;
    }

    private dev.modelsync.apply.LiquibaseRunner runner(TestDatabase db) {
        return new dev.modelsync.apply.LiquibaseRunner(ModelSync.configure().baseDir(project).url(db.url())
                .username(db.user()).load().config());
    }
}
