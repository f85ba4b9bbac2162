package dev.modelsync.seed;

import dev.modelsync.seed.write.RowWriter;
import dev.modelsync.ModelSync;
import dev.modelsync.SeedResult;
import dev.modelsync.db.Dialect;
import dev.modelsync.problem.Problem;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Large groups of new rows go through the database's bulk path (docs/seeding.md, "Large loads"): COPY on
 * PostgreSQL, LOAD DATA LOCAL INFILE on MariaDB, batched INSERTs on H2. Every kind of value comes back
 * as seeded (a second seed finds every row unchanged), and a row the database refuses is still named.
 */
class BulkInsertTest {
    static final String MODELS = """
            models:
              Thing:
                seedKey: code
                attributes:
                  code: { type: STRING(20), allowNull: false }
                  label: STRING
                  fixed: CHAR(4)
                  body: TEXT
                  small: SMALLINT
                  count: INTEGER
                  big: BIGINT
                  measure: DOUBLE
                  price: DECIMAL(10, 2)
                  active: BOOLEAN
                  at: DATE
                  day: DATEONLY
                  time: TIME
                  uid: UUID
                  token: { type: UUID, defaultValue: UUIDV4 }
                  doc: JSON
                  data: BLOB
                  kind: "ENUM(small, large)"
                  tier: { type: STRING, defaultValue: basic }
            """;

    static final int ROWS = 2_500; // above the bulk threshold (2,000)

    @TempDir
    Path dir;

    private static final Map<Dialect, String> BULK = Map.of(Dialect.POSTGRESQL, RowWriter.COPY,
            Dialect.MARIADB, RowWriter.LOAD_DATA, Dialect.H2, RowWriter.BATCHES);

    /** A label with every character the bulk formats escape (tab, newline, CR, backslash, a literal \N) and non-ASCII text. */
    static String label(int i) {
        return "tab\there, line\nbreak, cr\r, back\\slash, \\N, quotes ' \" , Zoë 東京 😀 #" + i;
    }

    static byte[] bytes(int i) {
        return new byte[] {0, 9, 10, 13, 92, (byte) 0xff, (byte) i, 78};
    }

    private static String seedFile() {
        StringBuilder y = new StringBuilder("Thing:\n");
        for (int i = 0; i < ROWS; i++) {
            y.append("  - code: c").append(i).append('\n');
            if (i % 5 == 4) continue; // the rest null (or the default)
            y.append("    label: \"").append(label(i).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                    .replace("\r", "\\r").replace("\"", "\\\"")).append("\"\n")
                    .append("    fixed: ab").append(i % 10).append("z\n")
                    .append("    body: |\n      first line ").append(i).append("\n      second\\line\n")
                    .append("    small: ").append(-i % 300).append('\n')
                    .append("    count: ").append(i * 1000).append('\n')
                    .append("    big: ").append(9_000_000_000_000L + i).append('\n')
                    .append("    measure: ").append(i).append(".125\n")
                    .append("    price: ").append(i).append(".5\n")
                    .append("    active: ").append(i % 2 == 0).append('\n')
                    .append("    at: 2024-05-01T10:30:").append(String.format("%02d.%06d", i % 60, i)).append("Z\n")
                    .append("    day: 2024-02-29\n")
                    .append("    time: \"12:30:15.25\"\n")
                    .append("    uid: 123e4567-e89b-12d3-a456-4266141").append(String.format("%05d", i)).append('\n')
                    .append("    doc: { n: ").append(i).append(", s: \"x\\ty\", list: [1, 2.5, true] }\n")
                    .append("    data: ").append(Base64.getEncoder().encodeToString(bytes(i))).append('\n')
                    .append("    kind: ").append(i % 3 == 0 ? "small" : "large").append('\n');
        }
        return y.toString();
    }

    /** The project, synced to {@code db}, with the seed file of {@link #ROWS} things. */
    private ModelSync synced(TestDatabase db, String urlSuffix) throws Exception {
        Files.createDirectories(dir.resolve("src/main/models"));
        Files.writeString(dir.resolve("src/main/models/models.yaml"), MODELS);
        Files.createDirectories(dir.resolve("src/test/seeds"));
        Files.writeString(dir.resolve("src/test/seeds/things.yaml"), seedFile());
        ModelSync ms = ModelSync.configure().baseDir(dir).url(db.url() + urlSuffix).username(db.user())
                .password(db.password()).log(log::add).load();
        ms.sync();
        return ms;
    }

