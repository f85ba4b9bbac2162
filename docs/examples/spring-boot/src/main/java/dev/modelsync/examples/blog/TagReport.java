package dev.modelsync.examples.blog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.stereotype.Component;

/** At startup, logs how often each tag is used: what {@code mvn spring-boot:run} shows. */
@Component
public class TagReport implements CommandLineRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TagReport.class);

    private final PostRepository posts;

    public TagReport(PostRepository posts) {
        this.posts = posts;
    }

    @Override
    public void run(String... args) {
        var counts = posts.tagCounts();
        if (counts.isEmpty()) LOG.info("No tags yet: load some with mvn model:seed");
        for (var count : counts) LOG.info("{}: {} post{}", count.tag(), count.posts(), count.posts() == 1 ? "" : "s");
    }
}
