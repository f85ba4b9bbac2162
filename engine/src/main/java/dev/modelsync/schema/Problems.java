package dev.modelsync.schema;

import dev.modelsync.model.ModelException;
import dev.modelsync.model.Pos;
import dev.modelsync.model.Problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    /** Valid names for a message: "a, b or c". */
    static String oneOf(Collection<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        if (sorted.isEmpty()) return "(none)";
        if (sorted.size() == 1) return sorted.get(0);
        return String.join(", ", sorted.subList(0, sorted.size() - 1)) + " or " + sorted.get(sorted.size() - 1);
    }
}
