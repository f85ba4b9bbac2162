package dev.modelsync.model;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while parsing; nothing stops at the first one. */
final class Problems {
    private final List<Problem> list = new ArrayList<>();

    void add(Pos pos, String message) {
        list.add(new Problem(pos, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<Problem> list() {
        return List.copyOf(list);
    }

    void throwIfAny() {
        if (!list.isEmpty()) throw new ModelException(list);
    }
}
