package dev.modelsync.seed.write;

import dev.modelsync.seed.ColumnValues;
import dev.modelsync.seed.JunctionSpec;
import dev.modelsync.seed.Labels;
import dev.modelsync.seed.Row;
import dev.modelsync.seed.SeedModel;
import dev.modelsync.seed.SeedSchema;
import dev.modelsync.seed.SeedTable;
import dev.modelsync.seed.Sql;

import dev.modelsync.db.Dialect;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.DefaultValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import dev.modelsync.problem.Words;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the plan, component by component in foreign-key order: generated keys are reserved
 * first so every reference is known; new rows are inserted (foreign keys inside a cycle are
 * filled by an update afterwards); changed columns of existing rows are updated; then the
 * junction links are inserted or updated. Runs inside the caller's transaction.
 */
public final class Writer {
    private static final int LINK_CHUNK = 1000;

    private final Connection conn;
    private final Dialect dialect;
    private final SeedSchema catalog;
    private final Progress progress;
    private final OffsetDateTime now;
    private final IdAllocator ids;
    private final RowWriter out;
    /** Per table: rows inserted, updated and unchanged. */
    private final Map<String, int[]> stats = new TreeMap<>();

    public Writer(Connection conn, Dialect dialect, SeedSchema catalog, Progress progress, OffsetDateTime now) {
        this.conn = conn;
        this.dialect = dialect;
        this.catalog = catalog;
        this.progress = progress;
        this.now = now;
        this.ids = new IdAllocator(conn, dialect);
        this.out = new RowWriter(conn, dialect, progress);
    }

    public void write(List<List<SeedTable>> order, Map<SeedTable, List<SeedModel>> modelsByTable)
            throws SQLException, RowWriter.WriteFailure {
        Map<SeedTable, List<Row>> fresh = new LinkedHashMap<>();
        for (List<SeedTable> comp : order) {
            for (SeedTable t : comp) {
                List<Row> rows = new ArrayList<>();
                for (SeedModel m : modelsByTable.getOrDefault(t, List.of())) {
                    for (Row r : m.rows()) if (r.state() == Row.State.NEW) rows.add(r);
                }
                fresh.put(t, rows);
                prepareNew(t, rows);
            }
        }
        Map<SeedTable, JunctionSpec> junctionOf = new HashMap<>();
        for (JunctionSpec s : catalog.junctions()) junctionOf.put(s.through().table(), s);
        for (List<SeedTable> comp : order) {
            List<Row> deferred = new ArrayList<>();
            for (SeedTable t : comp) insertRows(t, comp, fresh.get(t), deferred);
            fillDeferred(deferred);
            for (SeedTable t : comp) {
                for (SeedModel m : modelsByTable.getOrDefault(t, List.of())) updateRows(m);
            }
            for (SeedTable t : comp) {
                JunctionSpec spec = junctionOf.get(t);
                if (spec != null && !spec.links().isEmpty()) writeLinks(spec);
            }
        }
    }

    /** Per table name, in name order: rows {inserted, updated, unchanged} so far. */
    public Map<String, int[]> stats() {
        Map<String, int[]> copy = new TreeMap<>();
        stats.forEach((t, s) -> copy.put(t, s.clone()));
        return copy;
    }

    private int[] stat(String table) {
        return stats.computeIfAbsent(table, k -> new int[3]);
    }

    // ------------------------------------------------------------------ new rows

