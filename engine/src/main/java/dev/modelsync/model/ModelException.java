package dev.modelsync.model;

import java.util.List;
import java.util.stream.Collectors;

/** All problems found in a set of source files, sorted by file, line and column. */
public class ModelException extends RuntimeException {
    private final List<Problem> problems;

    public ModelException(List<Problem> problems) {
        super(format(problems));
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String format(List<Problem> problems) {
        List<Problem> sorted = problems.stream().sorted().toList();
        return sorted.size() + (sorted.size() == 1 ? " error" : " errors") + ":\n"
                + sorted.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
