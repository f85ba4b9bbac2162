package dev.modelsync.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a plain Liquibase YAML master changelog with the given changeset ids (each a harmless SQL change). */
final class Changelogs {
    private Changelogs() {
    }

    static Path write(Path changelogDirectory, String... ids) throws IOException {
        Files.createDirectories(changelogDirectory);
        StringBuilder b = new StringBuilder("databaseChangeLog:\n");
        for (String id : ids) {
            b.append("  - changeSet:\n      id: ").append(id).append("\n      author: modelsync\n")
                    .append("      changes:\n        - sql:\n            sql: SELECT 1\n");
        }
        return Files.writeString(changelogDirectory.resolve("db.changelog-master.yaml"), b.toString());
    }
}
