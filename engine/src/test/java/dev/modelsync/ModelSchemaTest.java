package dev.modelsync;

import dev.modelsync.db.Dialect;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.testing.TestDatabase;
import dev.modelsync.verify.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Sequelize's model option {@code schema} end to end through the facade, on PostgreSQL and H2: sync creates the schema
 * and its tables (foreign keys both ways across schemas, a junction in the schema, a table of the same name in the
 * default schema), verify finds nothing, a second generate nothing, drift inside the schema is found, seeds land in
 * it, and baseline adopts a database whose tables are in two schemas. ENUM types live in the tables' schemas (one of
 * the same name in the default schema beside them); a changed schema moves a table. MariaDB refuses the option.
 */
class ModelSchemaTest {
    static final String MODELS = """
            models:
              User:
                seedKey: email
                attributes:
                  email: { type: STRING, allowNull: false, unique: true }
                associations:
                  - belongsTo: Tag
                    as: favourite
              Entry:
                schema: audit
                seedKey: action
                attributes:
                  action: { type: STRING, allowNull: false }
                  level: { type: "ENUM(low, high)", defaultValue: low }
                indexes:
                  - fields: [action]
                associations:
                  - belongsTo: User
                  - belongsToMany: Tag
                    through: EntryTags
              Tag:
                schema: audit
                seedKey: label
                attributes:
                  label: { type: STRING, unique: true }
                  state: ENUM(new, used)
                associations:
                  - belongsToMany: Entry
                    through: EntryTags
              Label:
                tableName: Tags
                attributes:
                  name: STRING
                  state: ENUM(on, off)
            """;
    static final String SEEDS = """
            Tag:
              - label: security
                state: used
            User:
              - email: a@example.com
                favourite: security
            Entry:
              - action: login
                level: high
                User: a@example.com
                Tags: [security]
            """;

    @TempDir
    Path dir;

