package dev.modelsync.apply;

import dev.modelsync.testing.TestCatalog;
import dev.modelsync.changelog.ChangelogReplayer;
import dev.modelsync.changelog.Replay;

import dev.modelsync.ModelSync;
import dev.modelsync.SyncResult;
import dev.modelsync.db.Dialect;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every golden model synced from scratch on H2 and PostgreSQL: the catalog holds each table with
 * its columns, nullability and constraint names, and a second generation writes nothing.
 */
class GoldenModelsApplyTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> everyGoldenModelAppliesFromScratch() throws Exception {
        List<Path> cases;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            cases = files.filter(p -> p.toString().endsWith(".yaml")).sorted(Comparator.naturalOrder()).toList();
        }
        assertThat(cases).isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path yaml : cases) {
            for (Dialect d : Dialect.values()) {
                if (!TestDatabase.runs(yaml.getFileName().toString(), d)) continue;
                tests.add(DynamicTest.dynamicTest(yaml.getFileName() + " on " + d, () -> check(yaml, d)));
            }
        }
        return tests.stream();
    }

    private static void check(Path yaml, Dialect dialect) throws Exception {
        Path dir = Files.createTempDirectory("golden");
        try (TestDatabase db = TestDatabase.create(dialect).withExtensions(); Connection c = db.connect()) {
            Files.createDirectories(dir.resolve("src/main/models"));
            Files.copy(yaml, dir.resolve("src/main/models/model.yaml"));
            ModelSync ms = ModelSync.configure().baseDir(dir).url(db.url()).username(db.user()).password(db.password()).load();
            SyncResult first = ms.sync();
            assertThat(first.appliedChangeSets()).isNotEmpty();
            Replay replay = ChangelogReplayer.replay(ms.config().changelogDirectory());
            assertThat(replay.unsupported()).isEmpty();

            Schema desired = ms.resolve().schema();
            TestCatalog cat = new TestCatalog(c, dialect);
            assertThat(cat.tables()).containsAll(desired.tables().stream().map(Table::name).toList());
            for (Table t : desired.tables()) {
                List<String> cols = cat.columns(t.name());
                assertThat(cols).extracting(r -> r.split("\\|")[0])
                        .containsExactlyElementsOf(t.columns().stream().map(Column::name).toList());
                for (Column col : t.columns()) {
                    assertThat(cat.column(t.name(), col.name())).as(t.name() + "." + col.name())
                            .contains(col.nullable() ? "|YES|" : "|NO|");
                }
                List<String> names = new ArrayList<>();
                t.primaryKey().ifPresent(p -> names.add(cat.primaryKeyName(p.name()) + "|PRIMARY KEY"));
                t.uniques().forEach(u -> names.add(u.name() + "|UNIQUE"));
                t.foreignKeys().forEach(f -> names.add(f.name() + "|FOREIGN KEY"));
                if (dialect == Dialect.MARIADB) { // a unique index is listed as a unique constraint there
                    t.indexes().stream().filter(i -> i.unique() && i.where().isEmpty()).forEach(i -> names.add(i.name() + "|UNIQUE"));
                }
                assertThat(cat.constraints(t.name())).containsExactlyInAnyOrderElementsOf(names);
                t.primaryKey().ifPresent(p -> {
                    try {
                        assertThat(cat.keyColumns(t.name(), cat.primaryKeyName(p.name()))).containsExactlyElementsOf(p.columns());
                    } catch (java.sql.SQLException e) {
                        throw new RuntimeException(e);
                    }
                });
                assertThat(cat.indexes(t.name())).containsAll(t.indexes().stream().map(i -> i.name()).toList());
            }
            if (dialect == Dialect.MARIADB) {
                for (Table t : desired.tables()) {
                    for (Column col : t.columns()) {
                        if (col.type().kind() != dev.modelsync.schema.ColumnType.Kind.ENUM) continue;
                        var values = desired.enums().stream().filter(e -> e.name().equals(col.type().enumName())).findFirst()
                                .orElseThrow().values();
                        assertThat(cat.enumColumnValues(t.name(), col.name())).containsExactlyElementsOf(values);
                    }
                }
            } else {
                for (var e : desired.enums()) assertThat(cat.enumValues(e.name())).containsExactlyElementsOf(e.values());
            }

            int rows = cat.changelogRows();
            SyncResult second = ms.sync();
            assertThat(second.generated().upToDate()).isTrue();
            assertThat(second.appliedChangeSets()).isEmpty();
            assertThat(cat.changelogRows()).isEqualTo(rows);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
