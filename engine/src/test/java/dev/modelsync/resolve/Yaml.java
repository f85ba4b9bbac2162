package dev.modelsync.resolve;

import dev.modelsync.schema.SchemaDump;

import dev.modelsync.problem.ProblemException;
import dev.modelsync.model.ModelParser;
import dev.modelsync.model.ModelSet;

import java.util.List;

/** Test helpers: resolve YAML model text, or collect the problems it yields as "line:column message". */
final class Yaml {
    private Yaml() {
    }

    static ModelSet parse(String yaml) {
        return ModelParser.parse(List.of(new ModelParser.Source("models/test.yaml", yaml)));
    }

    static Resolved resolve(String yaml) {
        return SchemaResolver.resolve(parse(yaml));
    }

    static String dump(String yaml) {
        return SchemaDump.dump(resolve(yaml).schema());
    }

    static List<String> problems(String yaml) {
        ModelSet set = parse(yaml);
        try {
            SchemaResolver.resolve(set);
        } catch (ProblemException e) {
            return e.problems().stream().map(p -> p.pos().line() + ":" + p.pos().column() + " " + p.message()).toList();
        }
        throw new AssertionError("expected problems, but it resolved");
    }
}