    private final List<String> log = new ArrayList<>();

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void largeGroupsGoThroughTheBulkPathAndEveryValueComesBackAsSeeded(Dialect dialect) throws Exception {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            ModelSync ms = synced(db, "");
            SeedResult first = ms.seed();
            assertThat(first.inserted()).containsEntry("Things", ROWS);
            assertThat(log).filteredOn(l -> l.startsWith("seed: Things: ") && l.contains(" inserted"))
                    .singleElement().asString().endsWith("inserted by " + BULK.get(dialect) + ")");
            try (Connection c = db.connect()) {
                assertThat(rows(c, "SELECT \"label\", \"fixed\", \"body\", \"small\", \"count\", \"big\","
                        + " CASE WHEN \"active\" THEN 'yes' ELSE 'no' END, \"day\", \"kind\", \"tier\""
                        + " FROM \"Things\" WHERE \"code\" = 'c7'"))
                        .containsExactly(List.of(label(7), "ab7z", "first line 7\nsecond\\line\n", "-7", "7000",
                                "9000000000007", "no", "2024-02-29", "large", "basic"));
                assertThat(rows(c, "SELECT \"label\", \"fixed\", \"small\", \"active\", \"kind\", \"tier\""
                        + " FROM \"Things\" WHERE \"code\" = 'c9'"))
                        .containsExactly(java.util.Arrays.asList(null, null, null, null, null, "basic"));
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT \"data\", \"token\" FROM \"Things\" WHERE \"code\" = 'c8'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(HexFormat.of().formatHex(rs.getBytes(1))).isEqualTo(HexFormat.of().formatHex(bytes(8)));
                    assertThat(rs.getString(2)).hasSize(36);
                }
            }
            SeedResult again = ms.seed();
            assertThat(again.unchanged()).containsEntry("Things", ROWS);
            assertThat(again.totalUpdated()).isZero();
            assertThat(again.totalInserted()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRowTheDatabaseRefusesInALargeLoadIsNamedAndNothingIsWritten(Dialect dialect) throws Exception {
        // LOAD DATA LOCAL skips a duplicate with a warning instead of failing: the seed must not take that as done.
        // The unique index is the database's alone (not in the model), so only the database can refuse the row.
        try (TestDatabase db = TestDatabase.create(dialect)) {
            ModelSync ms = synced(db, "");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE UNIQUE INDEX \"extraUnique\" ON \"Things\" (\"count\")");
                s.execute("INSERT INTO \"Things\" (\"code\", \"count\", \"createdAt\", \"updatedAt\")"
                        + " VALUES ('other', 1233000, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            ProblemException e = catchThrowableOfType(ProblemException.class, ms::seed);
            assertThat(e).as("seeding should fail").isNotNull();
            assertThat(e.problems()).singleElement().extracting(Problem::toString).asString()
                    .startsWith("src/test/seeds/things.yaml:" + lineOf(1233) + ":5: the database refused this row of Things: ");
            try (Connection c = db.connect()) {
                assertThat(rows(c, "SELECT COUNT(*) FROM \"Things\"")).containsExactly(List.of("1"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void fractionsOfASecondSeedTwiceWithoutAChangeInSmallGroupsToo(Dialect dialect) throws Exception {
        // MariaDB's DATETIME and TIME and H2's TIME (as created) keep whole seconds: the fraction must not count as a change
        try (TestDatabase db = TestDatabase.create(dialect)) {
            ModelSync ms = synced(db, "");
            Files.writeString(dir.resolve("src/test/seeds/things.yaml"), """
                    Thing:
                      - { code: a, at: "2024-05-01T10:30:00.999999Z", time: "10:00:00.5" }
                      - { code: b, at: "2024-05-01T10:30:00.5+02:00" }
                    """);
            assertThat(ms.seed().inserted()).containsEntry("Things", 2);
            SeedResult again = ms.seed();
            assertThat(again.unchanged()).containsEntry("Things", 2);
            assertThat(again.totalUpdated()).isZero();
            try (Connection c = db.connect()) {
                String at = rows(c, "SELECT \"at\" FROM \"Things\" WHERE \"code\" = 'a'").get(0).get(0);
                assertThat(at).startsWith(dialect == Dialect.MARIADB ? "2024-05-01 10:30:00" : "2024-05-01");
                if (dialect == Dialect.MARIADB) assertThat(at).doesNotContain(".5").doesNotContain("31");
            }
        }
    }

    @Test
    void onMariaDbWithoutLocalInfileTheRowsGoAsBatchesAndTheLogSaysWhy() throws Exception {
        // MySQL 8 turns local_infile off by default; the driver refuses it with allowLocalInfile=false
        try (TestDatabase db = TestDatabase.create(Dialect.MARIADB)) {
            ModelSync ms = synced(db, "?allowLocalInfile=false");
            assertThat(ms.seed().inserted()).containsEntry("Things", ROWS);
            assertThat(log).filteredOn(l -> l.startsWith("seed: Things: ") && l.contains(" inserted"))
                    .singleElement().asString().endsWith("inserted by " + RowWriter.BATCHES + ")");
            assertThat(log).filteredOn(l -> l.startsWith("seed: LOAD DATA LOCAL INFILE is not available ("))
                    .singleElement().asString().contains("allow local_infile on the server");
            assertThat(ms.seed().unchanged()).containsEntry("Things", ROWS);
        }
    }

    /** The line of row {@code i}'s first key in {@link #seedFile}. */
    private static int lineOf(int i) {
        String[] lines = seedFile().split("\n", -1);
        for (int n = 0; n < lines.length; n++) if (lines[n].equals("  - code: c" + i)) return n + 1;
        throw new IllegalArgumentException("no row " + i);
    }

    private static List<List<String>> rows(Connection c, String sql) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> r = new ArrayList<>();
                for (int i = 1; i <= n; i++) r.add(rs.getString(i));
                out.add(r);
            }
        }
        return out;
    }
}
