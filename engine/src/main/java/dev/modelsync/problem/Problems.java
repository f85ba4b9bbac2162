package dev.modelsync.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of one run over input files; nothing stops at the first one, and
 * {@link #throwIfAny()} reports them all at once, in file and line order. The same problem twice is
 * kept once; after a generous cap the rest are dropped (the first ones say what to fix).
 */
public final class Problems {
    private static final int CAP = 1000;
    private final Set<Problem> set = new LinkedHashSet<>();
    private final String lead;

    public Problems() {
        this("");
    }

    /** {@code lead}: the sentence the report starts with (see {@link ProblemException}). */
    public Problems(String lead) {
        this.lead = lead;
    }

    public void add(Pos pos, String message) {
        if (set.size() < CAP) set.add(new Problem(pos, message));
    }

    public boolean isEmpty() {
        return set.isEmpty();
    }

    public boolean any() {
        return !set.isEmpty();
    }

    public int size() {
        return set.size();
    }

    public List<Problem> list() {
        return List.copyOf(set);
    }

    public void throwIfAny() {
        if (!set.isEmpty()) throw new ProblemException(lead, new ArrayList<>(set));
    }

    /** Valid names for a message: "a, b or c". */
    public static String oneOf(Collection<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        if (sorted.isEmpty()) return "(none)";
        if (sorted.size() == 1) return sorted.get(0);
        return String.join(", ", sorted.subList(0, sorted.size() - 1)) + " or " + sorted.get(sorted.size() - 1);
    }
}
