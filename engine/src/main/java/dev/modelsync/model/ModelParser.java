package dev.modelsync.model;

import dev.modelsync.problem.ProblemException;
import dev.modelsync.problem.Pos;
import dev.modelsync.problem.Problem;
import dev.modelsync.problem.Problems;
import dev.modelsync.yaml.InputText;
import dev.modelsync.yaml.YNode;
import dev.modelsync.yaml.YamlFiles;
import dev.modelsync.yaml.YamlReader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses every *.yaml / *.yml file under a models directory into one {@link ModelSet}.
 * Every problem of every file is collected and thrown together as one {@link ProblemException}.
 */
public final class ModelParser {
    private ModelParser() {
    }

    /** One model file: its name as positions should show it, and its text. */
    public record Source(String fileName, String content) {}

    /**
     * Reads every {@code *.yaml} and {@code *.yml} file under {@code dir}, recursively, in the order
     * of their paths relative to {@code dir}; files whose name starts with '.' are skipped. Positions
     * name a file as {@code dir} as given, '/', and the relative path: {@code src/main/models/shop/order.yaml}.
     */
    public static ModelSet parseDirectory(Path dir) {
        return parseDirectory(dir, dir.toString());
    }

    /**
     * As {@link #parseDirectory(Path)}, but positions name a file as {@code shownAs}, '/', and the
     * relative path (the facade shows the models directory relative to the project directory).
     */
    public static ModelSet parseDirectory(Path dir, String shownAs) {
        if (!Files.isDirectory(dir)) {
            throw new ProblemException(List.of(new Problem(Pos.NONE, "models directory " + dir + " does not exist"
                    + " or is not a directory; create it with your *.yaml model files, or point modelsDirectory"
                    + " at the directory that holds them " + dev.modelsync.problem.Words.option("modelsDirectory"))));
        }
        String prefix = shownAs.replace('\\', '/');
        prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        List<Path> files;
        try {
            files = YamlFiles.under(dir);
        } catch (IOException e) {
            throw new ProblemException(List.of(new Problem(Pos.NONE, "cannot list models directory " + dir + ": " + e)));
        }
        List<Source> sources = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        for (Path file : files) {
            String name = prefix + YamlFiles.relative(dir, file);
            try {
                if (Files.size(file) > YamlReader.MAX_FILE_BYTES) {
                    unreadable.add(new Problem(new Pos(name, 1, 1), "the file is too large: " + Files.size(file)
                            + " bytes, more than the " + YamlReader.MAX_FILE_BYTES + " a model file may hold; split it"));
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                Optional<InputText.Flaw> flaw = InputText.check(bytes, Long.MAX_VALUE); // lines: YamlReader
                if (flaw.isPresent()) {
                    unreadable.add(new Problem(new Pos(name, flaw.get().line(), flaw.get().column()), flaw.get().message()));
                    continue;
                }
                sources.add(new Source(name, decode(bytes)));
            } catch (CharacterCodingException e) {
                unreadable.add(new Problem(new Pos(name, 1, 1), "the file is not UTF-8 text"));
            } catch (IOException e) {
                unreadable.add(new Problem(new Pos(name, 1, 1), "cannot read the file: " + e.getMessage()));
            }
        }
        return parse(sources, unreadable);
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Parses the given files, in the given order, as one model set. */
    public static ModelSet parse(List<Source> sources) {
        return parse(sources, List.of());
    }

    private static ModelSet parse(List<Source> sources, List<Problem> earlier) {
        Problems problems = new Problems();
        earlier.forEach(p -> problems.add(p.pos(), p.message()));
        Values values = new Values(problems);
        FileReader reader = new FileReader(values);
        List<ModelDef> models = new ArrayList<>();
        Map<String, Pos> modelPositions = new HashMap<>();
        Optional<FileReader.Located<ModelOptions>> define = Optional.empty();
        Optional<FileReader.Located<Conventions>> conventions = Optional.empty();
        for (Source source : sources) {
            FileReader.Parsed file = reader.read(YamlReader.read(source.fileName(), source.content(), problems));
            for (YNode.Scalar key : file.modelKeys()) {
                Pos first = modelPositions.putIfAbsent(key.text(), key.pos());
                if (first != null) {
                    problems.add(key.pos(), "model '" + key.text() + "' is already defined at " + first
                            + "; a model name may be used once in the whole model set");
                }
            }
            models.addAll(file.models());
            define = agree(define, file.define(), "define", problems);
            conventions = agree(conventions, file.conventions(), "conventions", problems);
        }
        problems.throwIfAny();
        return new ModelSet(conventions.map(FileReader.Located::value).orElse(Conventions.SEQUELIZE6),
                define.map(FileReader.Located::value).orElse(ModelOptions.NONE), models);
    }

    private static <T> Optional<FileReader.Located<T>> agree(Optional<FileReader.Located<T>> first,
                                                             Optional<FileReader.Located<T>> next, String what,
                                                             Problems problems) {
        if (first.isEmpty()) return next;
        if (next.isPresent() && !next.get().value().equals(first.get().value())) {
            problems.add(next.get().pos(), what + " differs from the one at " + first.get().pos() + "; every file that sets "
                    + what + " must set it to the same value");
        }
        return first;
    }
}
