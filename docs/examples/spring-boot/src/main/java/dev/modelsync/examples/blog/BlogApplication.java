package dev.modelsync.examples.blog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The blog. Its tables come from modelsync's changelog (src/main/resources/db/changelog), which
 * Spring Boot's Liquibase integration runs at startup; the application itself only reads.
 */
@SpringBootApplication
public class BlogApplication {
    public static void main(String[] args) {
        SpringApplication.run(BlogApplication.class, args);
    }
}
