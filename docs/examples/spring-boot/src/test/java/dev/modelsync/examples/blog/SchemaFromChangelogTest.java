package dev.modelsync.examples.blog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the application on the build's database (model.url; empty on the first run): Spring Boot's
 * Liquibase integration creates the tables from modelsync's changelog. Runs before model:seed (see
 * pom.xml), so the integration tests read rows that model:seed loaded into tables Spring Boot made.
 */
@SpringBootTest
class SchemaFromChangelogTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void springBootsLiquibaseRanEveryChangesetOfTheChangelog() throws IOException {
        List<String> inChangelog = new ArrayList<>();
        Pattern id = Pattern.compile("(?m)^ {6}id: (\\S+)$");
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:db/changelog/changes/*.yaml")) {
            Matcher m = id.matcher(file.getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) inChangelog.add("db/changelog/changes/" + file.getFilename() + "::" + m.group(1));
        }
        assertThat(inChangelog).isNotEmpty();

        // recorded under the same file names and ids as model:sync records them, so either tool sees
        // the other's changesets as applied
        List<String> applied = jdbc.sql("SELECT FILENAME || '::' || ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")
                .query(String.class).list();
        assertThat(applied).containsExactlyInAnyOrderElementsOf(inChangelog);
    }

    @Test
    void theJunctionTableExistsWithItsTwoKeys() {
        assertThat(jdbc.sql("SELECT COUNT(\"postId\") + COUNT(\"tagId\") FROM \"PostTags\"").query(Long.class).single())
                .isNotNull();
    }
}
