package dev.modelsync.changelog;

import dev.modelsync.config.Config;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.diff.SchemaChange;
import dev.modelsync.schema.Schema;

import java.io.IOException;
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
        return render(changelogDirectory, recorded, changes).map(f -> write(changelogDirectory, f));
    }

    /** {@link #write(Path, Schema, List)}, changes to existing tables in their online-safe form when {@code online} says so. */
    public static Optional<Path> write(Path changelogDirectory, Schema recorded, List<SchemaChange> changes,
                                       dev.modelsync.config.Online online) {
        return render(changelogDirectory, recorded, changes, online).map(f -> write(changelogDirectory, f));
    }

    /**
     * A changeset file as it would be written: its name under {@code changes/}, its text, and its
     * changesets as Liquibase will identify them.
     */
    public record Rendered(String fileName, String text, List<ChangeSetId> changeSets) {
        public Rendered {
            changeSets = List.copyOf(changeSets);
        }
    }

    /** The file {@link #write} would write, written nowhere; empty when there is no change. */
    public static Optional<Rendered> render(Path changelogDirectory, Schema recorded, List<SchemaChange> changes) {
        return render(changelogDirectory, recorded, changes, dev.modelsync.config.Online.OFF);
    }

    /** {@link #render(Path, Schema, List)}, changes to existing tables in their online-safe form when {@code online} says so. */
    public static Optional<Rendered> render(Path changelogDirectory, Schema recorded, List<SchemaChange> changes,
                                            dev.modelsync.config.Online online) {
        if (changes.isEmpty()) return Optional.empty();
        String header = "# Written by modelsync (model:generate): " + changes.size() + " change"
                + (changes.size() == 1 ? "" : "s") + " from the model files.\n"
                + "# Plain Liquibase. Do not edit a changeset once it has been applied anywhere; generate a new one.\n";
        return Optional.of(render(changelogDirectory, recorded, changes, fileSlug(recorded, changes), header, online));
    }

    /** Renders the changes as the next changeset file, named {@code NNNN-slug.yaml}, with a header comment. */
    public static Rendered render(Path changelogDirectory, Schema recorded, List<SchemaChange> changes, String slug, String header) {
        return render(changelogDirectory, recorded, changes, slug, header, dev.modelsync.config.Online.OFF);
    }

    private static Rendered render(Path changelogDirectory, Schema recorded, List<SchemaChange> changes, String slug, String header,
                                   dev.modelsync.config.Online online) {
        String seqText = String.format("%04d", nextSequence(changelogDirectory.resolve("changes")));
        String fileName = seqText + "-" + slug + ".yaml";
        List<PlannedChangeSet> planned = ChangeSetPlanner.plan(recorded, changes, online);
        String logical = logicalPath(changelogDirectory, fileName);
        return new Rendered(fileName, ChangelogYaml.render(logical, seqText, planned, header),
                ChangelogYaml.ids(logical, seqText, planned));
    }

    /** Writes a rendered file under {@code changes/} and includes it from the master changelog. */
    public static Path write(Path changelogDirectory, Rendered rendered) {
        Path changesDir = changelogDirectory.resolve("changes");
        Path file = changesDir.resolve(rendered.fileName());
        try {
            AtomicFiles.write(file, rendered.text());
        } catch (IOException e) {
            throw new ModelSyncException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        MasterChangelog.addInclude(changelogDirectory.resolve(Config.MASTER_FILE), "changes/" + rendered.fileName());
        return file;
    }

    /** Takes back a file {@link #write} wrote: removes its include from the master changelog, then the file. */
    public static void withdraw(Path changelogDirectory, Path file) {
        MasterChangelog.removeInclude(changelogDirectory.resolve(Config.MASTER_FILE), "changes/" + file.getFileName());
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new ModelSyncException("Cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Clears what a generation killed while writing left behind: temporary files, and a changeset
     * file of modelsync's that the master changelog does not include (the run was killed between
     * writing it and adding its include) and that comes after every included one; it is removed,
     * so this generation writes it again under the same number. Any other file the master does not
     * include is reported, since Liquibase does not run it.
     */
    public static void removeLeftovers(Path changelogDirectory, java.util.function.Consumer<String> log) {
        Path changesDir = changelogDirectory.resolve("changes");
        Path master = changelogDirectory.resolve(Config.MASTER_FILE);
        try {
            AtomicFiles.removeLeftovers(changelogDirectory);
            AtomicFiles.removeLeftovers(changesDir);
            if (!Files.isDirectory(changesDir)) return;
            List<Path> files;
            try (Stream<Path> list = Files.list(changesDir)) {
                files = list.filter(p -> SEQ_FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
            }
            java.util.function.Predicate<String> included = MasterChangelog.inclusion(master);
            int lastIncluded = 0;
            for (Path f : files) {
                if (included.test("changes/" + f.getFileName())) lastIncluded = Math.max(lastIncluded, sequence(f));
            }
            for (Path f : files) {
                String rel = "changes/" + f.getFileName();
                if (included.test(rel)) continue;
                if (sequence(f) > lastIncluded && writtenByModelsync(f)) {
                    Files.delete(f);
                    log.accept("Removed " + rel + ": a generation was stopped after writing it and before including it in "
                            + Config.MASTER_FILE + "; it is generated again.");
                } else {
                    log.accept("Warning: " + rel + " is not included by " + Config.MASTER_FILE
                            + ", so Liquibase does not run it and modelsync does not read it. Include it, or delete it.");
                }
            }
        } catch (IOException e) {
            throw new ModelSyncException("Cannot check " + changesDir + " for files left by a stopped run: " + e.getMessage(), e);
        }
    }

    private static int sequence(Path f) {
        Matcher m = SEQ_FILE.matcher(f.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static boolean writtenByModelsync(Path f) throws IOException {
        try (java.io.BufferedReader r = Files.newBufferedReader(f, java.nio.charset.StandardCharsets.UTF_8)) {
            String first = r.readLine();
            return first != null && first.startsWith("# Written by modelsync");
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The path Liquibase records for the file's changesets, whatever the root it is run from
     * (modelsync, the Liquibase Maven plugin, its CLI, Spring Boot): relative to the classpath
     * root when the changelog lives under {@code src/main/resources} ({@code db/changelog/changes/0001-x.yaml}),
     * else relative to the changelog directory.
     */
    public static String logicalPath(Path changelogDirectory, String fileName) {
        Path file = changelogDirectory.toAbsolutePath().normalize().resolve("changes").resolve(fileName);
        for (Path p = file.getParent(); p != null; p = p.getParent()) {
            if (p.endsWith(Path.of("src", "main", "resources"))) return p.relativize(file).toString().replace('\\', '/');
        }
        return "changes/" + fileName;
    }

    /** The highest-numbered {@code NNNN-*.yaml} file under {@code changes/}: the newest generation. */
    public static Optional<Path> newest(Path changelogDirectory) {
        Path changesDir = changelogDirectory.resolve("changes");
        if (!Files.isDirectory(changesDir)) return Optional.empty();
        try (Stream<Path> files = Files.list(changesDir)) {
            return files.filter(p -> SEQ_FILE.matcher(p.getFileName().toString()).matches())
                    .max(java.util.Comparator.comparingInt((Path p) -> sequenceOf(p)).thenComparing(Path::toString));
        } catch (IOException e) {
            throw new ModelSyncException("Cannot list " + changesDir + ": " + e.getMessage(), e);
        }
    }

    private static int sequenceOf(Path file) {
        Matcher m = SEQ_FILE.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
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
            (c.onEnumType() ? enums : tables).add(c.subject());
        }
        Set<String> subjects = tables.isEmpty() ? enums : tables;
        String s = String.join("-", subjects.stream().limit(3).toList()) + (subjects.size() > 3 ? "-and-more" : "");
        return ChangeSetPlanner.slug(s);
    }
}
