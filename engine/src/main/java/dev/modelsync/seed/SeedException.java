package dev.modelsync.seed;

import dev.modelsync.ModelSyncException;
import dev.modelsync.model.Problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Seeding failed and nothing was written. {@link #problems()} lists every error found, each
 * with file, line and column, sorted by position.
 */
public final class SeedException extends ModelSyncException {
    private final List<Problem> problems;

    public SeedException(List<Problem> problems) {
        super(format(problems));
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String format(List<Problem> problems) {
        List<Problem> sorted = problems.stream().sorted().distinct().toList();
        int shown = Math.min(sorted.size(), 50);
        String more = sorted.size() > shown ? "\n  ... and " + (sorted.size() - shown) + " more" : "";
        return "Seeding failed, nothing was written. " + sorted.size() + (sorted.size() == 1 ? " error" : " errors")
                + ":\n" + sorted.stream().limit(shown).map(p -> "  " + p).collect(Collectors.joining("\n")) + more;
    }
}
