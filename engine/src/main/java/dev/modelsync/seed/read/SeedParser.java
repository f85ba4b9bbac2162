package dev.modelsync.seed.read;

import dev.modelsync.seed.ColumnValues;
import dev.modelsync.seed.JunctionSpec;
import dev.modelsync.seed.Labels;
import dev.modelsync.seed.Row;
import dev.modelsync.seed.SeedModel;
import dev.modelsync.seed.SeedProblems;
import dev.modelsync.seed.SeedSchema;
import dev.modelsync.seed.Validator;
import dev.modelsync.yaml.YNode;

import dev.modelsync.model.AssociationDef.Kind;
import dev.modelsync.problem.Pos;
import dev.modelsync.problem.Suggest;
import dev.modelsync.schema.Column;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns seed rows (as {@link YNode}s) into canonical {@link Row}s and junction links:
 * attributes are converted and validated against their columns, associations are followed,
 * and every mention of the same identity (seedKey, primary key, unique attribute) lands on
 * one row. Errors are collected with positions; nothing here touches the database.
 */
public final class SeedParser implements SeedReader.Handler {
    private final SeedSchema catalog;
    private final SeedProblems problems;
    /**
     * Values kept for the run share one copy per content: direct-mapped caches by hash, so
     * values that repeat often (a role, a status) stay cached whatever else passes through.
     */
    private final String[] strings = new String[1 << 14];
    private final Object[][] tuples = new Object[1 << 10][];
    /** Per model, its rows of this run by each identity candidate's key, and its rows without a key. */
    private final Map<SeedModel, Identities> identities = new IdentityHashMap<>();
    private int seq;
    private int rowCount;
    private int linkCount;

    public SeedParser(SeedSchema catalog, SeedProblems problems) {
        this.catalog = catalog;
        this.problems = problems;
    }

    /** Rows read so far (top-level row mappings). */
    public int rowCount() {
        return rowCount;
    }

    /** belongsToMany links read so far. */
    public int linkCount() {
        return linkCount;
    }

    @Override
    public boolean model(String name, Pos pos) {
        if (catalog.model(name) != null) return true;
        problems.add(pos, "unknown model '" + name + "'" + Suggest.didYouMean(name, catalog.modelNames())
                + "; the models are: " + listed(catalog.modelNames()));
        return false;
    }

    @Override
    public void row(String model, YNode node) {
        SeedModel m = catalog.model(model);
        if (!(node instanceof YNode.Map map)) {
            problems.add(node.pos(), "a row of " + model + " must be a mapping of attribute names to values,"
                    + " e.g. '- { name: Alice }'; found " + node.describe());
            return;
        }
        parseRow(m, map, -1, null, true, null);
        rowCount++;
    }

    /**
     * Parses one row mapping and returns its canonical row (null when it could not be identified
     * because of errors). {@code presetCol}/{@code preset}: a foreign key the enclosing
     * association sets. {@code skipKey}: the through-model key of a belongsToMany entry.
     */
    private Row parseRow(SeedModel m, YNode.Map map, int presetCol, Row.Ref preset, boolean top, String skipKey) {
        int errors = problems.size();
        Object[] values = new Object[m.table().width()];
        if (presetCol >= 0) values[presetCol] = preset;
        Lazy label = Lazy.of(() -> label(m, map));
        List<Integer> later = null; // hasMany / hasOne / belongsToMany entries, after the row is known
        for (int i = 0; i < map.entries().size(); i++) {
            YNode.Scalar key = map.entries().get(i).key();
            YNode value = map.entries().get(i).value();
            String k = key.text();
            Integer c = m.attribute(k);
            if (c != null) {
                if (c == presetCol) {
                    problems.add(key.pos(), label + ": " + k + " is set by the enclosing association; leave it out");
                    continue;
                }
                if (values[c] != null) {
                    problems.add(key.pos(), label + ": " + k + " is given twice (as attribute and association)");
                    continue;
                }
                Object v = convert(m, c, value, label);
                if (v != null) values[c] = v;
                continue;
            }
            SeedModel.Assoc a = m.association(k);
            if (a != null) {
                if (a.kind() == Kind.BELONGS_TO) {
                    belongsTo(m, a, key, value, values, label);
                } else {
                    if (later == null) later = new ArrayList<>(2);
                    later.add(i);
                }
                continue;
            }
            if (k.equals(skipKey)) continue;
            if (m.isVirtual(k)) {
                problems.add(key.pos(), label + ": '" + k + "' is a VIRTUAL attribute of " + m.name()
                        + ": it has no column, so a seed cannot set it (Sequelize computes it in JavaScript)");
                continue;
            }
            List<String> names = new ArrayList<>(m.attributeNames());
            names.addAll(m.associationNames());
            problems.add(key.pos(), label + ": unknown attribute or association '" + k + "'"
                    + Suggest.didYouMean(k, names) + "; " + m.name() + " has " + listed(names));
        }
        boolean ok = problems.size() == errors;
        Row row = ok ? canonical(m, values, packed(map), top, label) : null;
        if (later == null) return row;
        Row parent = row != null ? row : new Row(m, -1, values, packed(map));
        for (int i : later) {
            SeedModel.Assoc a = m.association(map.entries().get(i).key().text());
            children(m, parent, a, map.entries().get(i).key(), map.entries().get(i).value(), label);
        }
        return row;
    }

