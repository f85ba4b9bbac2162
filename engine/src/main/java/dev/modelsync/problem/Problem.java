package dev.modelsync.problem;

/** One error found in a source file: where, and what would be valid. */
public record Problem(Pos pos, String message) implements Comparable<Problem> {
    @Override
    public int compareTo(Problem o) {
        int c = pos.compareTo(o.pos);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return pos + ": " + message;
    }
}
