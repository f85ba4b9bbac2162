package dev.modelsync;

import dev.modelsync.problem.ModelSyncException;

import dev.modelsync.db.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** docs/migrations.md, statement by statement, through the facade. */
class SpecMigrationsConformanceTest {
    static final String CHANGELOG = "src/main/resources/db/changelog/";
    static final String MASTER = CHANGELOG + "db.changelog-master.yaml";

    static final String V1 = """
            models:
              User:
                attributes:
                  email: { type: STRING, unique: true }
                  name: STRING
                indexes:
                  - fields: [name]
                associations:
                  - belongsToMany: Project
                    through: UserProject
              Project:
                attributes:
                  title: STRING
                associations:
                  - belongsToMany: User
                    through: UserProject
                  - belongsTo: User
                    as: owner
            """;

    @Test
    void generatingNeedsNoDatabaseAndWritesMasterPlusOneFilePerGeneration() {
        try (SpecKit k = SpecKit.project().model("m.yaml", V1)) {
            // an unreachable database: generate must not touch it
            ModelSync ms = ModelSync.configure().baseDir(k.dir).url("jdbc:postgresql://127.0.0.1:1/nowhere").load();
            GenerateResult first = ms.generate();
            assertThat(first.writtenFile()).contains(k.dir.resolve(CHANGELOG + "changes/0001-initial-schema.yaml"));
            assertThat(k.files(CHANGELOG)).containsExactly("changes", "db.changelog-master.yaml");
            assertThat(k.file(MASTER)).contains("changes/0001-initial-schema.yaml");

            assertThat(ms.generate().writtenFile()).isEmpty();
            assertThat(k.files(CHANGELOG + "changes")).containsExactly("0001-initial-schema.yaml");

            k.model("m.yaml", V1.replace("      name: STRING\n", "      name: STRING\n      age: INTEGER\n"));
            GenerateResult second = ms.generate();
            assertThat(second.writtenFile()).isPresent();
            String name = second.writtenFile().get().getFileName().toString();
            assertThat(name).startsWith("0002-");
            assertThat(k.files(CHANGELOG + "changes")).containsExactly("0001-initial-schema.yaml", name);
            assertThat(k.file(MASTER)).contains("changes/0001-initial-schema.yaml", "changes/" + name);
            assertThat(k.file(MASTER).indexOf("0001-")).isLessThan(k.file(MASTER).indexOf("0002-"));
        }
    }

    @Test
    void constraintsAndIndexesGetExplicitStableNames() {
        try (SpecKit a = SpecKit.project().model("m.yaml", V1); SpecKit b = SpecKit.project().model("x/m.yml", V1)) {
            a.ms().generate();
            b.ms().generate();
            String file = CHANGELOG + "changes/0001-initial-schema.yaml";
            assertThat(a.file(file)).isEqualTo(b.file(file));
            assertThat(a.file(MASTER)).isEqualTo(b.file(MASTER));
            String text = a.file(file);
            assertThat(text).contains("primaryKeyName: Users_pkey", "primaryKeyName: Projects_pkey",
                    "constraintName: Users_email_key", "constraintName: UserProject_UserId_fkey",
                    "constraintName: UserProject_ProjectId_fkey", "constraintName: Projects_ownerId_fkey",
                    "indexName: users_name");
            // every constraint and index change carries its name
            for (String kind : List.of("addForeignKeyConstraint", "addUniqueConstraint", "createIndex", "addPrimaryKey")) {
                for (String block : blocks(text, kind)) {
                    assertThat(block).as(kind).containsPattern("(constraintName|indexName): \\S+");
                }
            }
        }
    }

