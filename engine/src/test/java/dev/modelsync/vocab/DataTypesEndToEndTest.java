package dev.modelsync.vocab;

import dev.modelsync.ModelSync;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.VerifyOptions;
import dev.modelsync.db.Dialect;
import dev.modelsync.problem.ProblemException;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Sequelize's DataTypes beyond the basic table, through the facade: sync, verify and seed. */
class DataTypesEndToEndTest {
    static final String MODELS = """
            models:
              Member:
                seedKey: email
                attributes:
                  email: { type: DataTypes.CITEXT, allowNull: false, unique: true }
                  visits: DataTypes.INTEGER.UNSIGNED
                  fullName: { type: DataTypes.VIRTUAL }
            """;

    @TempDir
    Path dir;

    private ModelSync modelSync(TestDatabase db, String models) throws Exception {
        Files.createDirectories(dir.resolve("src/main/models"));
        Files.writeString(dir.resolve("src/main/models/models.yaml"), models);
        return ModelSync.configure().baseDir(dir).url(db.url()).username(db.user()).password(db.password()).load();
    }

    @ParameterizedTest
    // citext is a PostgreSQL extension type with no equivalent on MariaDB/MySQL: there sync refuses it
    // (postgresOnlyTypesCitextIncludedAreRefusedOnMariaDbBeforeAnythingIsWritten)
    @EnumSource(value = Dialect.class, names = "MARIADB", mode = EnumSource.Mode.EXCLUDE)
    void citextComparesWithoutCaseAndVirtualMakesNoColumn(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect).withExtensions()) {
            ModelSync ms = modelSync(db, MODELS);
            ms.sync();
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).as("verify after sync").isEmpty();
            Path seeds = Files.createDirectories(dir.resolve("src/test/seeds"));
            Files.writeString(seeds.resolve("a.yaml"), "Member:\n  - { email: Ann@Example.com, visits: 3 }\n");
            ms.seed();
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT \"visits\" FROM \"Members\" WHERE \"email\" = 'ann@example.COM'")) {
                assertThat(rs.next()).as("case-insensitive match").isTrue();
                assertThat(rs.getInt(1)).isEqualTo(3);
            }
            try (Connection c = db.connect();
                 ResultSet rs = c.getMetaData().getColumns(null, null, "Members", "fullName")) {
                assertThat(rs.next()).as("no column for the VIRTUAL attribute").isFalse();
            }
            Files.writeString(seeds.resolve("b.yaml"), "Member:\n  - { email: bo@example.com, fullName: Bo }\n");
            ProblemException e = catchThrowableOfType(ProblemException.class, ms::seed);
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("b.yaml:2").contains("'fullName' is a VIRTUAL attribute of Member");
        }
    }

    @Test
    void postgresOnlyTypesAreRefusedOnH2BeforeAnythingIsWritten() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.H2)) {
            ModelSync ms = modelSync(db, """
                    models:
                      Host:
                        attributes:
                          ip: DataTypes.INET
                          tags: ARRAY(TEXT)
                    """);
            ModelSyncException e = catchThrowableOfType(ModelSyncException.class, ms::sync);
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("H2 has no equivalent").contains("Hosts.ip (inet)")
                    .contains("Hosts.tags (text[])");
            assertThat(dir.resolve("src/main/resources/db/changelog/changes")).doesNotExist();
        }
    }

    @Test
    void postgresOnlyTypesCitextIncludedAreRefusedOnMariaDbBeforeAnythingIsWritten() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.MARIADB)) {
            ModelSync ms = modelSync(db, """
                    models:
                      Host:
                        attributes:
                          ip: DataTypes.INET
                          name: CITEXT
                    """);
            ModelSyncException e = catchThrowableOfType(ModelSyncException.class, ms::sync);
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("MariaDB/MySQL has no equivalent").contains("Hosts.ip (inet)")
                    .contains("Hosts.name (citext)");
            assertThat(dir.resolve("src/main/resources/db/changelog/changes")).doesNotExist();
        }
    }

    @Test
    void postgresOnlyTypesSyncVerifyAndSeedOnPostgres() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.POSTGRESQL).withExtensions()) {
            ModelSync ms = modelSync(db, """
                    models:
                      Host:
                        seedKey: name
                        attributes:
                          name: STRING
                          ip: DataTypes.INET
                          tags: ARRAY(DataTypes.STRING(20))
                          hours: RANGE(INTEGER)
                          meta: HSTORE
                    """);
            ms.sync();
            assertThat(ms.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            Path seeds = Files.createDirectories(dir.resolve("src/test/seeds"));
            Files.writeString(seeds.resolve("a.yaml"), """
                    Host:
                      - { name: web, ip: 10.0.0.1, tags: [a, "b c"], hours: "[8,18)", meta: "x=>1" }
                    """);
            ms.seed();
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT host(\"ip\"), array_length(\"tags\", 1), \"tags\"[2],"
                         + " upper(\"hours\"), \"meta\" -> 'x' FROM \"Hosts\"")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("10.0.0.1");
                assertThat(rs.getInt(2)).isEqualTo(2);
                assertThat(rs.getString(3)).isEqualTo("b c");
                assertThat(rs.getInt(4)).isEqualTo(18);
                assertThat(rs.getString(5)).isEqualTo("1");
            }
        }
    }

    @Test
    void aSeedErrorShowsTheValidatorsMsg() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.H2)) {
            ModelSync ms = modelSync(db, """
                    models:
                      Coupon:
                        attributes:
                          code:
                            type: STRING
                            validate:
                              isUppercase: { msg: "codes are upper case" }
                              len: { args: [4, 8], msg: "4 to 8 characters" }
                              isAlphanumeric: true
                          site: { type: STRING, validate: { isUrl: true, notContains: "http://" } }
                    """);
            ms.sync();
            Path seeds = Files.createDirectories(dir.resolve("src/test/seeds"));
            Files.writeString(seeds.resolve("a.yaml"), """
                    Coupon:
                      - { code: SPRING24, site: "https://shop.example.com" }
                      - { code: summer, site: "https://shop.example.com" }
                    """);
            ProblemException e = catchThrowableOfType(ProblemException.class, ms::seed);
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("a.yaml:3").contains("codes are upper case").doesNotContain("SPRING24");
        }
    }
}