    /** The replay cache is on (the default): generate and verify read the changelog's replay back from it. */
    private ModelSync modelSync(Path project, TestDatabase db) throws Exception {
        Files.createDirectories(project.resolve("src/main/models"));
        Files.writeString(project.resolve("src/main/models/models.yaml"), MODELS);
        return ModelSync.configure().baseDir(project).url(db.url()).username(db.user()).password(db.password()).load();
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"H2", "POSTGRESQL"})
    void syncVerifyGenerateDriftAndSeedInASchema(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            ModelSync ms = modelSync(dir, db);
            assertThat(ms.sync().appliedChangeSets()).isNotEmpty();
            try (Connection c = db.connect()) {
                assertThat(rows(c, "SELECT COUNT(*) FROM audit.\"Entries\"")).containsExactly("0");
                assertThat(rows(c, "SELECT COUNT(*) FROM audit.\"EntryTags\"")).containsExactly("0");
                assertThat(rows(c, "SELECT COUNT(*) FROM audit.\"Tags\"")).containsExactly("0");
                assertThat(rows(c, "SELECT COUNT(*) FROM \"Tags\"")).containsExactly("0"); // Label's, in the default schema
            }
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(ms.generate().upToDate()).as("a second generate").isTrue();

            Path seeds = Files.createDirectories(dir.resolve("src/test/seeds"));
            Files.writeString(seeds.resolve("01.yaml"), SEEDS);
            assertThat(ms.seed().totalInserted()).isEqualTo(4);
            try (Connection c = db.connect()) {
                assertThat(rows(c, "SELECT e.\"action\", e.\"level\", t.\"state\", u.\"email\", t.\"label\", f.\"label\" FROM audit.\"Entries\" e"
                        + " JOIN \"Users\" u ON u.\"id\" = e.\"UserId\" JOIN audit.\"EntryTags\" et ON et.\"EntryId\" = e.\"id\""
                        + " JOIN audit.\"Tags\" t ON t.\"id\" = et.\"TagId\" JOIN audit.\"Tags\" f ON f.\"id\" = u.\"favouriteId\""))
                        .containsExactly("login|high|used|a@example.com|security|security");
            }
            assertThat(ms.seed().totalInserted()).as("seeding again").isZero();

            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE audit.\"Tags\" ADD COLUMN \"extra\" INTEGER");
            }
            List<Finding> drift = ms.verify(VerifyOptions.DEFAULT).findings();
            assertThat(drift).extracting(Finding::toString).singleElement().asString()
                    .contains("audit.Tags").contains("extra");
        }
    }

    /** Later changes to tables in a schema, the SQL of modelsync's own included (type change, partial index, renames). */
    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"H2", "POSTGRESQL"})
    void evolvesTablesInASchema(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            modelSync(dir, db).sync();
            Files.writeString(dir.resolve("src/main/models/models.yaml"), MODELS
                    .replace("""
                                  action: { type: STRING, allowNull: false }
                                  level: { type: "ENUM(low, high)", defaultValue: low }
                                indexes:
                                  - fields: [action]
                            """, """
                                  action: { type: STRING(100), allowNull: false }
                                  level: { type: "ENUM(low, mid, high)", defaultValue: low }
                                  note: STRING
                                indexes:
                                  - fields: [action]
                                    name: entry_actions
                                  - fields: [note]
                                    where: '"note" IS NOT NULL'
                            """)
                    .replace("""
                              Tag:
                                schema: audit
                            """, """
                              Keyword:
                                schema: audit
                                renamedFrom: Tag
                            """)
                    .replace("label: { type: STRING, unique: true }", "title: { type: STRING, unique: true, renamedFrom: label }")
                    .replace("state: ENUM(new, used)", "state: ENUM(new, old)") // a value replaced
                    .replace("seedKey: label", "seedKey: title")
                    .replace("belongsTo: Tag", "belongsTo: Keyword")
                    .replace("belongsToMany: Tag", "belongsToMany: Keyword"));
            ModelSync ms = ModelSync.configure().baseDir(dir).url(db.url()).username(db.user()).password(db.password())
                    .cacheDirectory(null).allowDestructive(true).load();
            ms.sync();
            try (Connection c = db.connect()) {
                assertThat(rows(c, "SELECT COUNT(*) FROM audit.\"Keywords\"")).containsExactly("0");
            }
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(ms.generate().upToDate()).as("a second generate").isTrue();
            // lint reads every changeset (the schema's own SQL included) and names the schema's tables
            var lint = ms.lint(new dev.modelsync.lint.LintOptions(java.util.Optional.empty(), java.util.Set.of()));
            assertThat(lint.notChecked()).isEmpty();
            assertThat(lint.hazards()).extracting(Object::toString).anyMatch(h -> h.contains("type-rewrite")
                    && h.contains("audit.Entries"));
        }
    }

    /** The destructive-change check counts the rows at stake in a schema's table, so a drop with data is refused. */
    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"H2", "POSTGRESQL"})
    void dataLossInASchemaIsRefused(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            ModelSync ms = oneTagThenModels(db, MODELS
                    .replace("      label: { type: STRING, unique: true }\n", "      note: INTEGER\n")
                    .replace("seedKey: label", "seedKey: note"));
            ModelSyncException e = catchThrowableOfType(ModelSyncException.class, ms::sync);
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("audit.Tags").contains("1 row");
        }
    }

    /**
     * A model's schema changed: PostgreSQL moves the table with its rows (ALTER TABLE ... SET SCHEMA; its identity
     * sequence, keys and the foreign keys into it follow; its enum type moves too, ALTER TYPE ... SET SCHEMA); H2,
     * which cannot move a table across schemas, stops with the reason.
     */
    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"H2", "POSTGRESQL"})
    void movesATableToAnotherSchemaWithItsRows(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            ModelSync ms = oneTagThenModels(db, MODELS.replace("""
                      Tag:
                        schema: audit
                    """, """
                      Tag:
                        schema: archive
                    """));
            if (dialect == Dialect.H2) {
                ModelSyncException e = catchThrowableOfType(ModelSyncException.class, ms::sync);
                assertThat(e).isNotNull();
                assertThat(e.getMessage()).contains("H2 cannot move a table to another schema: table audit.Tags to schema archive");
                return;
            }
            String typeOid = "SELECT oid FROM pg_type WHERE typname = 'enum_Tags_state' AND typnamespace <> 'public'::regnamespace";
            List<String> before;
            try (Connection c = db.connect()) {
                before = rows(c, typeOid);
            }
            ms.sync();
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO archive.\"Tags\" (\"label\", \"createdAt\", \"updatedAt\")"
                        + " VALUES ('new', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                assertThat(rows(c, "SELECT \"id\", \"label\", \"state\" FROM archive.\"Tags\" ORDER BY \"id\""))
                        .containsExactly("1|kept|used", "2|new|null");
                assertThat(rows(c, "SELECT typnamespace::regnamespace FROM pg_type WHERE typname = 'enum_Tags_state'"
                        + " ORDER BY typnamespace::regnamespace::text")).containsExactly("archive", "public"); // moved with its table; Label's
                assertThat(rows(c, typeOid)).as("the same type, moved").isEqualTo(before);
            }
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(ms.generate().upToDate()).as("a second generate").isTrue();
            var lint = ms.lint(new dev.modelsync.lint.LintOptions(java.util.Optional.empty(), java.util.Set.of()));
            assertThat(lint.notChecked()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"H2", "POSTGRESQL"})
    void baselineAdoptsTablesInTwoSchemas(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            modelSync(dir.resolve("made"), db).sync();
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE " + (dialect == Dialect.H2 ? "\"DATABASECHANGELOG\"" : "databasechangelog"));
            }
            ModelSync adopting = modelSync(dir.resolve("adopting"), db);
            BaselineResult baseline = adopting.baseline();
            assertThat(baseline.writtenFile()).isPresent();
            assertThat(baseline.nextChanges()).isEmpty();
            assertThat(Files.readString(baseline.writtenFile().get())).contains("schemaName: audit");
            assertThat(adopting.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(adopting.generate().upToDate()).isTrue();
        }
    }

    /** Import writes schema: for the tables of other schemas; the files resolve to the database (no note left). */
    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"H2", "POSTGRESQL"})
    void importWritesTheSchemaOption(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            modelSync(dir.resolve("made"), db).sync();
            Path project = Files.createDirectories(dir.resolve("imported"));
            ModelSync imported = ModelSync.configure().baseDir(project).url(db.url()).username(db.user())
                    .password(db.password()).cacheDirectory(null).load();
            ImportResult result = imported.importModels(ModelImporter.Options.DEFAULT);
            assertThat(result.notes()).isEmpty();
            Path entries = result.writtenFiles().stream().filter(p -> p.getFileName().toString().contains("entries"))
                    .findFirst().orElseThrow();
            assertThat(Files.readString(entries)).contains("schema: audit");
            // the imported models describe the database: baseline records it, then nothing is left to do
            assertThat(imported.baseline().nextChanges()).isEmpty();
            assertThat(imported.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            // what the model language cannot say is reported for a schema's tables too
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("ALTER TABLE audit.\"Tags\" ADD CONSTRAINT \"label_short\" CHECK (LENGTH(\"label\") < 50)");
            }
            assertThat(imported.importModels(new ModelImporter.Options(List.of(), List.of(), true)).notes())
                    .anyMatch(n -> n.startsWith("audit.Tags: check constraint label_short"));
        }
    }

    @Test
    void mariaDbRefusesSchemaWithTheReason() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.MARIADB)) {
            ModelSync ms = modelSync(dir, db);
            ModelSyncException e = catchThrowableOfType(ModelSyncException.class, ms::sync);
            assertThat(e.getMessage()).startsWith("MariaDB/MySQL has no schemas inside a database: Sequelize's mariadb"
                    + " dialect puts a model with schema: audit in another database of that name")
                    .contains("audit.Entries, audit.EntryTags, audit.Tags");
            try (Connection c = db.connect()) {
                assertThat(rows(c, "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"))
                        .containsExactly("0");
            }
        }
    }

    /** Syncs {@link #MODELS}, inserts the tag "kept" (state used), then puts {@code models} in place (no replay cache). */
    private ModelSync oneTagThenModels(TestDatabase db, String models) throws Exception {
        modelSync(dir, db).sync();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO audit.\"Tags\" (\"label\", \"state\", \"createdAt\", \"updatedAt\")"
                    + " VALUES ('kept', 'used', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        Files.writeString(dir.resolve("src/main/models/models.yaml"), models);
        return ModelSync.configure().baseDir(dir).url(db.url()).username(db.user()).password(db.password())
                .cacheDirectory(null).load();
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        return TestDatabase.rows(c, sql);
    }
}
