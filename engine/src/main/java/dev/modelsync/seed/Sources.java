package dev.modelsync.seed;

import dev.modelsync.problem.Pos;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed files of one run and compact positions in them: a position is packed into a
 * {@code long} (file index, line, column) so that a million rows cost 8 bytes each for it.
 */
public final class Sources {
    private final List<String> files = new ArrayList<>();
    /** The file of the last {@link #pack(Pos)}: positions come file by file. */
    private String lastFile;
    private int lastIndex;

    public int add(String displayName) {
        files.add(displayName);
        return files.size() - 1;
    }

    public static long pack(int file, int line, int column) {
        return ((long) file << 48) | ((line & 0xffffffffL) << 16) | Math.min(column, 0xffff);
    }

    /** The display name of file {@code index}, the one its positions carry ("" for an index not added). */
    public String name(int index) {
        return index >= 0 && index < files.size() ? files.get(index) : "";
    }

    /** A position in one of these files, packed; -1 for a position elsewhere. */
    public long pack(Pos p) {
        if (p.file() != lastFile) {
            int i = files.indexOf(p.file());
            if (i < 0) return -1;
            lastFile = files.get(i);
            lastIndex = i;
        }
        return pack(lastIndex, p.line(), p.column());
    }

    public Pos pos(long packed) {
        if (packed < 0) return Pos.NONE;
        int file = (int) (packed >>> 48);
        int line = (int) ((packed >>> 16) & 0xffffffffL);
        int column = (int) (packed & 0xffff);
        return file < files.size() ? new Pos(files.get(file), line, column) : Pos.NONE;
    }
}
