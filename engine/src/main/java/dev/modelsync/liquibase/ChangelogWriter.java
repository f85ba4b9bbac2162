package dev.modelsync.liquibase;

import dev.modelsync.Config;
import dev.modelsync.ModelSyncException;
import dev.modelsync.diff.SchemaChange;
import dev.modelsync.schema.Schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a list of changes as one new changeset file {@code changes/NNNN-slug.yaml} under the
 * changelog directory and includes it from the master changelog. Deterministic: the same
 * recorded schema, changes and existing files give byte-identical output.
 */
public final class ChangelogWriter {
    static final Pattern SEQ_FILE = Pattern.compile("^(\\d{4,})-.*\\.ya?ml$");

    private ChangelogWriter() {
    }

    /**
     * Writes the changes; nothing when the list is empty.
     *
     * @param recorded the schema the changelog records before these changes (replay's result)
     * @return the file written
     */
    public static Optional<Path> write(Path changelogDirectory, Schema recorded, List<SchemaChange> changes) {
        return write(changelogDirectory, recorded, changes, dev.modelsync.Online.OFF);
    }

    /** {@link #write(Path, Schema, List)}, changes to existing tables in their online-safe form when {@code online} says so. */
    public static Optional<Path> write(Path changelogDirectory, Schema recorded, List<SchemaChange> changes,
                                       dev.modelsync.Online online) {
        if (changes.isEmpty()) return Optional.empty();
        Path changesDir = changelogDirectory.resolve("changes");
        int seq = nextSequence(changesDir);
        String seqText = String.format("%04d", seq);
        String fileName = seqText + "-" + fileSlug(recorded, changes) + ".yaml";
        List<PlannedChangeSet> planned = ChangeSetPlanner.plan(recorded, changes, online);
        String header = "# Written by modelsync (model:generate): " + changes.size() + " change"
                + (changes.size() == 1 ? "" : "s") + " from the model files.\n"
                + "# Plain Liquibase. Do not edit a changeset once it has been applied anywhere; generate a new one.\n";
        String text = ChangelogYaml.render(logicalPath(changelogDirectory, fileName), seqText, planned, header);
        Path file = changesDir.resolve(fileName);
        try {
            Files.createDirectories(changesDir);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModelSyncException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        MasterChangelog.addInclude(changelogDirectory.resolve(Config.MASTER_FILE), "changes/" + fileName);
        return Optional.of(file);
    }

    /**
     * The path Liquibase records for the file's changesets, whatever the root it is run from
     * (modelsync, the Liquibase Maven plugin, its CLI, Spring Boot): relative to the classpath
     * root when the changelog lives under {@code src/main/resources} ({@code db/changelog/changes/0001-x.yaml}),
     * else relative to the changelog directory.
     */
    static String logicalPath(Path changelogDirectory, String fileName) {
        Path file = changelogDirectory.toAbsolutePath().normalize().resolve("changes").resolve(fileName);
        for (Path p = file.getParent(); p != null; p = p.getParent()) {
            if (p.endsWith(Path.of("src", "main", "resources"))) return p.relativize(file).toString().replace('\\', '/');
        }
        return "changes/" + fileName;
    }

    /** One more than the highest {@code NNNN-} prefix under {@code changes/}; 1 when there is none. */
    static int nextSequence(Path changesDir) {
        if (!Files.isDirectory(changesDir)) return 1;
        try (Stream<Path> files = Files.list(changesDir)) {
            return files.map(p -> SEQ_FILE.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElse(0) + 1;
        } catch (IOException e) {
            throw new ModelSyncException("Cannot list " + changesDir + ": " + e.getMessage(), e);
        }
    }

    /** "initial-schema" for the first tables; else the tables touched (enum types when no table is), at most three. */
    static String fileSlug(Schema recorded, List<SchemaChange> changes) {
        if (recorded.tables().isEmpty() && recorded.enums().isEmpty()) return "initial-schema";
        Set<String> tables = new LinkedHashSet<>();
        Set<String> enums = new LinkedHashSet<>();
        for (SchemaChange c : changes) {
            boolean isEnum = c instanceof SchemaChange.CreateEnum || c instanceof SchemaChange.AddEnumValues
                    || c instanceof SchemaChange.ReplaceEnumValues || c instanceof SchemaChange.DropEnum;
            (isEnum ? enums : tables).add(c.subject());
        }
        Set<String> subjects = tables.isEmpty() ? enums : tables;
        String s = String.join("-", subjects.stream().limit(3).toList()) + (subjects.size() > 3 ? "-and-more" : "");
        return ChangeSetPlanner.slug(s);
    }
}
