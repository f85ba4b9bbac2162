package dev.modelsync.schema;

import dev.modelsync.model.ModelException;
import dev.modelsync.model.Pos;
import dev.modelsync.model.Problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Collects resolution errors; {@link #throwIfAny()} reports them all at once, in file and line order. */
final class Problems {
    private final List<Problem> list = new ArrayList<>();

    void add(Pos pos, String message) {
        Problem p = new Problem(pos, message);
        if (!list.contains(p)) list.add(p);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    void throwIfAny() {
        if (!list.isEmpty()) throw new ModelException(list);
    }

    /** " (did you mean X?)" for the nearest candidate within a small edit distance, else "". */
    static String didYouMean(String given, Collection<String> candidates) {
        return nearest(given, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    static Optional<String> nearest(String given, Collection<String> candidates) {
        String g = given.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .map(c -> new Object[]{c, distance(g, c.toLowerCase(Locale.ROOT))})
                .filter(o -> (int) o[1] <= Math.max(2, given.length() / 3))
                .min(Comparator.comparingInt((Object[] o) -> (int) o[1]).thenComparing(o -> (String) o[0]))
                .map(o -> (String) o[0]);
    }

    /** Valid names for a message: "a, b or c". */
    static String oneOf(Collection<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        if (sorted.isEmpty()) return "(none)";
        if (sorted.size() == 1) return sorted.get(0);
        return String.join(", ", sorted.subList(0, sorted.size() - 1)) + " or " + sorted.get(sorted.size() - 1);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