    /** Generated keys, defaults and timestamps go into the row before any insert, so references can read them. */
    private void prepareNew(SeedTable t, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) return;
        if (t.autoPk() >= 0) {
            long maxExplicit = Long.MIN_VALUE;
            int need = 0;
            for (Row r : rows) {
                Object v = r.get(t.autoPk());
                if (v instanceof Long l) maxExplicit = Math.max(maxExplicit, l);
                else if (v == null) need++;
            }
            long[] block = ids.reserve(t, need, maxExplicit);
            int i = 0;
            for (Row r : rows) if (r.get(t.autoPk()) == null) r.set(t.autoPk(), block[i++]);
        }
        for (Row r : rows) {
            SeedModel m = r.model();
            for (int c = 0; c < t.width(); c++) {
                if (r.get(c) != null) continue;
                if (c == m.createdAt() || c == m.updatedAt()) r.set(c, now);
                else {
                    Object d = ColumnValues.defaultValue(t.column(c), t.enumValues(c), now);
                    if (d != null) r.set(c, d);
                }
            }
        }
    }

    /** {@code comp}: the tables of {@code t}'s component in insertion order. */
    private void insertRows(SeedTable t, List<SeedTable> comp, List<Row> rows, List<Row> deferred)
            throws SQLException, RowWriter.WriteFailure {
        if (rows.isEmpty()) return;
        int at = comp.indexOf(t);
        for (Row r : rows) {
            for (int c = 0; c < r.width(); c++) {
                if (!(r.get(c) instanceof Row.Ref ref)) continue;
                Row target = ref.target().resolve();
                SeedTable tt = target.model().table();
                if (target.state() == Row.State.NEW && comp.indexOf(tt) >= at) { // inserted with or after this table
                    if (!t.column(c).nullable()) {
                        throw new RowWriter.WriteFailure(r.pos(), Labels.of(r) + " and " + Labels.of(target)
                                + " refer to each other through NOT NULL foreign keys (" + r.model().attributeOf(c)
                                + "), so neither can be inserted first; make one of the foreign keys nullable");
                    }
                    r.markChanged(c); // for new rows: columns filled after the inserts
                }
            }
            if (r.changed() != null) deferred.add(r);
        }
        progress.start(t.name(), rows.size());
        long start = System.nanoTime();
        for (var group : bySqlDefaults(t, rows).entrySet()) {
            List<Row> g = group.getValue();
            out.insert(t, group.getKey(), g.size(), i -> insertValues(g.get(i)), i -> g.get(i).pos());
        }
        stat(t.name())[0] += rows.size();
        logDone(t.name() + ": " + rows.size() + " inserted", rows.size(), System.nanoTime() - start);
    }

    /** Rows grouped by the columns they bind: columns with SQL defaults are left out when not given. */
    private static Map<int[], List<Row>> bySqlDefaults(SeedTable t, List<Row> rows) {
        Map<BitSet, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            BitSet omit = new BitSet();
            for (int c = 0; c < t.width(); c++) {
                if (r.get(c) == null && sqlDefault(t.column(c))) omit.set(c);
            }
            groups.computeIfAbsent(omit, k -> new ArrayList<>()).add(r);
        }
        Map<int[], List<Row>> result = new LinkedHashMap<>();
        for (var e : groups.entrySet()) {
            int[] cols = new int[t.width() - e.getKey().cardinality()];
            int k = 0;
            for (int c = 0; c < t.width(); c++) if (!e.getKey().get(c)) cols[k++] = c;
            result.put(cols, e.getValue());
        }
        return result;
    }

    /** A column the database fills when it is left out (defaults seeding cannot compute itself). */
    private static boolean sqlDefault(Column c) {
        return c.defaultValue().isPresent() || c.autoIncrement();
    }

    private static Object[] insertValues(Row r) {
        Object[] v = new Object[r.width()];
        for (int c = 0; c < v.length; c++) {
            if (r.changed() != null && r.changed().get(c)) continue; // filled after the inserts
            v[c] = Row.value(r, c);
        }
        return v;
    }

    private void fillDeferred(List<Row> deferred) throws SQLException, RowWriter.WriteFailure {
        Map<SeedTable, Map<BitSet, List<Row>>> groups = new LinkedHashMap<>();
        for (Row r : deferred) {
            groups.computeIfAbsent(r.model().table(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.changed(), k -> new ArrayList<>()).add(r);
        }
        for (var te : groups.entrySet()) {
            SeedTable t = te.getKey();
            for (var ge : te.getValue().entrySet()) {
                int[] set = ge.getKey().stream().toArray();
                List<Row> g = ge.getValue();
                int[] where = whereColumns(g.get(0));
                out.update(t, set, where, g.size(), i -> resolved(g.get(i)), i -> g.get(i).pos());
            }
        }
        for (Row r : deferred) r.clearChanged();
    }

    private static Object[] resolved(Row r) {
        Object[] v = new Object[r.width()];
        for (int c = 0; c < v.length; c++) v[c] = Row.value(r, c);
        return v;
    }

    private static int[] whereColumns(Row r) throws RowWriter.WriteFailure {
        SeedTable t = r.model().table();
        if (t.pk().length > 0) return t.pk();
        int k = r.model().identity(r);
        if (k < 0) throw new RowWriter.WriteFailure(r.pos(), "cannot update " + Labels.of(r) + ": " + t.name()
                + " has no primary key and the row no seed key");
        return r.model().candidates().get(k);
    }

    // ------------------------------------------------------------------ existing rows

    private void updateRows(SeedModel m) throws SQLException, RowWriter.WriteFailure {
        Map<BitSet, List<Row>> groups = new LinkedHashMap<>();
        int unchanged = 0;
        for (Row r : m.rows()) {
            if (r.state() != Row.State.EXISTING) continue;
            if (r.changed() == null) {
                unchanged++;
                continue;
            }
            BitSet set = (BitSet) r.changed().clone();
            if (m.updatedAt() >= 0 && r.get(m.updatedAt()) == null) set.set(m.updatedAt());
            groups.computeIfAbsent(set, k -> new ArrayList<>()).add(r);
        }
        stat(m.table().name())[2] += unchanged;
        if (groups.isEmpty()) return;
        long start = System.nanoTime();
        int count = 0;
        for (var e : groups.entrySet()) {
            int[] set = e.getKey().stream().toArray();
            List<Row> g = e.getValue();
            int[] where = whereColumns(g.get(0));
            progress.start(m.table().name() + " (updates)", g.size());
            out.update(m.table(), set, where, g.size(), i -> {
                Object[] v = resolved(g.get(i));
                if (m.updatedAt() >= 0 && !g.get(i).given(m.updatedAt())) v[m.updatedAt()] = now;
                return v;
            }, i -> g.get(i).pos());
            count += g.size();
        }
        stat(m.table().name())[1] += count;
        logDone(m.table().name() + ": " + count + " updated", count, System.nanoTime() - start);
    }

    // ------------------------------------------------------------------ junction links

    private void writeLinks(JunctionSpec spec) throws SQLException, RowWriter.WriteFailure {
        SeedTable t = spec.through().table();
        List<JunctionSpec.JunctionLink> links = spec.links();
        long start = System.nanoTime();
        progress.start(t.name() + " (links)", links.size());
        int[] counts = new int[3];
        if (t.emptyAtStart() && spec.through().rows().isEmpty()) {
            insertLinks(spec, links);
            counts[0] = links.size();
        } else {
            int from = 0;
            while (from < links.size()) {
                int to = from;
                int distinct = 0;
                Row last = null;
                while (to < links.size() && (distinct < LINK_CHUNK || links.get(to).a() == last)) {
                    if (links.get(to).a() != last) {
                        distinct++;
                        last = links.get(to).a();
                    }
                    to++;
                }
                chunk(spec, links.subList(from, to), counts);
                from = to;
            }
        }
        int[] s = stat(t.name());
        for (int i = 0; i < 3; i++) s[i] += counts[i];
        logDone(t.name() + ": " + Words.count(counts[0], "link") + " inserted, " + counts[1] + " updated, " + counts[2] + " unchanged",
                counts[0] + counts[1] + counts[2], System.nanoTime() - start);
    }

    private void chunk(JunctionSpec spec, List<JunctionSpec.JunctionLink> links, int[] counts)
            throws SQLException, RowWriter.WriteFailure {
        SeedTable t = spec.through().table();
        List<Object> as = new ArrayList<>();
        Object lastA = null;
        for (JunctionSpec.JunctionLink l : links) {
            Object a = Row.value(l.a(), spec.refA());
            if (!a.equals(lastA)) as.add(a);
            lastA = a;
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(Sql.all(t)).append(" FROM ").append(Sql.table(t.name()))
                .append(" WHERE ").append(Sql.q(t.column(spec.colA()).name())).append(" IN (");
        for (int i = 0; i < as.size(); i++) sql.append(i == 0 ? "?" : ", ?");
        sql.append(')');
        Map<List<Object>, Object[]> existing = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
            for (int i = 0; i < as.size(); i++) ColumnValues.bind(ps, i + 1, t.column(spec.colA()).type(), as.get(i), dialect);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] db = new Object[t.width()];
                    for (int c = 0; c < db.length; c++) db[c] = ColumnValues.fromDb(rs, c + 1, t.column(c).type(), dialect);
                    existing.put(List.of(db[spec.colA()], db[spec.colB()]), db);
                }
            }
        }
        List<JunctionSpec.JunctionLink> fresh = new ArrayList<>();
        Map<BitSet, List<Object[]>> updates = new LinkedHashMap<>();
        Map<BitSet, List<Long>> updatePos = new HashMap<>();
        SeedModel m = spec.through();
        for (JunctionSpec.JunctionLink l : links) {
            Object a = Row.value(l.a(), spec.refA());
            Object b = Row.value(l.b(), spec.refB());
            Object[] db = existing.get(List.of(a, b));
            if (db == null) {
                String missing = spec.missingAttrs(l);
                if (missing != null) throw new RowWriter.WriteFailure(l.pos(), missing);
                fresh.add(l);
                continue;
            }
            BitSet set = new BitSet();
            if (l.attrs() != null) {
                for (int i = 0; i < spec.attrCount(); i++) {
                    int c = spec.attrColumn(i);
                    if (l.attrs()[i] != null && !ColumnValues.same(t.column(c).type(), l.attrs()[i], db[c], dialect)) {
                        set.set(c);
                        db[c] = l.attrs()[i] == Row.NULL ? null : l.attrs()[i];
                    }
                }
            }
            if (set.isEmpty()) {
                counts[2]++;
                continue;
            }
            if (m.updatedAt() >= 0 && spec.attrIndex(m.updatedAt()) >= 0 && (l.attrs() == null
                    || l.attrs()[spec.attrIndex(m.updatedAt())] == null)) {
                set.set(m.updatedAt());
                db[m.updatedAt()] = now;
            }
            updates.computeIfAbsent(set, k -> new ArrayList<>()).add(db);
            updatePos.computeIfAbsent(set, k -> new ArrayList<>()).add(l.pos());
        }
        insertLinks(spec, fresh);
        counts[0] += fresh.size();
        for (var e : updates.entrySet()) {
            List<Object[]> rows = e.getValue();
            List<Long> pos = updatePos.get(e.getKey());
            out.update(t, e.getKey().stream().toArray(), new int[] {spec.colA(), spec.colB()}, rows.size(), rows::get,
                    pos::get);
            counts[1] += rows.size();
        }
    }

    private void insertLinks(JunctionSpec spec, List<JunctionSpec.JunctionLink> links)
            throws SQLException, RowWriter.WriteFailure {
        if (links.isEmpty()) return;
        SeedTable t = spec.through().table();
        long[] block = t.autoPk() >= 0 ? ids.reserve(t, links.size(), Long.MIN_VALUE) : null;
        // columns bound: all but SQL defaults not given by any link of this group
        BitSet given = new BitSet();
        for (JunctionSpec.JunctionLink l : links) {
            if (l.attrs() == null) continue;
            for (int i = 0; i < l.attrs().length; i++) if (l.attrs()[i] != null) given.set(spec.attrColumn(i));
        }
        List<Integer> colList = new ArrayList<>();
        for (int c = 0; c < t.width(); c++) {
            boolean omit = c != t.autoPk() && c != spec.colA() && c != spec.colB() && !given.get(c)
                    && c != spec.through().createdAt() && c != spec.through().updatedAt()
                    && t.column(c).defaultValue().isPresent()
                    && ColumnValues.defaultValue(t.column(c), t.enumValues(c), now) == null;
            if (!omit) colList.add(c);
        }
        int[] cols = colList.stream().mapToInt(Integer::intValue).toArray();
        Object[] defaults = new Object[t.width()];
        for (int c = 0; c < t.width(); c++) {
            if (c == spec.through().createdAt() || c == spec.through().updatedAt()) defaults[c] = now;
            else defaults[c] = ColumnValues.defaultValue(t.column(c), t.enumValues(c), now);
        }
        boolean[] uuid = new boolean[spec.attrCount()];
        for (int k = 0; k < uuid.length; k++) {
            Column col = t.column(spec.attrColumn(k));
            uuid[k] = col.defaultValue().isPresent() && col.defaultValue().get().kind() == DefaultValue.Kind.UUIDV4;
        }
        int[] byB = JunctionSpec.orderOfB(links);
        Object[] keys = referencedKeys(spec, links, byB);
        // when the primary key starts with B's column (e.g. (userId, projectId) with A = Project), rows go in
        // that order: the database then appends to its index instead of inserting all over it
        int[] order = block == null && t.pk().length > 0 && t.pk()[0] == spec.colB() ? byB : null;
        out.insert(t, cols, links.size(), i -> {
            int li = order == null ? i : order[i];
            JunctionSpec.JunctionLink l = links.get(li);
            Object[] v = defaults.clone();
            Object[] attrs = l.attrs();
            for (int k = 0; k < uuid.length; k++) {
                if (attrs != null && attrs[k] != null) v[spec.attrColumn(k)] = attrs[k];
                else if (uuid[k]) v[spec.attrColumn(k)] = java.util.UUID.randomUUID();
            }
            v[spec.colA()] = keys[2 * li];
            v[spec.colB()] = keys[2 * li + 1];
            if (block != null) v[t.autoPk()] = block[i];
            return v;
        }, i -> links.get(order == null ? i : order[i]).pos());
    }

    /**
     * The two foreign-key values of every link (at 2i and 2i+1), looked up in the order of the B
     * rows rather than in the links' (A, B) order: the B rows and the links were created in that
     * order, so the lookups walk memory in sequence instead of jumping (a large share of the
     * insert's time otherwise goes to cache misses).
     */
    private static Object[] referencedKeys(JunctionSpec spec, List<JunctionSpec.JunctionLink> links, int[] byB) {
        Object[] keys = new Object[2 * links.size()];
        for (int i : byB) {
            JunctionSpec.JunctionLink l = links.get(i);
            keys[2 * i] = Row.value(l.a(), spec.refA());
            keys[2 * i + 1] = Row.value(l.b(), spec.refB());
        }
        return keys;
    }

    /** One line per table and step: rows, time, rows/s, and how the inserts went (COPY, LOAD DATA, batches). */
    private void logDone(String what, long rows, long nanos) {
        String how = out.methods();
        progress.info("seed: " + what + Progress.took(rows, nanos) + (how.isEmpty() ? "" : " (inserted by " + how + ")"));
    }
}
