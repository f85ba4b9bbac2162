package dev.modelsync.examples.blog;

import dev.modelsync.examples.blog.PostRepository.PostSummary;
import dev.modelsync.examples.blog.PostRepository.TagCount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the application against the rows model:seed loaded from src/test/seeds (bound to
 * pre-integration-test in pom.xml) and reads the many-to-many through the junction table.
 */
@SpringBootTest
class PostRepositoryIT {

    @Autowired
    PostRepository posts;

    @Test
    void postsOfATagComeThroughTheJunctionTable() {
        assertThat(posts.findByTag("liquibase"))
                .extracting(PostSummary::slug, PostSummary::author)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("junction-tables", "Ada"),
                        org.assertj.core.groups.Tuple.tuple("hello-modelsync", "Ada"));
        assertThat(posts.findByTag("java")).extracting(PostSummary::slug).containsExactly("hello-modelsync");
        assertThat(posts.findByTag("no-such-tag")).isEmpty();
    }

    @Test
    void tagsOfAPost() {
        assertThat(posts.tagsOf("hello-modelsync")).containsExactly("java", "liquibase");
        assertThat(posts.tagsOf("junction-tables")).containsExactly("databases", "liquibase");
        assertThat(posts.tagsOf("draft")).isEmpty();
    }

    @Test
    void everyTagIsCountedOnce() {
        assertThat(posts.tagCounts()).containsExactly(
                new TagCount("liquibase", 2), new TagCount("databases", 1), new TagCount("java", 1));
    }
}
