package dev.modelsync.vocab;

import dev.modelsync.GenerateResult;
import dev.modelsync.ModelSync;
import dev.modelsync.VerifyOptions;
import dev.modelsync.db.Dialect;
import dev.modelsync.problem.ModelSyncException;
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

/**
 * GEOMETRY and index {@code type: SPATIAL} end to end (docs/models.md, Types and Indexes): MariaDB and H2 build the
 * columns and the spatial index, verify finds nothing, a type change is generated and applied; seeds take null only;
 * PostgreSQL (no PostGIS) is refused before anything is written; a SPATIAL index on a nullable column is refused for
 * MariaDB, and on a column that is not GEOMETRY everywhere.
 */
class GeometryTest {
    static String model(String ptType, String more) {
        return """
                models:
                  Place:
                    timestamps: false
                    seedKey: name
                    attributes:
                      name: STRING
                      pt: { type: "%s", allowNull: false }
                      shape: GEOMETRY
                %s
                  Area:
                    timestamps: false
                    seedKey: name
                    attributes:
                      name: STRING
                      zone: GEOMETRY('POLYGON')
                """.formatted(ptType, more);
    }

    static final String SPATIAL = """
                indexes:
                  - { type: SPATIAL, fields: [pt] }\
            """;

    @TempDir
    Path dir;

    private ModelSync modelSync(TestDatabase db, String model) throws Exception {
        return IndexLengthTest.modelSync(dir, db, model);
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = "POSTGRESQL", mode = EnumSource.Mode.EXCLUDE)
    void geometryColumnsAndSpatialIndexAreBuiltChangedVerifiedAndSeededWithNull(Dialect dialect) throws Exception {
        boolean mariadb = dialect == Dialect.MARIADB;
        String first = model("GEOMETRY('POINT', 4326)", SPATIAL);
        try (TestDatabase db = TestDatabase.create(dialect); Connection c = db.connect()) {
            GenerateResult generated = modelSync(db, first).generate();
            assertThat(Files.readString(generated.writtenFile().orElseThrow()))
                    .contains("mariadb(point) else GEOMETRY(POINT, 4326)", "mariadb(geometry) else GEOMETRY")
                    .contains("CREATE SPATIAL INDEX `places_pt` ON `Places` (`pt`)")
                    .contains("CREATE SPATIAL INDEX \"places_pt\" ON \"Places\" (\"pt\")");
            modelSync(db, first).sync();
            assertThat(columnTypes(c, dialect)).containsExactly(mariadb ? "pt point" : "pt GEOMETRY POINT 4326",
                    mariadb ? "shape geometry" : "shape GEOMETRY null null");
            ModelSync same = modelSync(db, first);
            assertThat(same.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(same.generate().upToDate()).isTrue();

            // seeds: null only, a value refused at its line
            Path seeds = Files.createDirectories(dir.resolve("src/test/seeds"));
            Files.writeString(seeds.resolve("a.yaml"), "Area:\n  - { name: nowhere, zone: null }\n  - { name: elsewhere }\n");
            same.seed();
            same.seed(); // again: nothing changes
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT COUNT(*) FROM \"Areas\" WHERE \"zone\" IS NULL")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
            Files.writeString(seeds.resolve("b.yaml"), "Area:\n  - { name: there, zone: 'POLYGON ((0 0, 1 0, 1 1, 0 0))' }\n");
            ProblemException e = catchThrowableOfType(ProblemException.class, same::seed);
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("b.yaml:2").contains("geometry value").contains("null only");

            // a type change: any geometry, no SRID, no spatial index
            String second = model("GEOMETRY", "");
            GenerateResult changed = modelSync(db, second).generate();
            assertThat(Files.readString(changed.writtenFile().orElseThrow())).contains("dropIndex", "places_pt");
            modelSync(db, second).sync();
            assertThat(columnTypes(c, dialect)).first().isEqualTo(mariadb ? "pt geometry" : "pt GEOMETRY null null");
            ModelSync after = modelSync(db, second);
            assertThat(after.verify(VerifyOptions.DEFAULT).findings()).isEmpty();
            assertThat(after.generate().upToDate()).isTrue();
        }
    }

    @Test
    void geometryIsRefusedOnPostgresBeforeAnythingIsWritten() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.POSTGRESQL)) {
            ModelSyncException e = catchThrowableOfType(ModelSyncException.class,
                    () -> modelSync(db, model("GEOMETRY('POINT')", "")).sync());
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("PostGIS").contains("Places.pt (GEOMETRY(POINT))")
                    .contains("Places.shape (GEOMETRY)");
            assertThat(dir.resolve("src/main/resources/db/changelog/changes")).doesNotExist();
        }
    }

    @Test
    void spatialIndexNeedsANotNullGeometryColumnOnMariaDb() throws Exception {
        String model = """
                models:
                  Place:
                    attributes:
                      name: STRING
                      shape: GEOMETRY
                    indexes:
                      - { type: SPATIAL, fields: [shape] }
                      - { type: spatial, fields: [name] }
                """;
        try (TestDatabase db = TestDatabase.create(Dialect.MARIADB)) {
            ProblemException e = catchThrowableOfType(ProblemException.class, () -> modelSync(db, model).generate());
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("model.yaml:7").contains("makes a SPATIAL index on a NOT NULL column only")
                    .contains("model.yaml:8").contains("a SPATIAL index indexes a GEOMETRY column; name is VARCHAR(255)");
        }
    }

    private static java.util.List<String> columnTypes(Connection c, Dialect dialect) throws Exception {
        String sql = dialect == Dialect.MARIADB
                ? "SELECT COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'Places' AND COLUMN_NAME IN ('pt', 'shape') ORDER BY COLUMN_NAME"
                : "SELECT COLUMN_NAME, DATA_TYPE, GEOMETRY_TYPE, GEOMETRY_SRID FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_NAME = 'Places' AND COLUMN_NAME IN ('pt', 'shape') ORDER BY COLUMN_NAME";
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder b = new StringBuilder(rs.getString(1));
                for (int i = 2; i <= rs.getMetaData().getColumnCount(); i++) b.append(' ').append(rs.getString(i));
                out.add(b.toString());
            }
        }
        return out;
    }
}
