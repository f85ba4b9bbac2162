package dev.modelsync.resolve;

import dev.modelsync.ModelSync;
import dev.modelsync.db.Dialect;
import dev.modelsync.testing.TestDatabase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden tests on MariaDB: every {@code golden/<case>.yaml}, synced into a fresh MariaDB database,
 * gives the catalog facts written in {@code golden/<case>.mariadb.schema.txt}: columns with the
 * types MariaDB reports, nullability, auto-increment, primary keys, unique constraints, foreign
 * keys with their actions, indexes (with prefix lengths, FULLTEXT, SPATIAL), table engine and character set (with the collation where it is not the
 * database's, and the AUTO_INCREMENT start above 1), one fact a line, in the shape
 * the Sequelize oracle prints them, so the file can be compared with Sequelize's mariadb dialect
 * line by line (docs/resolution.md, "Checked against Sequelize"). Run with
 * {@code -Dgolden.update=true} to rewrite the files (then review the diff).
 */
class GoldenMariaDbTest {
    static final Path DIR = Path.of("src/test/resources/golden");

    static final String FACTS = """
            select fact from (
              select concat('column ', c.table_name, '.', c.column_name, ' ', c.column_type,
                            if(c.is_nullable = 'NO', ' not null', ''),
                            if(c.extra like '%auto_increment%', ' autoincrement', '')) as fact
              from information_schema.columns c
              where c.table_schema = database() and c.table_name not in ('DATABASECHANGELOG', 'DATABASECHANGELOGLOCK')
              union all
              select concat(if(tc.constraint_type = 'PRIMARY KEY', 'primary key ',
                                if(tc.constraint_type = 'UNIQUE', 'unique ', 'foreign key ')),
                            tc.table_name, '(', (select group_concat(k.column_name order by k.column_name)
                                                 from information_schema.key_column_usage k
                                                 where k.table_schema = tc.table_schema and k.table_name = tc.table_name
                                                   and k.constraint_name = tc.constraint_name), ')',
                            if(tc.constraint_type = 'FOREIGN KEY',
                               concat(' -> ', rc.referenced_table_name, '(',
                                      (select group_concat(k.referenced_column_name order by k.referenced_column_name)
                                       from information_schema.key_column_usage k
                                       where k.table_schema = tc.table_schema and k.table_name = tc.table_name
                                         and k.constraint_name = tc.constraint_name), ')',
                                      ' on delete ', lower(rc.delete_rule), ' on update ', lower(rc.update_rule)), '')) as fact
              from information_schema.table_constraints tc
              left join information_schema.referential_constraints rc on rc.constraint_schema = tc.constraint_schema
                   and rc.constraint_name = tc.constraint_name and rc.table_name = tc.table_name
              where tc.table_schema = database() and tc.constraint_type in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
                and tc.table_name not in ('DATABASECHANGELOG', 'DATABASECHANGELOGLOCK')
              union all
              select concat('index ', s.table_name, ' ', s.index_name, if(max(s.non_unique) = 0, ' unique', ''),
                            if(max(s.index_type) = 'FULLTEXT', ' fulltext', ''),
                            if(max(s.index_type) = 'SPATIAL', ' spatial', ''), ' (',
                            group_concat(concat(s.column_name, if(s.sub_part is null, '', concat('(', s.sub_part, ')')),
                                                if(s.collation = 'D', ' desc', '')) order by s.seq_in_index),
                            ')') as fact
              from information_schema.statistics s
              where s.table_schema = database() and s.index_name <> 'PRIMARY'
                and s.table_name not in ('DATABASECHANGELOG', 'DATABASECHANGELOGLOCK')
              group by s.table_name, s.index_name
              union all
              select concat('table ', t.table_name, ' engine ', t.engine, ' charset ', cs.character_set_name,
                            if(t.table_collation = (select s.default_collation_name from information_schema.schemata s
                                                    where s.schema_name = database()), '',
                               concat(' collate ', t.table_collation)),
                            if(t.auto_increment > 1, concat(' auto_increment ', t.auto_increment), '')) as fact
              from information_schema.tables t
              join information_schema.collation_character_set_applicability cs on cs.collation_name = t.table_collation
              where t.table_schema = database() and t.table_name not in ('DATABASECHANGELOG', 'DATABASECHANGELOGLOCK')
            ) f order by fact""";

    @TestFactory
    Stream<DynamicTest> goldenCasesOnMariaDb() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(DIR)) {
            cases = files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> dev.modelsync.testing.TestDatabase.runs(p.getFileName().toString(), dev.modelsync.db.Dialect.MARIADB))
                    .sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(9);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private static void check(Path yaml) throws Exception {
        String base = yaml.getFileName().toString().replaceFirst("\\.yaml$", "");
        Path expectedFile = yaml.resolveSibling(base + ".mariadb.schema.txt");
        Path dir = Files.createTempDirectory("golden-mariadb");
        try (TestDatabase db = TestDatabase.create(Dialect.MARIADB); Connection c = db.connect()) {
            Files.createDirectories(dir.resolve("src/main/models"));
            Files.copy(yaml, dir.resolve("src/main/models/model.yaml"));
            ModelSync.configure().baseDir(dir).url(db.url()).username(db.user()).password(db.password()).load().sync();
            List<String> facts = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(FACTS)) {
                while (rs.next()) facts.add(rs.getString(1));
            }
            String actual = String.join("\n", facts) + "\n";
            if (GoldenTest.UPDATE) {
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(expectedFile).as("golden file; run once with -Dgolden.update=true to create it").exists();
            assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
