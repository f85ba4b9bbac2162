package dev.modelsync.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A junction table of belongsToMany associations: the two foreign-key columns in a fixed
 * order (by column name) so that both sides of a many-to-many name the same pair, and the
 * links of this run.
 */
public final class JunctionSpec {
    private final SeedModel through;
    private final int colA;
    private final int colB;
    /** Columns of the referenced rows: colA points at refA of A's table, colB at refB. */
    private final int refA;
    private final int refB;
    /** Columns that carry junction attributes (everything but the pair). */
    private final int[] attrColumns;
    private final String throughName;
    private final List<JunctionLink> links = new ArrayList<>();
    private int[] requiredAttrs;

    JunctionSpec(SeedModel through, String throughName, int colA, int colB, int refA, int refB) {
        this.through = through;
        this.throughName = throughName;
        this.colA = colA;
        this.colB = colB;
        this.refA = refA;
        this.refB = refB;
        int n = through.table().width();
        int[] attrs = new int[n - 2];
        int k = 0;
        for (int c = 0; c < n; c++) if (c != colA && c != colB) attrs[k++] = c;
        this.attrColumns = attrs;
    }

    /** The model of the junction table (a pseudo-model when the table has none). */
    public SeedModel through() {
        return through;
    }

    /** The name the junction attributes are given under in a seed ({@code { UserProject: { role: x } }}). */
    public String throughName() {
        return throughName;
    }

    /** The junction column that points at the A row. */
    public int colA() {
        return colA;
    }

    public int colB() {
        return colB;
    }

    /** The column of A's table that {@link #colA()} points at. */
    public int refA() {
        return refA;
    }

    public int refB() {
        return refB;
    }

    /** How many junction attributes (columns other than the pair) the table has. */
    public int attrCount() {
        return attrColumns.length;
    }

    /** The column of junction attribute {@code i}. */
    public int attrColumn(int i) {
        return attrColumns[i];
    }

    /** The links of this run; the reader adds them, the planner sorts and merges them in place. */
    public List<JunctionLink> links() {
        return links;
    }

    /** Indexes of the junction attributes a new link must give ({@link SeedModel#mustGive}). */
    public int[] requiredAttrs() {
        if (requiredAttrs == null) {
            requiredAttrs = IntStream.range(0, attrColumns.length).filter(i -> through.mustGive(attrColumns[i])).toArray();
        }
        return requiredAttrs;
    }

    /** The index of column {@code c} among the junction attributes, -1 for the pair. */
    public int attrIndex(int c) {
        for (int i = 0; i < attrColumns.length; i++) if (attrColumns[i] == c) return i;
        return -1;
    }

    /** A message when a new link would lack a NOT NULL junction attribute, else null. */
    public String missingAttrs(JunctionLink l) {
        List<String> missing = null;
        for (int i : requiredAttrs()) {
            if (l.attr(i) != null) continue;
            if (missing == null) missing = new ArrayList<>();
            missing.add(through.attributeOf(attrColumns[i]));
        }
        if (missing == null) return null;
        return "the link " + Labels.of(l.a()) + " - " + Labels.of(l.b()) + " needs " + String.join(", ", missing)
                + " (NOT NULL without a default in " + through.table().name() + "); give it as { " + throughName + ": { "
                + missing.get(0) + ": ... } }";
    }

    /** Sorts links by (a, b) in seed order, stably: by b, then stably by a ({@link StableOrder}). */
    public static void sortLinks(List<JunctionLink> links) {
        if (links.size() < 64) {
            links.sort(Comparator.comparingInt((JunctionLink l) -> l.a().seq()).thenComparingInt(l -> l.b().seq()));
            return;
        }
        List<JunctionLink> byB = permuted(links, StableOrder.of(links, l -> l.b().seq()));
        List<JunctionLink> byAB = permuted(byB, StableOrder.of(byB, l -> l.a().seq()));
        for (int i = 0; i < byAB.size(); i++) links.set(i, byAB.get(i));
    }

    private static List<JunctionLink> permuted(List<JunctionLink> links, int[] order) {
        JunctionLink[] out = new JunctionLink[order.length];
        for (int i = 0; i < order.length; i++) out[i] = links.get(order[i]);
        return Arrays.asList(out);
    }

    /** Indexes of the links (sorted by (A, B)) in (B, A) order: stably by B's sequence number. */
    public static int[] orderOfB(List<JunctionLink> links) {
        return StableOrder.of(links, l -> l.b().seq());
    }

    /**
     * One link: A and B rows and the junction attributes (indexed like the junction attributes; null
     * when none). The planner replaces the rows by the rows they resolve to and merges duplicate links.
     */
    public static final class JunctionLink {
        private Row a;
        private Row b;
        private Object[] attrs;
        private final long pos;

        public JunctionLink(Row a, Row b, Object[] attrs, long pos) {
            this.a = a;
            this.b = b;
            this.attrs = attrs;
            this.pos = pos;
        }

        public Row a() {
            return a;
        }

        public Row b() {
            return b;
        }

        public long pos() {
            return pos;
        }

        /** The junction attributes given, null when none; callers do not change the array. */
        public Object[] attrs() {
            return attrs;
        }

        /** Junction attribute {@code i} as given, null when not given. */
        public Object attr(int i) {
            return attrs == null ? null : attrs[i];
        }

        public void attrs(Object[] attrs) {
            this.attrs = attrs;
        }

        /** Both ends become the rows they resolve to ({@link Row#resolve()}). */
        public void resolve() {
            a = a.resolve();
            b = b.resolve();
        }
    }
}