    @Test
    void aDropPairedWithAnAddOfTheSameTypeIsRefusedWithAHint() {
        try (SpecKit k = SpecKit.project().model("m.yaml", V1)) {
            k.ms().generate();
            k.model("m.yaml", V1.replace("      name: STRING\n", "      fullName: STRING\n")
                    .replace("fields: [name]", "fields: [fullName]"));
            ModelSyncException column = catchThrowableOfType(() -> k.ms().generate(), ModelSyncException.class);
            assertThat(column.getMessage()).contains("Users.name", "Users.fullName", "renamedFrom: name");
            assertThat(k.files(CHANGELOG + "changes")).hasSize(1);

            k.model("m.yaml", V1.replace("  Project:\n", "  Venture:\n").replace("Project\n", "Venture\n"));
            ModelSyncException table = catchThrowableOfType(() -> k.ms().generate(), ModelSyncException.class);
            assertThat(table.getMessage()).contains("Projects", "Ventures", "renamedFrom: Project");
            assertThat(k.files(CHANGELOG + "changes")).hasSize(1);

            // with the hint it is a rename
            k.model("m.yaml", V1.replace("      name: STRING\n", "      fullName: { type: STRING, renamedFrom: name }\n")
                    .replace("fields: [name]", "fields: [fullName]"));
            GenerateResult renamed = k.ms().generate();
            assertThat(renamed.changes()).extracting(c -> c.getClass().getSimpleName()).contains("RenameColumn")
                    .doesNotContain("DropColumn", "AddColumn");
        }
    }

    static final String FILLED = """
            models:
              Keep:
                attributes:
                  a: INTEGER
                  b: STRING(200)
              Gone:
                attributes:
                  x: STRING
              Left:
                associations:
                  - belongsToMany: Right
                    through: LeftRight
              Right: {}
            """;