    private Object convert(SeedModel m, int c, YNode value, Object label) {
        Column col = m.column(c);
        String attr = m.attributeOf(c);
        Object v;
        try {
            v = YamlValues.fromYaml(value, col, m.table().enumValues(c));
        } catch (ColumnValues.BadValue e) {
            problems.add(value.pos(), label + ": " + attr + " " + value.describe() + " " + message(e.getMessage()));
            return null;
        }
        if (v == Row.NULL) {
            if (!col.nullable()) {
                problems.add(value.pos(), label + ": " + attr + " must not be null (the column " + col.name()
                        + " is NOT NULL)" + Validator.notNullMessage(m.validator(c), ": ", ""));
                return null;
            }
            return v;
        }
        if (m.validator(c) != null) {
            String failure = m.validator(c).check(v);
            if (failure != null) {
                problems.add(value.pos(), label + ": " + attr + " " + value.describe() + " " + failure);
                return null;
            }
        }
        return v;
    }

    private static String message(String m) {
        return m.startsWith("expected") ? "is not valid: " + m : m;
    }

    private void belongsTo(SeedModel m, SeedModel.Assoc a, YNode.Scalar key, YNode value, Object[] values,
                           Lazy label) {
        if (values[a.fkCol()] != null) {
            problems.add(key.pos(), label + ": " + key.text() + " and " + m.attributeOf(a.fkCol())
                    + " set the same foreign key; give one of them");
            return;
        }
        if (value instanceof YNode.Scalar s && s.isNull()) {
            if (!m.column(a.fkCol()).nullable()) {
                problems.add(value.pos(), label + ": " + key.text() + " must not be null (" + m.attributeOf(a.fkCol())
                        + " is NOT NULL)");
            } else {
                values[a.fkCol()] = Row.NULL;
            }
            return;
        }
        Row target = nested(a.target(), value, -1, null, null, label.then(": ", key.text()));
        if (target != null) values[a.fkCol()] = new Row.Ref(target, a.refCol());
    }

    private void children(SeedModel m, Row parent, SeedModel.Assoc a, YNode.Scalar key, YNode value, Lazy label) {
        Lazy where = label.then(": ", key.text());
        Kind kind = a.kind();
        if (value instanceof YNode.Scalar s && s.isNull()) return;
        List<YNode> items;
        if (SeedSchema.isMany(kind)) {
            if (!(value instanceof YNode.Seq seq)) {
                problems.add(value.pos(), where + " must be a list of " + a.target().name() + " rows (or of their "
                        + "seed keys), found " + value.describe());
                return;
            }
            items = seq.items();
        } else {
            items = List.of(value);
        }
        for (YNode item : items) {
            if (kind == Kind.BELONGS_TO_MANY) {
                link(parent, a, item, where);
            } else {
                nested(a.target(), item, a.fkCol(), new Row.Ref(parent, a.refCol()), null, where);
            }
        }
    }

