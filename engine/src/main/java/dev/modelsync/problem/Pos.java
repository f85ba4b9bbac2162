package dev.modelsync.problem;

import java.nio.file.Path;

/** A position in a source file: 1-based line and column. {@link #NONE} when unknown. */
public record Pos(String file, int line, int column) implements Comparable<Pos> {
    public static final Pos NONE = new Pos("", 0, 0);

    public static Pos of(Path file, int line, int column) {
        return new Pos(file.toString(), line, column);
    }

    @Override
    public int compareTo(Pos o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return this == NONE || file.isEmpty() ? "<unknown>" : file + ":" + line + ":" + column;
    }
}
