package dev.modelsync.seed;

import dev.modelsync.problem.Pos;
import dev.modelsync.problem.Problems;

/**
 * The problems of one seeding run: {@link Problems} with seeding's lead sentence, at a node's
 * {@code Pos} or at the compact position of {@link Sources} that rows and links keep (a long per row
 * instead of a {@code Pos}).
 */
public final class SeedProblems {
    private final Sources sources;
    private final Problems problems = new Problems("Seeding failed, nothing was written.");

    public SeedProblems(Sources sources) {
        this.sources = sources;
    }

    public void add(long pos, String message) {
        problems.add(sources.pos(pos), message);
    }

    public void add(Pos pos, String message) {
        problems.add(pos, message);
    }

    public boolean any() {
        return problems.any();
    }

    public int size() {
        return problems.size();
    }

    public void throwIfAny() {
        problems.throwIfAny();
    }

    public Sources sources() {
        return sources;
    }
}
