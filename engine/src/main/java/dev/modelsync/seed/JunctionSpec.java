package dev.modelsync.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A junction table of belongsToMany associations: the two foreign-key columns in a fixed
 * order (by column name) so that both sides of a many-to-many name the same pair, and the
 * links of this run.
 */
public final class JunctionSpec {
    public final SeedModel through;
    final int colA;
    final int colB;
    /** Columns of the referenced rows: colA points at refA of A's table, colB at refB. */
    final int refA;
    final int refB;
    /** Columns that carry junction attributes (everything but the pair). */
    final int[] attrColumns;
    final String throughName;
    public final List<JunctionLink> links = new ArrayList<>();

    JunctionSpec(SeedModel through, String throughName, int colA, int colB, int refA, int refB) {
        this.through = through;
        this.throughName = throughName;
        this.colA = colA;
        this.colB = colB;
        this.refA = refA;
        this.refB = refB;
        int n = through.table.columns.length;
        int[] attrs = new int[n - 2];
        int k = 0;
        for (int c = 0; c < n; c++) if (c != colA && c != colB) attrs[k++] = c;
        this.attrColumns = attrs;
    }

    private int[] requiredAttrs;

    /** Indexes in {@link #attrColumns} of the columns a new link must give ({@link SeedModel#mustGive}). */
    int[] requiredAttrs() {
        if (requiredAttrs == null) {
            requiredAttrs = IntStream.range(0, attrColumns.length).filter(i -> through.mustGive(attrColumns[i])).toArray();
        }
        return requiredAttrs;
    }

    /** Position of column {@code c} in {@link #attrColumns}, -1 for the pair. */
    int attrIndex(int c) {
        for (int i = 0; i < attrColumns.length; i++) if (attrColumns[i] == c) return i;
        return -1;
    }

    /** One link: A and B rows and the junction attributes (indexed like attrColumns; null when none). */
    static final class JunctionLink {
        Row a;
        Row b;
        Object[] attrs;
        final long pos;

        JunctionLink(Row a, Row b, Object[] attrs, long pos) {
            this.a = a;
            this.b = b;
            this.attrs = attrs;
            this.pos = pos;
        }
    }
}
