package dev.modelsync.vocab;

import dev.modelsync.ModelSync;
import dev.modelsync.VerifyOptions;
import dev.modelsync.db.Dialect;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.testing.TestDatabase;
import dev.modelsync.verify.DriftCodes;
import dev.modelsync.verify.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The MariaDB-specific parts of Sequelize's vocabulary (docs/models.md): written on MariaDB as Sequelize 6's
 * mariadb dialect writes them, no effect on PostgreSQL and H2; each database verifies clean after a sync and a
 * second generate is empty.
 */
class MariaDbVocabularyTest {
    static final String TABLE_OPTIONS = """
            models:
              Gadget:
                engine: MyISAM
                charset: latin1
                collate: latin1_swedish_ci
                initialAutoIncrement: "1000"
                timestamps: false
                comment: what we sell
                attributes:
                  name: { type: STRING, comment: "its name, with a ')' and a $1" }
                  ref: UUID
                  notes: TEXT
              Widget:
                collate: utf8mb4_bin
                timestamps: false
                attributes:
                  name: STRING
              Plain:
                timestamps: false
                attributes:
                  name: STRING
            """;

    @TempDir
    Path dir;
    private final List<String> log = new ArrayList<>();

    private ModelSync modelSync(TestDatabase db, String models) throws Exception {
        Files.createDirectories(dir.resolve("src/main/models"));
        Files.writeString(dir.resolve("src/main/models/models.yaml"), models);
        return ModelSync.configure().baseDir(dir).url(db.url()).username(db.user()).password(db.password()).log(log::add).load();
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    @Test
    void tableOptionsAreWrittenOnMariaDbAndAChangeIsGenerated() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.MARIADB); Connection c = db.connect()) {
            ModelSync ms = modelSync(db, TABLE_OPTIONS);
            ms.sync();
            assertThat(rows(c, "SELECT CONCAT(TABLE_NAME, ' ', ENGINE, ' ', TABLE_COLLATION, ' ', COALESCE(AUTO_INCREMENT, 0))"
                    + " FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('Gadgets', 'Widgets')"
                    + " ORDER BY TABLE_NAME"))
                    .containsExactly("Gadgets MyISAM latin1_swedish_ci 1000", "Widgets InnoDB utf8mb4_bin 1");
            // the columns get the table's character set, a UUID its binary collation (as Sequelize's CREATE TABLE)
            assertThat(rows(c, GADGET_COLUMNS)).containsExactly("name varchar(255) latin1_swedish_ci", "notes text latin1_swedish_ci",
                    "ref char(36) latin1_bin");
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).as("verify after sync").isEmpty();
            assertThat(ms.generate().upToDate()).as("second generate").isTrue();
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO Gadgets (name, ref) VALUES ('Gr\u00fc\u00dfe', 'abc')");
            }

            // the model changes the engine, the character set and the collation; a table created with the database's
            // defaults is given a character set; the initial AUTO_INCREMENT changes nothing (it counts at creation)
            ms = modelSync(db, TABLE_OPTIONS.replace("engine: MyISAM", "engine: InnoDB").replace("charset: latin1", "charset: utf8mb4")
                    .replace("collate: latin1_swedish_ci", "collate: utf8mb4_unicode_ci").replace("\"1000\"", "\"5000\"")
                    .replace("  Plain:\n", "  Plain:\n    charset: latin1\n"));
            // verify: the changelog lags the model, the tables differ from it
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).extracting(Finding::code).containsExactly(
                    DriftCodes.CHANGELOG_LAGS, DriftCodes.CHANGELOG_LAGS, DriftCodes.TABLE_OPTIONS_MISMATCH, DriftCodes.TABLE_OPTIONS_MISMATCH);
            var generated = ms.generate();
            assertThat(generated.changes()).extracting(dev.modelsync.diff.ChangeDescriber::describe).containsExactly(
                    "change table options of Gadgets on MariaDB/MySQL: engine MyISAM → InnoDB, charset latin1 → utf8mb4,"
                            + " collate latin1_swedish_ci → utf8mb4_unicode_ci (its text columns converted)",
                    "change table options of Plains on MariaDB/MySQL: charset (default) → latin1, collate (default) → (default)"
                            + " (its text columns converted)");
            assertThat(Files.readString(generated.writtenFile().orElseThrow())).contains("dbms: mariadb,mysql",
                    "ALTER TABLE `Gadgets` ENGINE=InnoDB, DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,"
                            + " MODIFY COLUMN `name` VARCHAR(255) NULL COMMENT 'its name, with a '')'' and a $1', MODIFY COLUMN `ref` CHAR(36) BINARY NULL",
                    "ALTER TABLE `Plains` DEFAULT CHARACTER SET latin1, MODIFY COLUMN `name` VARCHAR(255) NULL");
            log.clear();
            ms.sync();
            // the copy of each table blocks its writers: reported as a hazard, as other blocking DDL
            assertThat(log).filteredOn(l -> l.startsWith("Hazard ")).extracting(l -> l.replaceAll(" table-copy \\S+", "").replaceAll(": .*", ""))
                    .containsExactly("Hazard MS113 (Gadgets)", "Hazard MS113 (Plains)");
            assertThat(log).filteredOn(l -> l.startsWith("Hazard ")).first().asString()
                    .contains("copies the whole table (ALGORITHM=COPY), blocking every write", "[ALTER TABLE `Gadgets` ENGINE=InnoDB");
            // the table is as if created with the new options: its text columns converted, their types and the UUID's
            // binary collation kept, every row kept
            assertThat(rows(c, "SELECT CONCAT(TABLE_NAME, ' ', ENGINE, ' ', TABLE_COLLATION) FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('Gadgets', 'Plains') ORDER BY TABLE_NAME"))
                    .containsExactly("Gadgets InnoDB utf8mb4_unicode_ci", "Plains InnoDB latin1_swedish_ci");
            // (CONVERT TO CHARACTER SET utf8mb4 would have made notes MEDIUMTEXT and ref utf8mb4_unicode_ci)
            assertThat(rows(c, GADGET_COLUMNS)).containsExactly("name varchar(255) utf8mb4_unicode_ci", "notes text utf8mb4_unicode_ci",
                    "ref char(36) utf8mb4_bin");
            assertThat(rows(c, "SELECT name FROM Gadgets")).containsExactly("Gr\u00fc\u00dfe");
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).as("verify after the change").isEmpty();
            assertThat(ms.generate().upToDate()).as("generate after the change").isTrue();
        }
    }

    private static final String GADGET_COLUMNS = "SELECT CONCAT(COLUMN_NAME, ' ', COLUMN_TYPE, ' ', COLLATION_NAME)"
            + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'Gadgets'"
            + " AND COLLATION_NAME IS NOT NULL ORDER BY COLUMN_NAME";

    static final String INTEGERS = """
            models:
              Counter:
                timestamps: false
                attributes:
                  id: { type: INTEGER.UNSIGNED, primaryKey: true, autoIncrement: true }
                  tiny: TINYINT
                  tinyU: TINYINT.UNSIGNED
                  medium: MEDIUMINT(7).UNSIGNED
                  hits: { type: INTEGER, allowNull: false, defaultValue: 3, comment: page hits }
                  body: TEXT
            """;

    @Test
    void typeModifiersAreKeptOnMariaDbAndAChangeOfThemIsGenerated() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.MARIADB); Connection c = db.connect()) {
            ModelSync ms = modelSync(db, INTEGERS);
            ms.sync();
            String types = "SELECT CONCAT(COLUMN_NAME, ' ', COLUMN_TYPE, ' ', IS_NULLABLE, ' ', COALESCE(COLUMN_DEFAULT, '-'),"
                    + " ' ', COLUMN_COMMENT) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME = 'Counters' ORDER BY ORDINAL_POSITION";
            assertThat(rows(c, types)).containsExactly("id int(10) unsigned NO - ", "tiny tinyint(4) YES NULL ",
                    "tinyU tinyint(3) unsigned YES NULL ", "medium mediumint(7) unsigned YES NULL ",
                    "hits int(11) NO 3 page hits", "body text YES NULL ");
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).as("verify after sync").isEmpty();
            assertThat(ms.generate().upToDate()).as("second generate").isTrue();

            // UNSIGNED added later narrows the column (negative values): refused as destructive
            ModelSyncException narrow = catchThrowableOfType(ModelSyncException.class, () -> modelSync(db,
                    INTEGERS.replace("type: INTEGER, allowNull", "type: INTEGER.UNSIGNED, allowNull")).generate());
            assertThat(narrow).isNotNull();
            assertThat(narrow.getMessage()).contains("narrow Counters.hits INTEGER → INTEGER (mariadb int unsigned)");
            // a display width and a larger TEXT: the columns are restated, keeping NOT NULL, default and comment
            ms = modelSync(db, INTEGERS.replace("type: INTEGER, allowNull", "type: INTEGER(8), allowNull")
                    .replace("tinyU: TINYINT.UNSIGNED", "tinyU: TINYINT(2).ZEROFILL")
                    .replace("body: TEXT", "body: TEXT('medium')"));
            assertThat(ms.generate().upToDate()).isFalse();
            ms.sync();
            assertThat(rows(c, types)).contains("hits int(8) NO 3 page hits", "tinyU tinyint(2) unsigned zerofill YES NULL ",
                    "body mediumtext YES NULL ");
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(ms.generate().upToDate()).isTrue();
        }
    }

    @Test
    void importReadsTypeModifiersAndTableOptionsBackOnMariaDb() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.MARIADB); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE `gadgets` (`id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                    + " `level` TINYINT, `stock` MEDIUMINT(7) UNSIGNED, `code` INT(5) UNSIGNED ZEROFILL,"
                    + " `price` DECIMAL(10,2) UNSIGNED, `notes` TINYTEXT, `body` LONGTEXT, `pic` MEDIUMBLOB,"
                    + " `seenAt` DATETIME(6), `name` VARCHAR(40))"
                    + " ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci");
            Files.createDirectories(dir.resolve("src/main/models"));
            ModelSync ms = ModelSync.configure().baseDir(dir).url(db.url()).username(db.user()).password(db.password())
                    .cacheDirectory(null).load();
            dev.modelsync.ImportResult imported = ms.importModels(dev.modelsync.ModelImporter.Options.DEFAULT);
            StringBuilder files = new StringBuilder();
            for (Path p : imported.writtenFiles()) files.append(Files.readString(p));
            assertThat(files.toString()).contains("engine: MyISAM", "charset: latin1", "collate: latin1_swedish_ci",
                    "INTEGER.UNSIGNED", "TINYINT", "MEDIUMINT(7).UNSIGNED", "INTEGER(5).UNSIGNED.ZEROFILL",
                    "DECIMAL(10,2).UNSIGNED", "TEXT('tiny')", "TEXT('long')", "BLOB('medium')", "DATE(6)");
            ms.baseline();
            assertThat(ms.generate().writtenFile()).as("generate after import and baseline; files:\n" + files).isEmpty();
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).as("verify; files:\n" + files).isEmpty();
        }
    }

    @Test
    void tinyintAndMediumintAreSmallintAndIntegerOnH2() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.H2); Connection c = db.connect()) {
            ModelSync ms = modelSync(db, INTEGERS);
            ms.sync();
            assertThat(rows(c, "SELECT CONCAT(COLUMN_NAME, ' ', DATA_TYPE) FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_NAME = 'Counters' ORDER BY ORDINAL_POSITION"))
                    .containsExactly("id INTEGER", "tiny SMALLINT", "tinyU SMALLINT", "medium INTEGER", "hits INTEGER",
                            "body CHARACTER LARGE OBJECT");
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(ms.generate().upToDate()).isTrue();
        }
    }

    @Test
    void tinyintAndMediumintAreRefusedOnPostgresBeforeAnythingIsWritten() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.POSTGRESQL)) {
            ModelSync ms = modelSync(db, INTEGERS);
            ModelSyncException e = catchThrowableOfType(ModelSyncException.class, ms::sync);
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("PostgreSQL has no equivalent of the MariaDB/MySQL-only types of "
                    + "Counters.tiny (tinyint), Counters.tinyU (tinyint), Counters.medium (mediumint)")
                    .contains("write SMALLINT for TINYINT and INTEGER for MEDIUMINT");
            assertThat(dir.resolve("src/main/resources/db/changelog/changes")).doesNotExist();
        }
    }

    @Test
    void underSequelize7TinyintAndMediumintAreSmallintAndIntegerOnPostgresAndUnsignedWidens() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.POSTGRESQL); Connection c = db.connect()) {
            ModelSync ms = modelSync(db, "conventions: sequelize7\n" + INTEGERS);
            ms.sync();
            assertThat(rows(c, "SELECT column_name || ' ' || data_type FROM information_schema.columns"
                    + " WHERE table_name = 'Counters' ORDER BY ordinal_position"))
                    .containsExactly("id bigint", "tiny smallint", "tinyU smallint", "medium integer", "hits integer",
                            "body text");
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(ms.generate().upToDate()).isTrue();
            // what Sequelize 7's PostgreSQL dialect refuses: ZEROFILL, and UNSIGNED on BIGINT
            for (String type : List.of("BIGINT.UNSIGNED", "INTEGER(5).ZEROFILL", "DECIMAL(10, 2).ZEROFILL")) {
                ModelSync refused = modelSync(db, "conventions: sequelize7\nmodels:\n  Gauge:\n    attributes:\n      v: " + type + "\n");
                assertThatThrownBy(refused::sync).as(type).hasMessageContaining("Sequelize 7 refuses ZEROFILL, and UNSIGNED on BIGINT")
                        .hasMessageContaining("Gauges.v");
            }
            assertThat(rows(c, "SELECT table_name FROM information_schema.tables WHERE table_name = 'Gauges'")).isEmpty();
        }
    }

    /** Sequelize 6 makes DATE(6) a datetime(6) on MariaDB: seed values keep their microseconds there. */
    @Test
    void onMariaDbADateWithFractionalSecondsKeepsThemInSeeds() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.MARIADB); Connection c = db.connect()) {
            ModelSync ms = modelSync(db, "models:\n  Reading:\n    timestamps: false\n    attributes:\n      at6: DATE(6)\n"
                    + "      at: DATE\n");
            ms.sync();
            Files.createDirectories(dir.resolve("src/test/seeds"));
            Files.writeString(dir.resolve("src/test/seeds/readings.yaml"),
                    "Reading:\n  - { id: 1, at6: \"2024-05-01T10:30:00.123456Z\", at: \"2024-05-01T10:30:00.123456Z\" }\n");
            assertThat(ms.seed().inserted()).containsEntry("Readings", 1);
            assertThat(rows(c, "SELECT CONCAT(at6, ' ', at) FROM Readings")).containsExactly("2024-05-01 10:30:00.123456 2024-05-01 10:30:00");
            assertThat(ms.seed().unchanged()).as("a rerun").containsEntry("Readings", 1);
        }
    }

    static final String DATES = """
            conventions: sequelize7
            models:
              Reading:
                timestamps: false
                attributes:
                  at6: DATE(6)
                  at3: { type: DATE(3), allowNull: false, defaultValue: NOW }
                  at: DATE
            """;

    /** Sequelize 7 makes DATE(n) a timestamp(n) with time zone on PostgreSQL (Sequelize 6 drops n there). */
    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "H2"})
    void underSequelize7DateKeepsItsFractionalSecondsOnPostgresAndH2(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            boolean pg = dialect == Dialect.POSTGRESQL;
            String types = pg ? "SELECT attname || ' ' || format_type(atttypid, atttypmod) FROM pg_attribute"
                    + " WHERE attrelid = '\"Readings\"'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum"
                    : "SELECT COLUMN_NAME || ' ' || DATA_TYPE || ' ' || COALESCE(DATETIME_PRECISION, 0)"
                    + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'Readings' ORDER BY ORDINAL_POSITION";
            ModelSync ms = modelSync(db, DATES);
            ms.sync();
            assertThat(rows(c, types)).containsExactly(pg
                    ? new String[]{"id integer", "at6 timestamp(6) with time zone", "at3 timestamp(3) with time zone",
                    "at timestamp with time zone"}
                    : new String[]{"id INTEGER 0", "at6 TIMESTAMP WITH TIME ZONE 6", "at3 TIMESTAMP WITH TIME ZONE 3",
                    "at TIMESTAMP WITH TIME ZONE 6"});
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).as("verify after sync").isEmpty();
            assertThat(ms.generate().upToDate()).as("second generate").isTrue();
            // a seed value with more digits than the column keeps is cut to them: a rerun changes nothing
            Files.createDirectories(dir.resolve("src/test/seeds"));
            Files.writeString(dir.resolve("src/test/seeds/readings.yaml"),
                    "Reading:\n  - { id: 1, at3: \"2024-05-01T10:30:00.123456Z\", at6: \"2024-05-01T10:30:00.123456Z\" }\n");
            assertThat(ms.seed().inserted()).containsEntry("Readings", 1);
            assertThat(ms.seed().unchanged()).containsEntry("Readings", 1);

            // fewer fractional digits round the values: refused as destructive
            ModelSyncException narrow = catchThrowableOfType(ModelSyncException.class,
                    () -> modelSync(db, DATES.replace("at6: DATE(6)", "at6: DATE(3)")).generate());
            assertThat(narrow).isNotNull();
            assertThat(narrow.getMessage()).contains("narrow Readings.at6 TIMESTAMPTZ(6) (mariadb datetime(6)) → TIMESTAMPTZ(3)");
            // more keep them: generated and applied, NOT NULL and the default kept
            ms = modelSync(db, DATES.replace("type: DATE(3)", "type: DATE(6)"));
            assertThat(ms.generate().upToDate()).isFalse();
            ms.sync();
            assertThat(rows(c, types)).contains(pg ? "at3 timestamp(6) with time zone" : "at3 TIMESTAMP WITH TIME ZONE 6");
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(ms.generate().upToDate()).isTrue();

            // import writes the fractional seconds back (H2 cannot tell DATE(6) from DATE)
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE \"Stamps\" (\"id\" INTEGER NOT NULL CONSTRAINT \"Stamps_pkey\" PRIMARY KEY,"
                        + " \"at3\" TIMESTAMP(3) WITH TIME ZONE, \"at6\" TIMESTAMP(6) WITH TIME ZONE)");
            }
            Path other = dir.resolve("imported");
            Files.createDirectories(other.resolve("src/main/models"));
            ModelSync imp = ModelSync.configure().baseDir(other).url(db.url()).username(db.user()).password(db.password())
                    .cacheDirectory(null).load();
            StringBuilder files = new StringBuilder();
            for (Path p : imp.importModels(dev.modelsync.ModelImporter.Options.DEFAULT).writtenFiles()) {
                files.append(Files.readString(p));
            }
            assertThat(files.toString()).contains("conventions: sequelize7", "at3: DATE(3)", pg ? "at6: DATE(6)" : "at6: DATE");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "H2"})
    void tableOptionsChangeNothingOnPostgresAndH2(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            ModelSync ms = modelSync(db, TABLE_OPTIONS);
            ms.sync();
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(ms.generate().upToDate()).isTrue();
            // a change of the options is written and applied as a changeset that does nothing here
            ms = modelSync(db, TABLE_OPTIONS.replace("engine: MyISAM", "engine: InnoDB").replace("charset: latin1", "charset: utf8mb4")
                    .replace("collate: latin1_swedish_ci", "collate: utf8mb4_bin"));
            assertThat(ms.generate().changes()).hasSize(1);
            ms.sync();
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(ms.generate().upToDate()).isTrue();
        }
    }
}
