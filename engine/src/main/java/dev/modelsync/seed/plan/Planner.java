package dev.modelsync.seed.plan;

import dev.modelsync.seed.ColumnValues;
import dev.modelsync.seed.JunctionSpec;
import dev.modelsync.seed.Labels;
import dev.modelsync.seed.Row;
import dev.modelsync.seed.SeedModel;
import dev.modelsync.seed.SeedProblems;
import dev.modelsync.seed.SeedSchema;
import dev.modelsync.seed.SeedTable;
import dev.modelsync.seed.Sources;
import dev.modelsync.seed.Sql;
import dev.modelsync.seed.Validator;

import dev.modelsync.db.Dialect;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Decides, before anything is written, what happens to every row: found in the database
 * (and which columns changed), new, or the same row as another one. Works table by table in
 * foreign-key order so that the targets of a row are decided before the row. Only reads.
 */
public final class Planner {
    private static final int CHUNK = 1000;

    private final Connection conn;
    private final Dialect dialect;
    private final SeedSchema catalog;
    private final SeedProblems problems;

    private final boolean strictReferences;
    /** Rows that will be inserted only because a reference named them (not declared at a file's top level). */
    private final List<Row> createdFromReferences = new ArrayList<>();

    public Planner(Connection conn, Dialect dialect, SeedSchema catalog, SeedProblems problems) {
        this(conn, dialect, catalog, problems, false);
    }

    /** {@code strictReferences}: a reference to a row that exists nowhere is an error instead of creating the row. */
    public Planner(Connection conn, Dialect dialect, SeedSchema catalog, SeedProblems problems, boolean strictReferences) {
        this.conn = conn;
        this.dialect = dialect;
        this.catalog = catalog;
        this.problems = problems;
        this.strictReferences = strictReferences;
    }

    public void plan(List<List<SeedTable>> order, Map<SeedTable, List<SeedModel>> modelsByTable) throws SQLException {
        for (List<SeedTable> comp : order) {
            for (SeedTable t : comp) {
                t.emptyAtStart(isEmpty(t));
                for (SeedModel m : modelsByTable.getOrDefault(t, List.of())) planModel(m);
            }
        }
        for (SeedModel m : catalog.allModels()) {
            for (Row r : m.rows()) {
                if (r.state() == Row.State.EXISTING) diffRefs(r);
                else if (r.state() == Row.State.NEW) checkRequired(r);
                if (r.state() == Row.State.NEW && !r.declared()) createdFromReference(r);
            }
        }
        for (JunctionSpec spec : catalog.junctions()) planLinks(spec);
    }

