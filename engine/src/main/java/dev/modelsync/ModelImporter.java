package dev.modelsync;
import dev.modelsync.importer.ModelWriter;
import dev.modelsync.importer.Junction;

import dev.modelsync.config.Config;
import dev.modelsync.ImportResult;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.problem.Words;
import dev.modelsync.db.Db;
import dev.modelsync.diff.ChangeDescriber;
import dev.modelsync.diff.DialectForms;
import dev.modelsync.diff.DiffOptions;
import dev.modelsync.diff.Differ;
import dev.modelsync.diff.SchemaChange;
import dev.modelsync.importer.Junction.Form;
import dev.modelsync.importer.ModelWriter.Note;
import dev.modelsync.db.Dialect;
import dev.modelsync.inspect.Inspector;
import dev.modelsync.inspect.LiveSchema;
import dev.modelsync.model.ModelParser;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.Schema;
import dev.modelsync.resolve.SchemaResolver;
import dev.modelsync.schema.Table;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code model:import}: reads the live database and writes model files, one per model, into the
 * models directory. The files are checked before they are written: they are resolved as generate
 * resolves them and compared with the database; a junction that does not come back as it is, is
 * written as a model of its own instead, and what still differs is reported (it is what the next
 * generate after a baseline would change).
 */
public final class ModelImporter {
    /** Which tables: include and exclude are glob-like patterns ({@code *} any characters) on table names. */
    public record Options(List<String> include, List<String> exclude, boolean overwrite) {
        public Options {
            include = List.copyOf(include);
            exclude = List.copyOf(exclude);
        }

        public static final Options DEFAULT = new Options(List.of(), List.of(), false);
    }

    private final Config config;

    public ModelImporter(Config config) {
        this.config = config;
    }