    static final String DESTRUCTIVE = """
            models:
              Keep:
                attributes:
                  b: STRING(50)
                  req: { type: STRING, allowNull: false }
              Left: {}
              Right: {}
            """;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void destructiveChangesAreRefusedListingEachWithTheRowsAtStake(Dialect d) throws Exception {
        try (SpecKit k = SpecKit.project(d).model("m.yaml", FILLED)) {
            k.ms().sync();
            k.exec("INSERT INTO \"Keeps\" (\"a\", \"b\") VALUES (1, '1'), (2, '2'), (3, '3')",
                    "INSERT INTO \"Gones\" (\"x\") VALUES ('1'), ('2')",
                    k.insertDefaults("Lefts"), k.insertDefaults("Rights"),
                    "INSERT INTO \"LeftRight\" (\"LeftId\", \"RightId\") VALUES (1, 1)");
            int changelogRows = k.changelogRows();
            k.model("m.yaml", DESTRUCTIVE);

            String msg = catchThrowableOfType(() -> k.ms().sync(), ModelSyncException.class).getMessage();
            assertThat(msg).contains("allowDestructive");
            List<String> lines = msg.lines().filter(l -> l.startsWith("  - ")).toList();
            assertThat(lines).hasSize(5);
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("drop table Gones").endsWith("(2 rows at stake)"));
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("drop column Keeps.a").endsWith("(3 rows at stake)"));
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("Keeps.b").contains("VARCHAR(50)")
                    .endsWith("(3 rows at stake)"));
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("Keeps.req")
                    .contains("allowDestructive fills the 3 existing rows with ''").endsWith("(3 rows at stake)"));
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("junction table LeftRight")
                    .endsWith("(1 row at stake)"));
            // nothing generated, nothing applied
            assertThat(k.files(CHANGELOG + "changes")).hasSize(1);
            assertThat(k.changelogRows()).isEqualTo(changelogRows);
            assertThat(k.count("Gones")).isEqualTo(2);
            assertThat(k.columnNames("Keeps")).contains("a");

            // without a database the same refusal, without row counts
            ModelSync offline = ModelSync.configure().baseDir(k.dir).load();
            String generateMsg = catchThrowableOfType(offline::generate, ModelSyncException.class).getMessage();
            assertThat(generateMsg.lines().filter(l -> l.startsWith("  - "))).hasSize(5)
                    .noneMatch(l -> l.contains("rows at stake"));

            // allowDestructive applies them all; the new NOT NULL column without a default fills the rows with ''
            SyncResult allowed = k.ms(true).sync();
            assertThat(allowed.appliedChangeSets()).isNotEmpty();
            assertThat(k.tables()).doesNotContain("Gones", "LeftRight");
            assertThat(k.columnNames("Keeps")).doesNotContain("a").contains("req");
            assertThat(k.rows("SELECT \"b\", CONCAT('[', \"req\", ']') FROM \"Keeps\" ORDER BY \"id\""))
                    .containsExactly("1|[]", "2|[]", "3|[]");
            assertThat(k.nullable("Keeps", "req")).isFalse();
            assertThat(k.columnDefault("Keeps", "req")).isNull();
            assertThat(k.type("Keeps", "b")).isEqualTo(k.named("character varying(50)"));
            // read back as applied: nothing more to generate or run
            int applied = k.changelogRows();
            assertThat(k.ms(true).sync().appliedChangeSets()).isEmpty();
            assertThat(k.changelogRows()).isEqualTo(applied);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void notNullWithoutDefaultPassesOnAnEmptyTableAndWithADefaultOnAFilledOne(Dialect d) throws Exception {
        try (SpecKit k = SpecKit.project(d).model("m.yaml", "models:\n  Empty: {}\n  Full: {}\n")) {
            k.ms().sync();
            k.exec(k.insertDefaults("Fulls"));
            k.model("m.yaml", """
                    models:
                      Empty:
                        attributes:
                          req: { type: STRING, allowNull: false }
                      Full:
                        attributes:
                          req: { type: STRING, allowNull: false, defaultValue: none }
                    """);
            assertThat(k.ms().sync().appliedChangeSets()).isNotEmpty();
            assertThat(k.rows("SELECT \"req\" FROM \"Fulls\"")).containsExactly("none");
            assertThat(k.nullable("Empties", "req")).isFalse();
        }
    }

    static final String ORDER_V1 = """
            models:
              Alpha:
                attributes:
                  a: STRING
              Zulu:
                attributes:
                  z: STRING
                associations:
                  - belongsTo: Alpha
            """;

    /** New tables referenced by earlier-sorting ones, and a dropped table still referenced in V1. */
    static final String ORDER_V2 = """
            models:
              Zulu:
                attributes:
                  z: STRING
                associations:
                  - belongsTo: Aardvark
              Bird:
                associations:
                  - belongsTo: Yak
                  - belongsTo: Zulu
              Yak:
                attributes:
                  y: STRING
              Aardvark:
                attributes:
                  n: STRING
            """;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void foreignKeysComeAfterWhatTheyNeedAndTableDropsAfterTheForeignKeysPointingAtThem(Dialect d) throws Exception {
        try (SpecKit k = SpecKit.project(d).model("m.yaml", ORDER_V1)) {
            k.ms().sync();
            k.exec("INSERT INTO \"Alphas\" (\"a\") VALUES ('a')", "INSERT INTO \"Zulus\" (\"z\", \"AlphaId\") VALUES ('z', 1)");
            k.model("m.yaml", ORDER_V2);
            SyncResult r = k.ms(true).sync();
            assertThat(r.appliedChangeSets()).isNotEmpty();
            assertThat(k.tables()).contains("Aardvarks", "Birds", "Yaks", "Zulus").doesNotContain("Alphas");
            assertThat(k.foreignKey("Birds", "YakId")).startsWith("Birds_YakId_fkey|Yaks|id|");
            assertThat(k.foreignKey("Zulus", "AardvarkId")).startsWith("Zulus_AardvarkId_fkey|Aardvarks|id|");
            assertThat(k.rows("SELECT \"z\" FROM \"Zulus\"")).containsExactly("z");

            String text = k.file(r.generated().writtenFile().orElseThrow().toString().substring(k.dir.toString().length() + 1));
            int lastCreate = text.lastIndexOf("createTable:");
            int firstAddFk = text.indexOf("addForeignKeyConstraint:");
            assertThat(firstAddFk).isGreaterThan(lastCreate);
            assertThat(text.indexOf("dropForeignKeyConstraint:")).isLessThan(text.indexOf("dropTable:"));
        }
    }

    /** The blocks of one change kind in a generated YAML file (up to the next change). */
    private static List<String> blocks(String yaml, String kind) {
        List<String> out = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("- " + kind + ":\\n((?: {10,}.*\\n)+)").matcher(yaml);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
