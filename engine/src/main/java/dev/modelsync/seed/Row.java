package dev.modelsync.seed;

import java.util.BitSet;

/**
 * One row of the run, canonical per identity: its values hold, by column index, a converted
 * value, {@link #NULL} for an explicit null, a {@link Ref} to another row's column, or Java null
 * when not given. The reader creates rows and merges the values of every mention; the planner
 * decides their {@link State}; the writer fills generated keys, defaults and timestamps.
 */
public final class Row {
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    public enum State { PENDING, NEW, EXISTING, ALIAS, FAILED }

    private final SeedModel model;
    private final int seq;
    private final Object[] values;
    private long pos;
    /** Declared at the top level of a seed file (not only mentioned under an association). */
    private boolean declared;
    private State state = State.PENDING;
    private Row alias;
    /** Changed columns of an existing row, or columns of a new row filled after the inserts (null: none). */
    private BitSet changed;
    /** Database values of the columns given as {@link Ref}s, for existing rows (by column index). */
    private Object[] oldRefs;

    /** {@code values} becomes the row's own (not copied). */
    public Row(SeedModel model, int seq, Object[] values, long pos) {
        this.model = model;
        this.seq = seq;
        this.values = values;
        this.pos = pos;
    }

    public SeedModel model() {
        return model;
    }

    /** The row's number in reading order (-1 for a row that stands in for one that could not be read). */
    public int seq() {
        return seq;
    }

    /** Where the row is declared (or first mentioned), packed by {@link Sources}. */
    public long pos() {
        return pos;
    }

    public boolean declared() {
        return declared;
    }

    /** The row is declared at the top level of a file, at {@code pos}. */
    public void declareAt(long pos) {
        this.declared = true;
        this.pos = pos;
    }

    /** How many columns the row has (its table's). */
    public int width() {
        return values.length;
    }

    /** The value as given or filled (a {@link Ref}, {@link #NULL}, or null when not given). */
    public Object get(int c) {
        return values[c];
    }

    public void set(int c, Object v) {
        values[c] = v;
    }

    public boolean given(int c) {
        return values[c] != null;
    }

    /** The values as given, by column index, for identity lookups; callers do not change them. */
    Object[] givenValues() {
        return values;
    }

    public State state() {
        return state;
    }

    public void state(State s) {
        this.state = s;
    }

    /** This row is the same as {@code other} (a row without a key that matched another one). */
    public void aliasOf(Row other) {
        this.state = State.ALIAS;
        this.alias = other;
    }

    public Row resolve() {
        Row r = this;
        while (r.state == State.ALIAS) r = r.alias;
        return r;
    }

    /** The value a column will hold: a {@link Ref} is followed; null when unknown yet or SQL NULL. */
    public static Object value(Row row, int c) {
        Row r = row.resolve();
        Object v = r.values[c];
        int guard = 0;
        while (v instanceof Ref ref && guard++ < 100) {
            Row t = ref.target().resolve();
            v = t.values[ref.column()];
        }
        return v == NULL || v instanceof Ref ? null : v;
    }

    public void markChanged(int c) {
        if (changed == null) changed = new BitSet();
        changed.set(c);
    }

    /** The changed columns; null when none. */
    public BitSet changed() {
        return changed;
    }

    public boolean changed(int c) {
        return changed != null && changed.get(c);
    }

    public void clearChanged() {
        changed = null;
    }

    /** Remembers the database value of column {@code c}, which the seed gives as a {@link Ref}. */
    public void rememberOld(int c, Object db) {
        if (oldRefs == null) oldRefs = new Object[values.length];
        oldRefs[c] = db;
    }

    public boolean hasOld() {
        return oldRefs != null;
    }

    public Object old(int c) {
        return oldRefs[c];
    }

    public void forgetOld() {
        oldRefs = null;
    }

    /** A reference to the value of {@code column} of {@code target}, known once the target is resolved. */
    public record Ref(Row target, int column) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Ref r && r.target == target && r.column == column;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(target) * 31 + column;
        }

        @Override
        public String toString() {
            return target.model.name() + " " + Labels.key(target);
        }
    }
}