    public ImportResult run(Options options) {
        Path dir = config.modelsDirectory();
        List<Path> existing = modelFiles(dir);
        if (!existing.isEmpty() && !options.overwrite()) {
            throw new ModelSyncException("Refusing to import into " + dir + ": it already holds " + existing.size()
                    + " model " + (existing.size() == 1 ? "file" : "files") + " (" + existing.get(0).getFileName() + (existing.size() > 1 ? ", …" : "")
                    + "). Set overwrite " + Words.option("overwrite", "true") + " to replace them, or choose another models directory.");
        }
        LiveSchema live;
        List<Inspector.Unmodelled> unmodelled;
        try (Connection c = config.connect()) {
            // the tables of every other schema too, written with schema: (include/exclude take schema.table patterns)
            Inspector inspector = Inspector.forConnection(c, null, Inspector.otherSchemas(c).keySet());
            live = inspector.inspectLive();
            unmodelled = inspector.unmodelled();
        } catch (SQLException e) {
            throw new ModelSyncException("Cannot close the connection to " + config.shownUrl() + ": " + e.getMessage(), e);
        }
        Schema chosen = chosen(live.schema(), options);
        if (chosen.tables().isEmpty()) {
            throw new ModelSyncException("Nothing to import from " + config.shownUrl() + ": no table matches"
                    + (options.include().isEmpty() ? "" : " include " + options.include())
                    + (options.exclude().isEmpty() ? "" : " and exclude " + options.exclude()) + ".");
        }
        Dialect dialect = Dialect.fromUrl(config.url());
        Attempt best = null;
        RuntimeException failure = null;
        search:
        for (String conventions : List.of("sequelize6", "sequelize7")) {
            for (boolean inverses : List.of(true, false)) {
                Attempt a;
                try {
                    a = attempt(chosen, conventions, inverses, dialect);
                } catch (RuntimeException e) { // these files do not even resolve: try the plainer form
                    if (failure == null) failure = e;
                    continue;
                }
                if (best == null || a.left().size() < best.left().size()) best = a;
                if (best.left().isEmpty()) break search;
            }
        }
        if (best == null) throw new ModelSyncException("Cannot write model files that resolve for " + config.shownUrl()
                + "; nothing was written. The files would not resolve: " + failure.getMessage(), failure);
        List<Note> found = new ArrayList<>(best.notes());
        found.addAll(ModelWriter.unmapped(live, chosen));
        for (SchemaChange ch : best.left()) {
            found.add(new Note(ch.subject(), "the model differs from the database: generate would " + ChangeDescriber.describe(ch)));
        }
        for (Inspector.Unmodelled u : unmodelled) {
            if (u.table().isEmpty()) {
                String name = u.what().substring(u.what().lastIndexOf(' ') + 1);
                if (chosen(name, options)) found.add(new Note("", u.what() + " is not imported"));
            } else if (chosen.table(u.table()).isPresent()) {
                found.add(new Note(u.table(), u.table() + ": " + u.what()));
            }
        }
        Map<String, String> files = withNotes(best, found);
        List<String> notes = found.stream().map(Note::line).toList();
        try {
            Files.createDirectories(dir);
            for (Path p : existing) Files.delete(p);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
                written.add(p);
            }
            config.log().accept("modelsync import: wrote " + Words.count(written.size(), "model file") + " for "
                    + Words.count(chosen.tables().size(), "table") + " into " + config.baseDir().relativize(dir));
            written.forEach(p -> config.log().accept("  " + p.getFileName()));
            if (!notes.isEmpty()) {
                config.log().accept("modelsync import: " + Words.count(notes.size(), "thing") + " the model files do not say as the database has them:");
                notes.forEach(n -> config.log().accept("  " + n));
            }
            return new ImportResult(written, notes);
        } catch (IOException e) {
            throw new ModelSyncException("Cannot write the model files into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The files by name, the table each file is for, what the writer could not say, and what generate would change. */
    private record Attempt(Map<String, String> files, Map<String, String> tables, List<Note> notes, List<SchemaChange> left) {
    }

    /** The files, each with the notes about its table as a comment under its first line. */
    private static Map<String, String> withNotes(Attempt a, List<Note> notes) {
        Map<String, String> out = new TreeMap<>();
        a.files().forEach((file, text) -> {
            List<String> mine = notes.stream().filter(n -> n.table().equals(a.tables().get(file))).map(Note::line).toList();
            if (mine.isEmpty()) {
                out.put(file, text);
                return;
            }
            int eol = text.indexOf('\n') + 1;
            StringBuilder comment = new StringBuilder("# Not said here, as the model language has no word for it (docs/import.md):\n");
            for (String line : mine) comment.append("#   ").append(line.replace("\n", " ")).append('\n');
            out.put(file, text.substring(0, eol) + comment + text.substring(eol));
        });
        return out;
    }

    /**
     * The files under one convention, with or without the hasMany/hasOne side of each belongsTo.
     * Every junction starts in its preferred form (through its name, else through a model); one
     * whose table does not come back as it is, is tried in the next form (down to a model of its
     * own with two belongsTo), and keeps the form that leaves the fewest differences.
     */
    private static Attempt attempt(Schema chosen, String conventions, boolean inverses, Dialect dialect) {
        boolean v7 = conventions.equals("sequelize7");
        Map<String, Junction> junctions = ModelWriter.junctions(chosen);
        Map<String, Form> forms = new HashMap<>();
        junctions.forEach((table, j) -> forms.put(table, ModelWriter.preferred(j)));
        Map<String, Map<Form, Integer>> tried = new HashMap<>();
        Set<String> settled = new HashSet<>();
        while (true) {
            ModelWriter writer = new ModelWriter(chosen, junctions, forms, inverses, v7);
            Map<String, String> tables = new HashMap<>();
            Map<String, String> files = render(writer, conventions, tables);
            List<SchemaChange> left = roundTrip(files, chosen, dialect);
            Map<String, Integer> perTable = new HashMap<>();
            for (SchemaChange ch : left) perTable.merge(ch.subject(), 1, Integer::sum);
            boolean again = false;
            for (String table : junctions.keySet()) {
                if (settled.contains(table)) continue;
                Form form = forms.get(table);
                int n = perTable.getOrDefault(table, 0);
                tried.computeIfAbsent(table, k -> new EnumMap<>(Form.class)).put(form, n);
                if (n > 0 && form != Form.PLAIN) {
                    forms.put(table, Form.values()[form.ordinal() + 1]);
                    again = true;
                    continue;
                }
                settled.add(table);
                // the fewest differences; on a tie the earlier form (belongsToMany before a model of its own)
                Form best = tried.get(table).entrySet().stream().min(Map.Entry.<Form, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
                if (best != form) {
                    forms.put(table, best);
                    again = true;
                }
            }
            if (!again) return new Attempt(files, tables, writer.notes(), left);
        }
    }

    private static Schema chosen(Schema live, Options options) {
        List<Table> tables = live.tables().stream()
                .filter(t -> !t.name().toUpperCase(Locale.ROOT).startsWith("DATABASECHANGELOG"))
                .filter(t -> chosen(t.name(), options))
                .toList();
        Set<String> used = new HashSet<>();
        tables.forEach(t -> t.columns().forEach(c -> used.add(c.type().enumName())));
        List<EnumType> enums = live.enums().stream().filter(e -> used.contains(e.name())).toList();
        return new Schema(tables, enums);
    }

    /** Whether include and exclude let a table (or view) of that name in. */
    private static boolean chosen(String name, Options options) {
        List<Pattern> include = options.include().stream().map(ModelImporter::glob).toList();
        List<Pattern> exclude = options.exclude().stream().map(ModelImporter::glob).toList();
        return (include.isEmpty() || include.stream().anyMatch(p -> p.matcher(name).matches()))
                && exclude.stream().noneMatch(p -> p.matcher(name).matches());
    }

    private static Pattern glob(String g) {
        return Pattern.compile(Pattern.quote(g).replace("*", "\\E.*\\Q"));
    }

    /** The files by name, in the order generate reads them. */
    private static Map<String, String> render(ModelWriter writer, String conventions, Map<String, String> tables) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndent(2);
        o.setIndicatorIndent(0);
        o.setWidth(120);
        o.setSplitLines(false);
        Yaml yaml = new Yaml(o);
        Map<String, String> files = new TreeMap<>();
        for (ModelWriter.ModelFile m : writer.models()) {
            Map<String, Object> root = new LinkedHashMap<>();
            if (!conventions.equals("sequelize6")) root.put("conventions", conventions);
            root.put("models", Map.of(m.model(), m.definition()));
            files.put(m.file(), "# Imported by modelsync (model:import) from table " + m.table() + ".\n" + yaml.dump(root));
            tables.put(m.file(), m.table());
        }
        return files;
    }

    /**
     * What generate would change if the files were the model and the database, as baseline records
     * it, the recorded schema.
     */
    private static List<SchemaChange> roundTrip(Map<String, String> files, Schema live, Dialect dialect) {
        List<ModelParser.Source> sources = files.entrySet().stream()
                .map(e -> new ModelParser.Source(e.getKey(), e.getValue())).toList();
        Schema resolved = SchemaResolver.resolve(ModelParser.parse(sources), dialect.nameLimit()).schema();
        return Differ.diff(DialectForms.asDesired(live, resolved, dialect), resolved, DiffOptions.ALLOW_DESTRUCTIVE);
    }

    private static List<Path> modelFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".yaml") || n.endsWith(".yml");
            }).sorted().toList();
        } catch (IOException e) {
            throw new ModelSyncException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
