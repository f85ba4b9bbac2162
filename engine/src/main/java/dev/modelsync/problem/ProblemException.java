package dev.modelsync.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem found in a set of input files (model files or seed files), sorted by file, line and
 * column: {@code 2 errors:} and one line per problem, {@code file:line:column: message}, after an
 * optional lead sentence (seeding says that nothing was written). At most 50 are listed.
 */
public final class ProblemException extends ModelSyncException {
    private static final int SHOWN = 50;
    private final List<Problem> problems;

    public ProblemException(List<Problem> problems) {
        this("", problems);
    }

    /** {@code lead}: a sentence put before the count, or empty. */
    public ProblemException(String lead, List<Problem> problems) {
        super(format(lead, problems));
        this.problems = problems.stream().sorted().distinct().toList();
    }

    /** A single problem. */
    public ProblemException(Pos pos, String message) {
        this(List.of(new Problem(pos, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String format(String lead, List<Problem> problems) {
        List<Problem> sorted = problems.stream().sorted().distinct().toList();
        int shown = Math.min(sorted.size(), SHOWN);
        String more = sorted.size() > shown ? "\n  ... and " + (sorted.size() - shown) + " more" : "";
        return (lead.isEmpty() ? "" : lead + " ") + sorted.size() + (sorted.size() == 1 ? " error" : " errors") + ":\n"
                + sorted.stream().limit(shown).map(p -> "  " + p).collect(Collectors.joining("\n")) + more;
    }
}