    private boolean isEmpty(SeedTable t) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM " + Sql.table(t.name()) + " FETCH FIRST 1 ROWS ONLY");
             ResultSet rs = ps.executeQuery()) {
            return !rs.next();
        }
    }

    // ------------------------------------------------------------------ rows

    private void planModel(SeedModel m) throws SQLException {
        List<List<Row>> byCandidate = new ArrayList<>();
        for (int i = 0; i < m.candidates().size(); i++) byCandidate.add(new ArrayList<>());
        List<Row> unkeyed = new ArrayList<>();
        for (Row r : m.rows()) {
            int k = m.identity(r);
            if (k < 0) {
                unkeyed.add(r);
            } else if (m.table().emptyAtStart() || !keyKnown(r, m.candidates().get(k))) {
                r.state(Row.State.NEW);
            } else {
                byCandidate.get(k).add(r);
            }
        }
        for (int k = 0; k < byCandidate.size(); k++) {
            List<Row> rows = byCandidate.get(k);
            for (int i = 0; i < rows.size(); i += CHUNK) lookup(m, m.candidates().get(k), rows.subList(i, Math.min(rows.size(), i + CHUNK)));
        }
        unkeyed.sort(Comparator.comparingInt((Row r) -> -givenCount(r)).thenComparingInt(r -> r.seq()));
        Map<Integer, Map<Object, List<Row>>> index = new HashMap<>();
        for (Row r : unkeyed) match(m, r, index);
    }

    /** Can the key be looked up: every part known (a reference to a new row cannot be in the database). */
    private static boolean keyKnown(Row r, int[] cols) {
        for (int c : cols) if (Row.value(r, c) == null) return false;
        return true;
    }

    private static Object keyOf(Row r, int[] cols, SeedTable t) {
        Object[] k = new Object[cols.length];
        for (int i = 0; i < cols.length; i++) k[i] = keyPart(Row.value(r, cols[i]), t.column(cols[i]));
        return cols.length == 1 ? k[0] : Arrays.asList(k);
    }

    private static Object keyPart(Object v, Column c) {
        return c.type().kind() == ColumnType.Kind.CHAR && v instanceof String s ? s.stripTrailing() : v;
    }

    private void lookup(SeedModel m, int[] cols, List<Row> rows) throws SQLException {
        SeedTable t = m.table();
        Map<Object, Row> wanted = new HashMap<>();
        for (Row r : rows) wanted.put(keyOf(r, cols, t), r);
        StringBuilder sql = new StringBuilder("SELECT ").append(Sql.all(t)).append(" FROM ").append(Sql.table(t.name()))
                .append(" WHERE ");
        if (cols.length == 1) {
            sql.append(Sql.q(t.column(cols[0]).name())).append(" IN (");
            for (int i = 0; i < rows.size(); i++) sql.append(i == 0 ? "?" : ", ?");
            sql.append(')');
        } else {
            for (int i = 0; i < rows.size(); i++) {
                sql.append(i == 0 ? "(" : " OR (");
                for (int j = 0; j < cols.length; j++) {
                    if (j > 0) sql.append(" AND ");
                    sql.append(Sql.q(t.column(cols[j]).name())).append(" = ?");
                }
                sql.append(')');
            }
        }
        Map<Row, Boolean> seen = new IdentityHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
            int p = 1;
            for (Row r : rows) {
                for (int c : cols) ColumnValues.bind(ps, p++, t.column(c).type(), Row.value(r, c), dialect);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] db = read(rs, t);
                    Object key = dbKey(db, cols, t);
                    Row r = wanted.get(key);
                    if (r == null) continue;
                    if (seen.put(r, Boolean.TRUE) != null) {
                        fail(r, Labels.of(r) + ": the database holds more than one " + m.name() + " with "
                                + names(m, cols) + " = " + Labels.key(r) + "; the seed key must identify one row"
                                + " (make it unique, or give another seedKey)");
                        continue;
                    }
                    adopt(r, db);
                }
            }
        }
        for (Row r : rows) if (r.state() == Row.State.PENDING) r.state(Row.State.NEW);
    }

    private static Object dbKey(Object[] db, int[] cols, SeedTable t) {
        Object[] k = new Object[cols.length];
        for (int i = 0; i < cols.length; i++) k[i] = keyPart(db[cols[i]], t.column(cols[i]));
        return cols.length == 1 ? k[0] : Arrays.asList(k);
    }

    private Object[] read(ResultSet rs, SeedTable t) throws SQLException {
        Object[] v = new Object[t.width()];
        for (int c = 0; c < v.length; c++) v[c] = ColumnValues.fromDb(rs, c + 1, t.column(c).type(), dialect);
        return v;
    }

    /** The row exists: note changed columns, remember old foreign keys, fill key columns others refer to. */
    private void adopt(Row r, Object[] db) {
        r.state(Row.State.EXISTING);
        SeedTable t = r.model().table();
        for (int c = 0; c < db.length; c++) {
            Object v = r.get(c);
            if (v == null) {
                if (t.referenced(c) && db[c] != null) r.set(c, db[c]);
            } else if (v instanceof Row.Ref) {
                r.rememberOld(c, db[c]);
            } else if (!ColumnValues.same(t.column(c).type(), v, db[c], dialect)) {
                r.markChanged(c);
            }
        }
    }

    // ------------------------------------------------------------------ rows without a key

    private static int givenCount(Row r) {
        int n = 0;
        for (int c = 0; c < r.width(); c++) if (r.given(c)) n++;
        return n;
    }

    private static boolean eq(Object a, Object b) {
        if (a instanceof Row.Ref x && b instanceof Row.Ref y) {
            return x.column() == y.column() && x.target().resolve() == y.target().resolve();
        }
        return Objects.equals(a, b);
    }

    /** A row without a key matches rows (of this run or of the database) that have all its given values. */
    private void match(SeedModel m, Row r, Map<Integer, Map<Object, List<Row>>> index) throws SQLException {
        int first = -1;
        for (int c = 0; c < r.width(); c++) {
            if (r.get(c) != null && !(r.get(c) instanceof Row.Ref)) {
                first = c;
                break;
            }
        }
        List<Row> inRun = new ArrayList<>();
        List<Row> pool = first < 0 ? m.rows()
                : index.computeIfAbsent(first, c -> buildIndex(m, c)).getOrDefault(r.get(first), List.of());
        for (Row s : pool) {
            if (s == r || s.state() == Row.State.ALIAS) continue;
            boolean superset = true;
            for (int c = 0; c < r.width() && superset; c++) {
                if (r.get(c) != null && !eq(r.get(c), s.get(c))) superset = false;
            }
            if (superset && !inRun.contains(s.resolve())) inRun.add(s.resolve());
        }
        List<Object[]> dbRows = m.table().emptyAtStart() ? List.of() : dbMatches(m, r);
        // database rows that an in-run row already stands for are the same row
        List<Object[]> others = new ArrayList<>();
        for (Object[] db : dbRows) {
            boolean represented = inRun.stream().anyMatch(s -> s.state() == Row.State.EXISTING && samePk(m.table(), s, db));
            if (!represented) others.add(db);
        }
        int total = inRun.size() + others.size();
        if (total > 1) {
            String where = inRun.stream().map(s -> Labels.of(s) + " at " + problems.sources().pos(s.pos()))
                    .reduce((a, b) -> a + ", " + b).orElse("");
            fail(r, Labels.of(r) + " is ambiguous: it matches " + total + " rows" + (where.isEmpty() ? "" : " (" + where + ")")
                    + (others.isEmpty() ? "" : (others.size() == 1 ? " and a row" : " and " + others.size() + " rows")
                    + " in the database") + "; add attributes that tell them apart, or give " + m.name() + " a seedKey");
            return;
        }
        if (total == 0) {
            r.state(Row.State.NEW);
        } else if (inRun.size() == 1) {
            r.aliasOf(inRun.get(0));
        } else {
            adopt(r, others.get(0));
        }
    }

    private static Map<Object, List<Row>> buildIndex(SeedModel m, int c) {
        Map<Object, List<Row>> ix = new HashMap<>();
        for (Row s : m.rows()) if (s.get(c) != null) ix.computeIfAbsent(s.get(c), k -> new ArrayList<>()).add(s);
        return ix;
    }

    private static boolean samePk(SeedTable t, Row s, Object[] db) {
        if (t.pk().length == 0) return false;
        for (int c : t.pk()) if (!Objects.equals(Row.value(s, c), db[c])) return false;
        return true;
    }

    private List<Object[]> dbMatches(SeedModel m, Row r) throws SQLException {
        SeedTable t = m.table();
        List<Integer> cols = new ArrayList<>();
        List<Object> vals = new ArrayList<>();
        for (int c = 0; c < r.width(); c++) {
            Object v = r.get(c);
            if (v == null) continue;
            ColumnType.Kind k = t.column(c).type().kind();
            if (k == ColumnType.Kind.JSON || k == ColumnType.Kind.JSONB || k == ColumnType.Kind.BLOB) continue;
            Object resolved = v == Row.NULL ? Row.NULL : Row.value(r, c);
            if (resolved == null) return List.of(); // refers to a new row: cannot be in the database yet
            cols.add(c);
            vals.add(resolved);
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(Sql.all(t)).append(" FROM ").append(Sql.table(t.name()));
        for (int i = 0; i < cols.size(); i++) {
            sql.append(i == 0 ? " WHERE " : " AND ").append(Sql.q(t.column(cols.get(i)).name()))
                    .append(vals.get(i) == Row.NULL ? " IS NULL" : " = ?");
        }
        sql.append(" FETCH FIRST 2 ROWS ONLY");
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
            int p = 1;
            for (int i = 0; i < cols.size(); i++) {
                if (vals.get(i) != Row.NULL) ColumnValues.bind(ps, p++, t.column(cols.get(i)).type(), vals.get(i), dialect);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs, t));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ after all tables

    private static void diffRefs(Row r) {
        if (!r.hasOld()) return;
        for (int c = 0; c < r.width(); c++) {
            if (!(r.get(c) instanceof Row.Ref ref)) continue;
            Row target = ref.target().resolve();
            Object now = target.state() == Row.State.EXISTING ? Row.value(r, c) : null;
            if (now == null || !ColumnValues.same(r.model().table().column(c).type(), now, r.old(c))) r.markChanged(c);
        }
        r.forgetOld();
    }

    /** Per model, the columns a new row must give ({@link SeedModel#mustGive}). */
    private final Map<SeedModel, int[]> required = new HashMap<>();

    private void checkRequired(Row r) {
        SeedModel m = r.model();
        SeedTable t = m.table();
        int[] cols = required.computeIfAbsent(m, x -> IntStream.range(0, t.width()).filter(m::mustGive).toArray());
        List<String> missing = null;
        for (int c : cols) {
            if (r.get(c) != null) continue;
            if (missing == null) missing = new ArrayList<>();
            missing.add(m.attributeOf(c) + Validator.notNullMessage(m.validator(c), " (", ")"));
        }
        if (missing == null) return;
        String what = "no value for " + String.join(", ", missing) + (missing.size() == 1 ? ", which is" : ", which are")
                + " NOT NULL without a default";
        if (r.declared()) {
            fail(r, Labels.of(r) + ": " + what);
        } else {
            fail(r, Labels.of(r) + " is neither in the database nor declared in the seed files, and cannot be"
                    + " created from this reference: " + what + "; declare the row under " + m.name()
                    + " or fix the reference");
        }
    }

    /**
     * A reference names a row that is neither in the database nor declared in the seed files (a mistyped
     * tag, say): the row is created from the reference, and listed; under strictReferences, refused.
     */
    private void createdFromReference(Row r) {
        if (strictReferences) {
            fail(r, Labels.of(r) + " is neither in the database nor declared in the seed files; strictReferences"
                    + " does not create rows from references: declare it under " + r.model().name()
                    + " or fix the reference");
        } else {
            createdFromReferences.add(r);
        }
    }

    /**
     * "created Tag 'rust' (first seen at seeds/posts.yaml:12:18)" per row the plan creates from a
     * reference, the first {@code most} of them, then how many more.
     */
    public List<String> createdFromReferences(int most) {
        return createdLines(createdFromReferences, problems.sources(), most);
    }

    static List<String> createdLines(List<Row> rows, Sources sources, int most) {
        List<String> out = new ArrayList<>();
        for (Row r : rows.subList(0, Math.min(most, rows.size()))) {
            out.add("created " + Labels.of(r) + " (first seen at " + sources.pos(r.pos()) + ")");
        }
        if (rows.size() > most) out.add("... and " + (rows.size() - most) + " more rows created from references");
        return out;
    }

    /**
     * The seed's tables must exist: a seed before the first sync (or after a model change not yet synced)
     * fails in one line that says so, instead of the database's own "table not found" for the first insert.
     * Run before the seed's transaction starts (a failed lookup would end it on PostgreSQL).
     */
    public static void requireTables(Connection conn, java.util.Collection<SeedTable> tables, String shownUrl) {
        List<String> missing = new ArrayList<>();
        for (SeedTable t : tables) {
            try (java.sql.Statement s = conn.createStatement()) {
                s.executeQuery("SELECT 1 FROM " + Sql.table(t.name()) + " WHERE 1 = 0").close();
            } catch (SQLException e) {
                missing.add(t.name());
            }
        }
        if (missing.isEmpty()) return;
        missing.sort(null);
        throw new dev.modelsync.problem.ModelSyncException("Cannot seed " + shownUrl + ": "
                + (missing.size() == tables.size() ? "the database has none of the model's tables yet ("
                        : "the database lacks " + dev.modelsync.problem.Words.count(missing.size(), "table") + " of the model (")
                + String.join(", ", missing) + "). Run sync first (it creates them), then seed.");
    }

    private void fail(Row r, String message) {
        r.state(Row.State.FAILED);
        problems.add(r.pos(), message);
    }

    private static String names(SeedModel m, int[] cols) {
        return String.join(", ", Arrays.stream(cols).mapToObj(c -> m.attributeOf(c)).toList());
    }

    // ------------------------------------------------------------------ junction links

    private void planLinks(JunctionSpec spec) {
        List<JunctionSpec.JunctionLink> links = spec.links();
        if (links.isEmpty()) return;
        for (JunctionSpec.JunctionLink l : links) l.resolve();
        JunctionSpec.sortLinks(links);
        int kept = 0; // duplicates merged into the first of their pair, in place
        JunctionSpec.JunctionLink prev = null;
        for (int i = 0; i < links.size(); i++) {
            JunctionSpec.JunctionLink l = links.get(i);
            if (prev != null && prev.a() == l.a() && prev.b() == l.b()) {
                mergeLink(spec, prev, l);
                continue;
            }
            links.set(kept++, l);
            prev = l;
        }
        links.subList(kept, links.size()).clear();
        if (spec.through().table().emptyAtStart()) {
            for (JunctionSpec.JunctionLink l : links) {
                String missing = spec.missingAttrs(l);
                if (missing != null) problems.add(l.pos(), missing);
            }
        }
    }

    private void mergeLink(JunctionSpec spec, JunctionSpec.JunctionLink kept, JunctionSpec.JunctionLink dup) {
        if (dup.attrs() == null) return;
        if (kept.attrs() == null) {
            kept.attrs(dup.attrs());
            return;
        }
        Object[] merged = kept.attrs().clone();
        for (int i = 0; i < merged.length; i++) {
            Object v = dup.attr(i);
            if (v == null) continue;
            if (merged[i] == null) merged[i] = v;
            else if (!merged[i].equals(v)) {
                problems.add(dup.pos(), "the link " + Labels.of(dup.a()) + " - " + Labels.of(dup.b()) + " in "
                        + spec.through().table().name() + " has " + spec.through().attributeOf(spec.attrColumn(i)) + " "
                        + Labels.text(v) + " here but " + Labels.text(merged[i]) + " at "
                        + problems.sources().pos(kept.pos()) + "; one link cannot have two values");
            }
        }
        kept.attrs(merged);
    }
}
