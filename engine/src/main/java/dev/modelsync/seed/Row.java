package dev.modelsync.seed;

import java.util.BitSet;

/**
 * One row of the run, canonical per identity: {@code values} holds, by column index, a
 * converted value, {@link #NULL} for an explicit null, a {@link Ref} to another row's column,
 * or Java null when not given.
 */
final class Row {
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    enum State { PENDING, NEW, EXISTING, ALIAS, FAILED }

    final SeedModel model;
    final int seq;
    final Object[] values;
    long pos;
    /** Declared at the top level of a seed file (not only mentioned under an association). */
    boolean declared;
    State state = State.PENDING;
    Row alias;
    /** Changed columns of an existing row (null: none). */
    BitSet changed;
    /** Database values of the columns given as {@link Ref}s, for existing rows (by column index). */
    Object[] oldRefs;

    Row(SeedModel model, int seq, Object[] values, long pos) {
        this.model = model;
        this.seq = seq;
        this.values = values;
        this.pos = pos;
    }

    Row resolve() {
        Row r = this;
        while (r.state == State.ALIAS) r = r.alias;
        return r;
    }

    boolean given(int c) {
        return values[c] != null;
    }

    /** The value a column will hold: a {@link Ref} is followed; null when unknown yet or SQL NULL. */
    static Object value(Row row, int c) {
        Row r = row.resolve();
        Object v = r.values[c];
        int guard = 0;
        while (v instanceof Ref ref && guard++ < 100) {
            Row t = ref.target().resolve();
            v = t.values[ref.column()];
        }
        return v == NULL || v instanceof Ref ? null : v;
    }

    void markChanged(int c) {
        if (changed == null) changed = new BitSet();
        changed.set(c);
    }

    /** A reference to the value of {@code column} of {@code target}, known once the target is resolved. */
    record Ref(Row target, int column) {
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
            return target.model.name + " " + Labels.key(target);
        }
    }
}
