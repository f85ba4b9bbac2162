package dev.modelsync;

import dev.modelsync.config.Online;

import dev.modelsync.problem.ModelSyncException;

import dev.modelsync.db.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * docs/migrations.md, "NOT NULL without default on a filled table": refused without allowDestructive, nothing
 * written or applied; with it the changeset fills the existing rows with the type's zero value and
 * goes through, and the changelog reads back so that a second generate / sync is idle.
 */
class SpecNotNullFillConformanceTest {
    static final String CHANGES = "src/main/resources/db/changelog/changes";

    static final String V1 = """
            models:
              User:
                attributes:
                  name: STRING
                  nick: STRING
            """;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aNewNotNullColumnWithoutDefaultOnAFilledTable(Dialect d) throws Exception {
        try (SpecKit k = SpecKit.project(d).model("m.yaml", V1)) {
            k.ms().sync();
            k.exec("INSERT INTO \"Users\" (\"name\") VALUES ('a'), ('b'), ('c')");
            int changelogRows = k.changelogRows();
            k.model("m.yaml", V1 + "      age: { type: INTEGER, allowNull: false }\n");

            // refused: says what allowDestructive would do; nothing written, nothing applied
            String msg = catchThrowableOfType(() -> k.ms().sync(), ModelSyncException.class).getMessage();
            assertThat(msg).contains("  - add column Users.age INTEGER NOT NULL without a default:"
                    + " allowDestructive fills the 3 existing rows with 0 (3 rows at stake)\n");
            assertThat(k.files(CHANGES)).hasSize(1);
            assertThat(k.changelogRows()).isEqualTo(changelogRows);
            assertThat(k.columnNames("Users")).doesNotContain("age");

            String sqlMsg = catchThrowableOfType(() -> k.ms().sql(), ModelSyncException.class).getMessage();
            assertThat(sqlMsg).contains("fills the 3 existing rows with 0 (3 rows at stake)");

            // without a database: the same refusal, without counts
            ModelSync offline = ModelSync.configure().baseDir(k.dir).load();
            String offlineMsg = catchThrowableOfType(offline::generate, ModelSyncException.class).getMessage();
            assertThat(offlineMsg).contains("  - add column Users.age INTEGER NOT NULL without a default:"
                    + " allowDestructive fills the existing rows with 0 [destructive when Users has rows]\n");
            assertThat(k.files(CHANGES)).hasSize(1);

            // allowed: model:sql shows the fill (Liquibase's UPDATE, identifiers quoted), then sync runs it
            List<String> log = new ArrayList<>();
            SqlResult sql = k.ms(true, log::add).sql();
            assertThat(log).contains("Warning: Users.age: 3 existing rows get 0 (allowDestructive);"
                    + " give the attribute a defaultValue to choose the value");
            assertThat(sql.sql()).containsPattern(d == Dialect.MARIADB ? "UPDATE `\\w+`\\.`Users` SET `age` = '0' WHERE `age` IS NULL;"
                    : "UPDATE \"(PUBLIC|public)\"\\.\"Users\" SET \"age\" = '0' WHERE \"age\" IS NULL;")
                    .containsPattern(d == Dialect.MARIADB ? "MODIFY `age` INT NOT NULL" : "ALTER COLUMN +\"age\" SET NOT NULL");
            String q = d == Dialect.MARIADB ? "`" : "\""; // MariaDB: Liquibase quotes with backticks
            assertThat(sql.sql().indexOf("ADD " + q + "age" + q)).isLessThan(sql.sql().indexOf("SET " + q + "age" + q + " = '0'"));
            assertThat(k.columnNames("Users")).doesNotContain("age");
            SyncResult allowed = k.ms(true).sync();
            assertThat(allowed.appliedChangeSets()).isNotEmpty();
            assertThat(k.rows("SELECT \"name\", \"age\" FROM \"Users\" ORDER BY \"id\"")).containsExactly("a|0", "b|0", "c|0");
            assertThat(k.nullable("Users", "age")).isFalse();
            assertThat(k.columnDefault("Users", "age")).isNull();

            // the written form: added nullable, filled and made NOT NULL by addNotNullConstraint
            String file = k.file(CHANGES + "/" + allowed.generated().writtenFile().orElseThrow().getFileName());
            if (d == Dialect.POSTGRESQL) { // the online form, on by default there (docs/migrations.md, "Online changes")
                assertThat(file).contains("name: age\n                  value: '0'\n            where: '\"age\" IS NULL'",
                        "CHECK (\"age\" IS NOT NULL) NOT VALID", "VALIDATE CONSTRAINT \"Users_age_not_null\"");
            } else {
                assertThat(file).contains("""
                                - addColumn:
                                    tableName: Users
                                    columns:
                                      - column:
                                          name: age
                                          type: integer
                                - addNotNullConstraint:
                                    tableName: Users
                                    columnName: age
                                    defaultNullValue: '0'
                        """.stripTrailing());
            }

            // read back exactly: a second generate and sync are idle
            int after = k.changelogRows();
            assertThat(k.ms(true).generate().writtenFile()).isEmpty();
            assertThat(k.ms().sync().appliedChangeSets()).isEmpty();
            assertThat(k.changelogRows()).isEqualTo(after);
            assertThat(k.files(CHANGES)).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aNullableColumnHoldingNullsMadeNotNull(Dialect d) throws Exception {
        try (SpecKit k = SpecKit.project(d).model("m.yaml", V1)) {
            k.ms().sync();
            k.exec("INSERT INTO \"Users\" (\"name\", \"nick\") VALUES ('a', 'x'), ('b', NULL), ('c', NULL)");
            int changelogRows = k.changelogRows();
            k.model("m.yaml", V1.replace("nick: STRING", "nick: { type: STRING, allowNull: false }"));

            String msg = catchThrowableOfType(() -> k.ms().sync(), ModelSyncException.class).getMessage();
            assertThat(msg).contains("  - set NOT NULL on Users.nick without a default:"
                    + " allowDestructive fills the rows holding NULL with '' (2 rows at stake)\n");
            assertThat(k.files(CHANGES)).hasSize(1);
            assertThat(k.changelogRows()).isEqualTo(changelogRows);
            assertThat(k.nullable("Users", "nick")).isTrue();
            assertThat(k.rows("SELECT \"name\" FROM \"Users\" WHERE \"nick\" IS NULL ORDER BY 1")).containsExactly("b", "c");

            List<String> log = new ArrayList<>();
            SyncResult allowed = k.ms(true, log::add).sync();
            assertThat(allowed.appliedChangeSets()).isNotEmpty();
            assertThat(log).contains("Warning: Users.nick: the 2 rows holding NULL get '' (allowDestructive);"
                    + " give the attribute a defaultValue to choose the value");
            assertThat(k.rows("SELECT \"name\", CONCAT('[', \"nick\", ']') FROM \"Users\" ORDER BY \"id\""))
                    .containsExactly("a|[x]", "b|[]", "c|[]");
            assertThat(k.nullable("Users", "nick")).isFalse();
            assertThat(k.columnDefault("Users", "nick")).isNull();
            String file = k.file(CHANGES + "/" + allowed.generated().writtenFile().orElseThrow().getFileName());
            if (d == Dialect.POSTGRESQL) { // the online form
                assertThat(file).contains("name: nick\n                  value: ''\n            where: '\"nick\" IS NULL'",
                        "CHECK (\"nick\" IS NOT NULL) NOT VALID", "VALIDATE CONSTRAINT \"Users_nick_not_null\"");
            } else {
                assertThat(file).contains("""
                                - addNotNullConstraint:
                                    tableName: Users
                                    columnName: nick
                                    defaultNullValue: ''
                        """.stripTrailing());
            }

            int after = k.changelogRows();
            assertThat(k.ms().generate().writtenFile()).isEmpty();
            assertThat(k.ms().sync().appliedChangeSets()).isEmpty();
            assertThat(k.changelogRows()).isEqualTo(after);
        }
    }

    /** attribute → { type, a predicate true of its zero value on both databases }. */
    static final Map<String, String[]> TYPES = new LinkedHashMap<>();
    static final Map<String, String> MARIADB_ZERO = new LinkedHashMap<>();

    static {
        TYPES.put("str", new String[]{"STRING", "%s = ''"});
        TYPES.put("chr", new String[]{"CHAR(3)", "TRIM(%s) = ''"});
        TYPES.put("txt", new String[]{"TEXT", "CHAR_LENGTH(%s) = 0"});
        TYPES.put("int", new String[]{"INTEGER", "%s = 0"});
        TYPES.put("big", new String[]{"BIGINT", "%s = 0"});
        TYPES.put("small", new String[]{"SMALLINT", "%s = 0"});
        TYPES.put("flt", new String[]{"FLOAT", "%s = 0"});
        TYPES.put("rl", new String[]{"REAL", "%s = 0"});
        TYPES.put("dbl", new String[]{"DOUBLE", "%s = 0"});
        TYPES.put("dec", new String[]{"DECIMAL(10,2)", "%s = 0"});
        TYPES.put("bool", new String[]{"BOOLEAN", "%s = FALSE"});
        TYPES.put("ts", new String[]{"DATE", "%s = TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'"});
        TYPES.put("day", new String[]{"DATEONLY", "%s = DATE '1970-01-01'"});
        TYPES.put("tm", new String[]{"TIME", "%s = TIME '00:00:00'"});
        TYPES.put("uid", new String[]{"UUID", "CAST(%s AS VARCHAR(36)) = '00000000-0000-0000-0000-000000000000'"});
        TYPES.put("en", new String[]{"ENUM(open, closed)", "CAST(%s AS VARCHAR(10)) = 'open'"});
        TYPES.put("js", new String[]{"JSON", "CAST(%s AS VARCHAR(10)) = '{}'"});
        TYPES.put("jsb", new String[]{"JSONB", "CAST(%s AS VARCHAR(10)) = '{}'"});
        TYPES.put("bin", new String[]{"BLOB", "OCTET_LENGTH(%s) = 0"});
        // MariaDB: no typed literals, no time zones (DATETIME in UTC), CHAR for VARCHAR in CAST
        MARIADB_ZERO.put("ts", "%s = '1970-01-01 00:00:00'");
        MARIADB_ZERO.put("uid", "%s = '00000000-0000-0000-0000-000000000000'");
        MARIADB_ZERO.put("en", "%s = 'open'");
        MARIADB_ZERO.put("js", "%s = '{}'");
        MARIADB_ZERO.put("jsb", "%s = '{}'");
    }

    /**
     * Every type's zero value is accepted by both databases, for a new column ("a" + attribute) and
     * for an existing nullable one holding NULL ("n" + attribute); the rows keep their other values.
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyTypeGetsAZeroValueBothDatabasesAccept(Dialect d) throws Exception {
        StringBuilder nullable = new StringBuilder("models:\n  Thing:\n    attributes:\n      label: STRING\n");
        StringBuilder notNull = new StringBuilder("models:\n  Thing:\n    attributes:\n      label: STRING\n");
        TYPES.forEach((name, t) -> {
            nullable.append("      n").append(name).append(": '").append(t[0]).append("'\n");
            notNull.append("      n").append(name).append(": { type: '").append(t[0]).append("', allowNull: false }\n");
            notNull.append("      a").append(name).append(": { type: '").append(t[0]).append("', allowNull: false }\n");
        });
        try (SpecKit k = SpecKit.project(d).model("m.yaml", nullable.toString())) {
            k.ms().sync();
            k.exec("INSERT INTO \"Things\" (\"label\") VALUES ('one'), ('two')");
            k.model("m.yaml", notNull.toString());

            String msg = catchThrowableOfType(() -> k.ms().sync(), ModelSyncException.class).getMessage();
            assertThat(msg.lines().filter(l -> l.startsWith("  - "))).hasSize(2 * TYPES.size());
            assertThat(msg).contains("Things.aen ENUM enum_Things_aen NOT NULL without a default: allowDestructive fills the"
                            + " 2 existing rows with 'open'",
                    "Things.ats TIMESTAMPTZ NOT NULL without a default: allowDestructive fills the 2 existing rows with"
                            + " '1970-01-01 00:00:00+00'",
                    "Things.nbin without a default: allowDestructive fills the rows holding NULL with an empty value");

            SyncResult allowed = k.ms(true).sync();
            assertThat(allowed.appliedChangeSets()).isNotEmpty();
            assertThat(k.rows("SELECT \"label\" FROM \"Things\" ORDER BY \"id\"")).containsExactly("one", "two");
            Map<String, Integer> zeros = new LinkedHashMap<>();
            Map<String, Integer> expected = new LinkedHashMap<>();
            for (Map.Entry<String, String[]> e : TYPES.entrySet()) {
                for (String col : List.of("n" + e.getKey(), "a" + e.getKey())) {
                    String predicate = (d == Dialect.MARIADB ? MARIADB_ZERO.getOrDefault(e.getKey(), e.getValue()[1]) : e.getValue()[1])
                            .formatted("\"" + col + "\"");
                    zeros.put(col, Integer.parseInt(k.one("SELECT COUNT(*) FROM \"Things\" WHERE " + predicate)));
                    expected.put(col, 2);
                    assertThat(k.nullable("Things", col)).as(col).isFalse();
                }
            }
            assertThat(zeros).isEqualTo(expected);

            int after = k.changelogRows();
            assertThat(k.ms().generate().writtenFile()).isEmpty();
            assertThat(k.ms().sync().appliedChangeSets()).isEmpty();
            assertThat(k.changelogRows()).isEqualTo(after);
        }
    }

    static final String TEAMS = """
            models:
              Team:
                attributes:
                  title: STRING
              User:
                attributes:
                  name: STRING
            """;

    /**
     * A zero value cannot satisfy a foreign key, nor a unique key over several rows: such a change
     * is refused even with allowDestructive, before anything is written (the changeset would fail).
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aFillThatCannotWorkIsRefusedEvenWithAllowDestructive(Dialect d) throws Exception {
        try (SpecKit k = SpecKit.project(d).model("m.yaml", TEAMS)) {
            k.ms().sync();
            k.exec("INSERT INTO \"Teams\" (\"title\") VALUES ('t')", "INSERT INTO \"Users\" (\"name\") VALUES ('a'), ('b')");
            int changelogRows = k.changelogRows();
            k.model("m.yaml", TEAMS + """
                        associations:
                          - belongsTo: Team
                            foreignKey: { name: TeamId, allowNull: false }
                    """);
            String refused = catchThrowableOfType(() -> k.ms().sync(), ModelSyncException.class).getMessage();
            assertThat(refused).contains("fills the 2 existing rows with 0 (2 rows at stake)",
                    "allowDestructive would not help: Users.TeamId: the 2 existing rows cannot get 0: it references Teams(id)");
            String msg = catchThrowableOfType(() -> k.ms(true).sync(), ModelSyncException.class).getMessage();
            assertThat(msg).startsWith("Refusing 1 change that would fail even with allowDestructive (nothing was written):")
                    .contains("Users.TeamId: the 2 existing rows cannot get 0: it references Teams(id) (foreign key Users_TeamId_fkey)",
                            "Give the attribute a defaultValue that fits, or add it with allowNull: true");
            assertThat(k.files(CHANGES)).hasSize(1);
            assertThat(k.changelogRows()).isEqualTo(changelogRows);
            assertThat(k.columnNames("Users")).doesNotContain("TeamId");

            k.model("m.yaml", TEAMS + "      code: { type: STRING, allowNull: false, unique: true }\n");
            String unique = catchThrowableOfType(() -> k.ms(true).sync(), ModelSyncException.class).getMessage();
            assertThat(unique).contains("Users.code: the 2 existing rows cannot get '': it must be unique (unique constraint Users_code_key)");
            assertThat(k.files(CHANGES)).hasSize(1);
            assertThat(k.changelogRows()).isEqualTo(changelogRows);

            // one row can hold the zero value of a unique column
            k.exec("DELETE FROM \"Users\" WHERE \"name\" = 'b'");
            assertThat(k.ms(true).sync().appliedChangeSets()).isNotEmpty();
            assertThat(k.rows("SELECT \"name\", CONCAT('[', \"code\", ']') FROM \"Users\"")).containsExactly("a|[]");
            assertThat(k.nullable("Users", "code")).isFalse();
        }
    }
}
