package dev.modelsync.seed.plan;

import dev.modelsync.seed.SeedTable;

import dev.modelsync.schema.ForeignKey;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Insertion order from the foreign-key graph: strongly connected components (Tarjan) in
 * dependency order, referenced tables first. Inside a cycle, tables are ordered by their NOT
 * NULL foreign keys; nullable foreign keys inside a cycle are filled by an update after the
 * inserts.
 */
public final class TableOrder {
    private TableOrder() {
    }

    /** Components (strongly connected sets of tables) in insertion order, each in its tables' insertion order. */
    public static List<List<SeedTable>> of(Collection<SeedTable> tables) {
        Map<String, SeedTable> byName = new HashMap<>();
        for (SeedTable t : tables) byName.put(t.name(), t);
        List<SeedTable> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparing(t -> t.name()));
        Tarjan tarjan = new Tarjan(byName);
        for (SeedTable t : sorted) if (!tarjan.index.containsKey(t)) tarjan.visit(t);
        // Tarjan emits components with dependencies (referenced tables) first.
        List<List<SeedTable>> result = new ArrayList<>();
        for (List<SeedTable> c : tarjan.components) {
            List<SeedTable> inside = c.size() > 1 ? orderInside(c) : c;
            result.add(inside);
        }
        return result;
    }

    private static List<SeedTable> orderInside(List<SeedTable> comp) {
        List<SeedTable> left = new ArrayList<>(comp);
        left.sort(Comparator.comparing(t -> t.name()));
        List<SeedTable> out = new ArrayList<>();
        while (!left.isEmpty()) {
            SeedTable pick = null;
            for (SeedTable t : left) {
                boolean ready = true;
                for (ForeignKey fk : t.table().foreignKeys()) {
                    if (fk.refTable().equals(t.name()) || !notNull(t, fk)) continue;
                    if (left.stream().anyMatch(o -> o.name().equals(fk.refTable()))) ready = false;
                }
                if (ready) {
                    pick = t;
                    break;
                }
            }
            if (pick == null) pick = left.get(0); // a cycle of NOT NULL keys: the writer reports it
            left.remove(pick);
            out.add(pick);
        }
        return out;
    }

    static boolean notNull(SeedTable t, ForeignKey fk) {
        return fk.columns().stream().anyMatch(c -> t.col(c) >= 0 && !t.column(t.col(c)).nullable());
    }

    private static final class Tarjan {
        final Map<String, SeedTable> byName;
        final Map<SeedTable, Integer> index = new HashMap<>();
        final Map<SeedTable, Integer> low = new HashMap<>();
        final Deque<SeedTable> stack = new ArrayDeque<>();
        final Map<SeedTable, Boolean> onStack = new HashMap<>();
        final List<List<SeedTable>> components = new ArrayList<>();
        int counter;

        Tarjan(Map<String, SeedTable> byName) {
            this.byName = byName;
        }

        // recursion depth is bounded by the FK chain length; deep chains use an explicit stack below
        void visit(SeedTable root) {
            Deque<Object[]> work = new ArrayDeque<>();
            start(root);
            work.push(new Object[] {root, successors(root), 0});
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                SeedTable v = (SeedTable) frame[0];
                @SuppressWarnings("unchecked")
                List<SeedTable> succ = (List<SeedTable>) frame[1];
                int i = (int) frame[2];
                if (i < succ.size()) {
                    frame[2] = i + 1;
                    SeedTable w = succ.get(i);
                    if (!index.containsKey(w)) {
                        start(w);
                        work.push(new Object[] {w, successors(w), 0});
                    } else if (onStack.getOrDefault(w, false)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    SeedTable parent = (SeedTable) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<SeedTable> comp = new ArrayList<>();
                    SeedTable w;
                    do {
                        w = stack.pop();
                        onStack.put(w, false);
                        comp.add(w);
                    } while (w != v);
                    components.add(comp);
                }
            }
        }

        private void start(SeedTable v) {
            index.put(v, counter);
            low.put(v, counter);
            counter++;
            stack.push(v);
            onStack.put(v, true);
        }

        private List<SeedTable> successors(SeedTable t) {
            List<SeedTable> s = new ArrayList<>();
            for (ForeignKey fk : t.table().foreignKeys()) {
                SeedTable r = byName.get(fk.refTable());
                if (r != null && r != t && !s.contains(r)) s.add(r);
            }
            s.sort(Comparator.comparing(x -> x.name()));
            return s;
        }
    }
}
