package dev.modelsync.model;

import dev.modelsync.problem.Pos;
import dev.modelsync.problem.Suggest;
import dev.modelsync.yaml.YNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads the top level of one model file: {@code models}, {@code define}, {@code conventions}. */
final class FileReader {
    static final List<String> KEYS = List.of("models", "define", "conventions");
    static final List<String> CONVENTIONS = Arrays.stream(Conventions.values()).map(Conventions::key).toList();

    /** A value and where its key was written. */
    record Located<T>(T value, Pos pos) {}

    /** What one file declares. {@code modelKeys}: every model name key, valid or not. */
    record Parsed(List<ModelDef> models, List<YNode.Scalar> modelKeys, Optional<Located<ModelOptions>> define,
                  Optional<Located<Conventions>> conventions) {}

    private final Values values;

    FileReader(Values values) {
        this.values = values;
    }

    Parsed read(Optional<YNode> root) {
        List<ModelDef> models = new ArrayList<>();
        List<YNode.Scalar> modelKeys = new ArrayList<>();
        Optional<Located<ModelOptions>> define = Optional.empty();
        Optional<Located<Conventions>> conventions = Optional.empty();
        if (root.isEmpty() || root.get() instanceof YNode.Scalar s && s.isNull()) {
            return new Parsed(models, modelKeys, define, conventions);
        }
        if (!(root.get() instanceof YNode.Map map)) {
            values.problems().add(root.get().pos(), "a model file is a mapping with the keys " + String.join(", ", KEYS)
                    + ", found " + root.get().describe());
            return new Parsed(models, modelKeys, define, conventions);
        }
        ModelReader modelReader = new ModelReader(values);
        for (YNode.Entry e : map.entries()) {
            switch (e.key().text()) {
                case "models" -> values.map(e.value(), "models").ifPresent(m -> m.entries().forEach(model -> {
                    modelKeys.add(model.key());
                    modelReader.read(model.key(), model.value()).ifPresent(models::add);
                }));
                case "define" -> define = define(e.value()).map(d -> new Located<>(d, e.key().pos()));
                case "conventions" -> conventions = conventions(e.value()).map(c -> new Located<>(c, e.key().pos()));
                default -> values.unknown(e.key(), "top-level key", KEYS, "valid");
            }
        }
        return new Parsed(models, modelKeys, define, conventions);
    }

    private Optional<ModelOptions> define(YNode node) {
        Optional<YNode.Map> map = values.map(node, "define");
        if (map.isEmpty()) return Optional.empty();
        int before = values.problems().size();
        OptionsReader options = new OptionsReader(values);
        String valid = String.join(", ", OptionsReader.DEFAULTABLE);
        for (YNode.Entry e : map.get().entries()) {
            String key = e.key().text();
            if (key.equals("tableName") || ModelReader.KEYS.contains(key) && !OptionsReader.DEFAULTABLE.contains(key)) {
                values.problems().add(e.key().pos(), "'" + key + "' is set per model, define cannot default it; "
                        + "define may set: " + valid);
            } else if (!options.accept(e)) {
                values.unknown(e.key(), "define option", OptionsReader.DEFAULTABLE, "define may set");
            }
        }
        return values.problems().size() > before ? Optional.empty() : Optional.of(options.build());
    }

    private Optional<Conventions> conventions(YNode node) {
        Optional<String> text = values.string(node, "conventions");
        if (text.isEmpty()) return Optional.empty();
        for (Conventions c : Conventions.values()) {
            if (c.key().equalsIgnoreCase(text.get())) return Optional.of(c);
        }
        values.problems().add(node.pos(), "unknown conventions '" + text.get() + "'"
                + Suggest.didYouMean(text.get(), CONVENTIONS) + "; valid: " + String.join(", ", CONVENTIONS));
        return Optional.empty();
    }
}
