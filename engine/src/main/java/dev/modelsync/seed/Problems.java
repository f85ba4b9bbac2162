package dev.modelsync.seed;

import dev.modelsync.model.Problem;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of a run with their positions; stops collecting after a generous cap. */
final class Problems {
    private static final int CAP = 1000;
    private final Sources sources;
    private final List<Problem> list = new ArrayList<>();

    Problems(Sources sources) {
        this.sources = sources;
    }

    void add(long pos, String message) {
        if (list.size() < CAP) list.add(new Problem(sources.pos(pos), message));
    }

    boolean any() {
        return !list.isEmpty();
    }

    int size() {
        return list.size();
    }

    void throwIfAny() {
        if (any()) throw new SeedException(list);
    }

    Sources sources() {
        return sources;
    }
}
