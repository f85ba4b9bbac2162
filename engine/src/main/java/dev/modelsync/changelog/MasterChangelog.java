package dev.modelsync.changelog;

import dev.modelsync.problem.ModelSyncException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The master changelog {@code db.changelog-master.yaml}: created when missing, and given one
 * {@code include} per generated file. An existing master is appended to as text, so the
 * user's comments and entries stay as they are.
 */
final class MasterChangelog {
    static final String HEADER = "# Liquibase master changelog. modelsync adds one include per generated file under changes/.\n";

    private MasterChangelog() {
    }

    static void addInclude(Path master, String relativeFile) {
        try {
            String entry = "- include:\n    file: " + relativeFile + "\n    relativeToChangelogFile: true\n";
            if (!Files.exists(master)) {
                AtomicFiles.write(master, HEADER + "databaseChangeLog:\n" + indent(entry, "  "));
                return;
            }
            String text = Files.readString(master, StandardCharsets.UTF_8);
            Object root = load(text, master);
            if (!(root instanceof Map<?, ?> m) || !m.containsKey("databaseChangeLog")
                    || !(m.get("databaseChangeLog") == null || m.get("databaseChangeLog") instanceof List<?>)) {
                throw cannot(master, relativeFile, "it has no databaseChangeLog list");
            }
            if (covered(m.get("databaseChangeLog"), relativeFile)) return;
            String itemIndent = itemIndent(text).orElse("  ");
            String body = text.endsWith("\n") || text.isEmpty() ? text : text + "\n";
            Object list = m.get("databaseChangeLog");
            if (list == null || (list instanceof List<?> l && l.isEmpty())) {
                // "databaseChangeLog:" or "databaseChangeLog: []" with no entries yet
                body = body.replaceFirst("(?m)^databaseChangeLog:[ \t]*(\\[[ \t]*\\])?[ \t]*$", "databaseChangeLog:");
            }
            String updated = body + indent(entry, itemIndent);
            Object check;
            try {
                check = load(updated, master);
            } catch (ModelSyncException e) {
                check = null;
            }
            if (!(check instanceof Map<?, ?> cm) || !(cm.get("databaseChangeLog") instanceof List<?> newList)
                    || !includes(newList, relativeFile)) {
                throw cannot(master, relativeFile, "its layout is not a block list modelsync can append to");
            }
            AtomicFiles.write(master, updated);
        } catch (IOException e) {
            throw new ModelSyncException("Cannot write " + master + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes the include of {@code relativeFile} that {@link #addInclude} wrote; fails, naming the
     * entry to remove by hand, when the master holds it in another layout.
     */
    static void removeInclude(Path master, String relativeFile) {
        try {
            String text = Files.readString(master, StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(?m)^( *)- include:\\n\\1    file: " + Pattern.quote(relativeFile)
                    + "\\n\\1    relativeToChangelogFile: true\\n").matcher(text);
            if (!m.find()) {
                throw new ModelSyncException("Cannot find the include of " + relativeFile + " in " + master
                        + " in the layout modelsync writes; remove its entry from the databaseChangeLog list yourself.");
            }
            AtomicFiles.write(master, text.substring(0, m.start()) + text.substring(m.end()));
        } catch (IOException e) {
            throw new ModelSyncException("Cannot rewrite " + master + ": " + e.getMessage(), e);
        }
    }

    /**
     * Which files ({@code changes/NNNN-x.yaml}) the master includes, by name or by an
     * {@code includeAll} of their directory; none when there is no master. A master that cannot
     * be read includes everything (its error is reported where the changelog is read).
     */
    static java.util.function.Predicate<String> inclusion(Path master) throws IOException {
        if (!Files.exists(master)) return f -> false;
        Object root;
        try {
            root = load(Files.readString(master, StandardCharsets.UTF_8), master);
        } catch (ModelSyncException | java.nio.charset.MalformedInputException e) {
            return f -> true;
        }
        Object list = root instanceof Map<?, ?> m ? m.get("databaseChangeLog") : null;
        return f -> covered(list, f);
    }

    private static boolean covered(Object list, String relativeFile) {
        if (!(list instanceof List<?> l)) return false;
        if (includes(l, relativeFile)) return true;
        String dir = relativeFile.substring(0, relativeFile.lastIndexOf('/') + 1);
        for (Object o : l) {
            if (o instanceof Map<?, ?> m && m.get("includeAll") instanceof Map<?, ?> ia) {
                String path = String.valueOf(ia.get("path"));
                if (!path.endsWith("/")) path += "/";
                if (path.equals(dir) && Boolean.parseBoolean(String.valueOf(ia.get("relativeToChangelogFile")))) return true;
            }
        }
        return false;
    }

    private static boolean includes(List<?> list, String relativeFile) {
        for (Object o : list) {
            if (o instanceof Map<?, ?> m && m.get("include") instanceof Map<?, ?> inc
                    && relativeFile.equals(String.valueOf(inc.get("file")))) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<String> itemIndent(String text) {
        Matcher m = Pattern.compile("(?m)^( *)- ").matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static String indent(String block, String prefix) {
        return block.lines().map(l -> prefix + l).reduce("", (a, b) -> a + b + "\n");
    }

    private static Object load(String text, Path master) {
        LoaderOptions lo = new LoaderOptions();
        lo.setAllowDuplicateKeys(false);
        lo.setMaxAliasesForCollections(50);
        try {
            return new Yaml(new SafeConstructor(lo)).load(text);
        } catch (RuntimeException e) {
            throw new ModelSyncException("Cannot read " + master + " as YAML: " + e.getMessage(), e);
        }
    }

    private static ModelSyncException cannot(Path master, String file, String why) {
        return new ModelSyncException("Cannot add the new changeset file to " + master + ": " + why
                + ". Add this entry to its databaseChangeLog list yourself:\n  - include:\n      file: " + file
                + "\n      relativeToChangelogFile: true");
    }
}
