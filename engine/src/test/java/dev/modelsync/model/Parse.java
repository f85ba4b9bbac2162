package dev.modelsync.model;

import dev.modelsync.problem.ProblemException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Test helpers: parse YAML text, or collect the problems it yields. */
final class Parse {
    private Parse() {
    }

    static ModelSet yaml(String yaml) {
        return ModelParser.parse(List.of(new ModelParser.Source("models/test.yaml", yaml)));
    }

    static ModelDef model(String yaml) {
        return yaml(yaml).models().get(0);
    }

    /** The problems, as "line:column message". */
    static List<String> problems(String yaml) {
        return problems(List.of(new ModelParser.Source("models/test.yaml", yaml)));
    }

    static List<String> problems(List<ModelParser.Source> sources) {
        try {
            ModelParser.parse(sources);
        } catch (ProblemException e) {
            return e.problems().stream().map(p -> (sources.size() > 1 ? p.pos().file() + ":" : "")
                    + p.pos().line() + ":" + p.pos().column() + " " + p.message()).toList();
        }
        throw new AssertionError("expected problems, but it parsed");
    }

    static void fails(String yaml) {
        assertThatThrownBy(() -> yaml(yaml)).isInstanceOf(ProblemException.class);
    }
}