    private void link(Row source, SeedModel.Assoc a, YNode item, Lazy where) {
        JunctionSpec spec = a.junction();
        Object[] attrs = null;
        if (item instanceof YNode.Map map) {
            for (int i = 0; i < map.entries().size(); i++) {
                if (map.entries().get(i).key().text().equals(spec.throughName())) {
                    attrs = junctionAttrs(spec, map.entries().get(i).value(), where.then(" ", spec.throughName()));
                }
            }
        }
        Row target = nested(a.target(), item, -1, null, spec.throughName(), where);
        if (target == null || source.seq() < 0) return;
        Row ra = a.sourceIsA() ? source : target;
        Row rb = a.sourceIsA() ? target : source;
        spec.links().add(new JunctionSpec.JunctionLink(ra, rb, attrs, packed(item)));
        linkCount++;
    }

    private Object[] junctionAttrs(JunctionSpec spec, YNode node, Lazy where) {
        if (!(node instanceof YNode.Map map)) {
            if (!(node instanceof YNode.Scalar s && s.isNull())) {
                problems.add(node.pos(), where + " must be a mapping of junction attributes, e.g. { role: admin },"
                        + " found " + node.describe());
            }
            return null;
        }
        SeedModel t = spec.through();
        Object[] attrs = new Object[spec.attrCount()];
        for (int i = 0; i < map.entries().size(); i++) {
            YNode.Scalar key = map.entries().get(i).key();
            Integer c = t.attribute(key.text());
            int ai = c == null ? -1 : spec.attrIndex(c);
            if (ai < 0) {
                List<String> names = IntStream.range(0, spec.attrCount()).mapToObj(x -> t.attributeOf(spec.attrColumn(x))).toList();
                problems.add(key.pos(), where + ": " + (c == null ? "unknown attribute '" + key.text() + "'"
                        + Suggest.didYouMean(key.text(), names) : key.text() + " is set by the association")
                        + "; " + t.name() + " has " + listed(names));
                continue;
            }
            Object v = convert(t, c, map.entries().get(i).value(), where);
            if (v != null) attrs[ai] = v;
        }
        int slot = (Arrays.hashCode(attrs) * 0x9E3779B9 >>> 22) & (tuples.length - 1);
        if (Arrays.equals(tuples[slot], attrs)) return tuples[slot];
        internAll(attrs);
        tuples[slot] = attrs;
        return attrs;
    }

    /** A row under an association: a mapping, or a scalar naming the target's single-column seed key. */
    private Row nested(SeedModel target, YNode node, int presetCol, Row.Ref preset, String skipKey, Lazy where) {
        if (node instanceof YNode.Map map) return parseRow(target, map, presetCol, preset, false, skipKey);
        if (node instanceof YNode.Scalar s) {
            if (target.scalarKey() < 0) {
                problems.add(s.pos(), where + ": " + s.describe() + " cannot name a " + target.name() + " row: "
                        + target.name() + " has no single-column seed key; write a mapping such as { "
                        + firstAttribute(target) + ": ... } or give " + target.name() + " a seedKey");
                return null;
            }
            if (s.isNull()) {
                problems.add(s.pos(), where + ": null cannot name a " + target.name() + " row");
                return null;
            }
            Object[] values = new Object[target.table().width()];
            if (presetCol >= 0) values[presetCol] = preset;
            Object v = convert(target, target.scalarKey(), s, where);
            if (v == null) return null;
            values[target.scalarKey()] = v;
            return canonical(target, values, packed(s), false, where);
        }
        problems.add(node.pos(), where + ": expected a " + target.name() + " row (a mapping) or its seed key, found "
                + node.describe());
        return null;
    }

    private static String firstAttribute(SeedModel m) {
        return m.attributeNames().stream().filter(a -> m.table().pk().length == 0
                || !m.attribute(a).equals(m.table().pk()[0])).findFirst().orElse("id");
    }

    /** The one row of this identity: new, or the earlier one with these values merged in. */
    private Row canonical(SeedModel m, Object[] values, long pos, boolean top, Lazy label) {
        int k = m.identity(values);
        Identities ids = identities.computeIfAbsent(m, Identities::new);
        Row canon = null;
        int by = -1; // the candidate that found canon
        long mapped = 0; // candidates (< 64) whose key already maps to canon
        if (k >= 0) {
            for (int j = k; j < m.candidates().size(); j++) {
                Object key = m.givenKey(j, values);
                if (key == null) continue;
                Row found = ids.byKey.get(j).get(key);
                if (found == null) continue;
                if (canon == null || found == canon) {
                    if (canon == null) by = j;
                    canon = found;
                    if (j < 64) mapped |= 1L << j;
                } else {
                    problems.add(pos, label + ": names two different rows, " + Labels.of(canon) + " (by "
                            + names(m, m.candidates().get(k)) + ") and " + Labels.of(found) + " (by "
                            + names(m, m.candidates().get(j)) + ")" + m.uniqueMessage(m.candidates().get(j)));
                    return null;
                }
            }
        } else {
            canon = ids.unkeyed.get(new TupleKey(values));
        }
        if (canon == null) {
            internAll(values);
            canon = new Row(m, seq++, values, pos);
            m.add(canon);
            if (k < 0) ids.unkeyed.put(new TupleKey(values.clone()), canon);
        } else if (!merge(canon, values, pos, label, by < 0 ? "" : m.uniqueMessage(m.candidates().get(by)))) {
            return null;
        }
        if (k >= 0) {
            for (int j = 0; j < m.candidates().size(); j++) {
                if (j < 64 && (mapped & (1L << j)) != 0) continue;
                Object key = m.givenKey(j, canon);
                if (key != null) ids.byKey.get(j).putIfAbsent(key, canon);
            }
        }
        if (top && !canon.declared()) canon.declareAt(pos);
        return canon;
    }

    /** {@code unique}: the unique message of the key that found {@code canon}, "" when none. */
    private boolean merge(Row canon, Object[] values, long pos, Lazy label, String unique) {
        boolean ok = true;
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) continue;
            Object old = canon.get(c);
            if (old == null) {
                canon.set(c, intern(v));
            } else if (!old.equals(v)) {
                problems.add(pos, label + ": " + canon.model().attributeOf(c) + " is " + Labels.text(v) + " here but "
                        + Labels.text(old) + " for the same row at " + problems.sources().pos(canon.pos())
                        + "; one row cannot have two values" + unique);
                ok = false;
            }
        }
        return ok;
    }

    private static String names(SeedModel m, int[] cols) {
        return String.join(", ", Arrays.stream(cols).mapToObj(c -> m.attributeOf(c)).toList());
    }

    /** Values kept for the run share one String per text (many rows repeat the same values). */
    private void internAll(Object[] values) {
        for (int i = 0; i < values.length; i++) values[i] = intern(values[i]);
    }

    private Object intern(Object v) {
        if (!(v instanceof String s) || s.length() > 64) return v;
        int slot = (s.hashCode() * 0x9E3779B9 >>> 18) & (strings.length - 1);
        String x = strings[slot];
        if (s.equals(x)) return x;
        strings[slot] = s;
        return s;
    }

    /** Names for a message: "a, b, c", or "none". */
    private static String listed(Collection<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** A node's position, packed for the rows and links kept for the run. */
    private long packed(YNode node) {
        return problems.sources().pack(node.pos());
    }

    /** "User 'alice@example.com'" from a row mapping as written, or "User row". */
    private static String label(SeedModel m, YNode.Map map) {
        List<String> keys = map.entries().stream().map(e -> e.key().text()).toList();
        outer:
        for (int[] cand : m.candidates()) {
            List<String> parts = new ArrayList<>();
            for (int c : cand) {
                int i = keys.indexOf(m.attributeOf(c));
                if (i < 0 || !(map.entries().get(i).value() instanceof YNode.Scalar s)) continue outer;
                parts.add(s.text());
            }
            return Labels.of(m, parts);
        }
        return Labels.of(m, null);
    }

    /** The rows of one model by identity: per candidate, key → row; rows without a key by all their values. */
    private static final class Identities {
        final List<Map<Object, Row>> byKey = new ArrayList<>();
        final Map<TupleKey, Row> unkeyed = new HashMap<>();

        Identities(SeedModel m) {
            for (int i = 0; i < m.candidates().size(); i++) byKey.add(new HashMap<>());
        }
    }

    /** An unkeyed row's full set of given values, for collapsing identical rows. */
    private record TupleKey(Object[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TupleKey t && Arrays.equals(values, t.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
