package dev.modelsync.seed;

import dev.modelsync.resolve.AssociationInfo;
import dev.modelsync.schema.Column;
import dev.modelsync.resolve.ModelInfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model as seeding sees it: attribute names to columns, associations by seed name, the
 * identity candidates of docs/seeding.md, validators, and the rows of this run (one canonical
 * {@link Row} per identity).
 */
public final class SeedModel {
    final String name;
    public final SeedTable table;
    /** Attribute name → column index, in attribute order. */
    final Map<String, Integer> attributes = new LinkedHashMap<>();
    /** Column index → attribute name (for messages). */
    final String[] attributeOf;
    final Validator[] validators;
    /** Column index → the attribute's {@code unique: { msg }}, null when none. */
    final String[] uniqueMsg;
    final Map<String, Assoc> associations = new LinkedHashMap<>();
    /** VIRTUAL attributes: no column, so a seed cannot set them. */
    final java.util.Set<String> virtual = new java.util.HashSet<>();
    /** Identity candidates in order: seedKey, primary key, unique attributes. */
    final List<int[]> candidates = new ArrayList<>();
    /** The column a scalar under an association names (the model's single-column seed key), -1 when none. */
    final int scalarKey;
    final int createdAt;
    final int updatedAt;

    // ---- the rows of this run
    public final List<Row> rows = new ArrayList<>();
    final List<Map<Object, Row>> byKey = new ArrayList<>();
    final Map<TupleKey, Row> unkeyed = new HashMap<>();

    SeedModel(ModelInfo info, SeedTable table) {
        this.name = info.name();
        this.table = table;
        this.attributeOf = new String[table.columns.length];
        this.validators = new Validator[table.columns.length];
        this.uniqueMsg = new String[table.columns.length];
        for (ModelInfo.AttributeInfo a : info.attributes()) {
            if (a.column().isEmpty()) virtual.add(a.name());
            int c = table.col(a.column());
            if (c < 0) continue;
            attributes.put(a.name(), c);
            attributeOf[c] = a.name();
            if (!a.validate().isEmpty()) validators[c] = Validator.of(a.name(), a.validate());
            uniqueMsg[c] = a.uniqueMsg().orElse(null);
        }
        fillUnnamed();
        this.createdAt = info.createdAt().isEmpty() ? -1 : table.col(info.createdAt());
        this.updatedAt = info.updatedAt().isEmpty() ? -1 : table.col(info.updatedAt());
        int[] seedKey = info.seedKey().stream().mapToInt(a -> attributes.getOrDefault(a, -1)).toArray();
        boolean seedKeyValid = seedKey.length > 0 && Arrays.stream(seedKey).allMatch(c -> c >= 0);
        if (seedKeyValid && !sameSet(seedKey, table.pk)) candidates.add(seedKey);
        addCandidates();
        this.scalarKey = seedKeyValid && seedKey.length == 1 ? seedKey[0] : -1;
        for (int i = 0; i < candidates.size(); i++) byKey.add(new HashMap<>());
    }

    /** A pseudo-model for a junction table without a through model: attributes are the column names. */
    SeedModel(SeedTable table) {
        this.name = table.name;
        this.table = table;
        this.attributeOf = new String[table.columns.length];
        this.validators = new Validator[table.columns.length];
        this.uniqueMsg = new String[table.columns.length];
        fillUnnamed();
        this.createdAt = timestamp("createdAt", "created_at");
        this.updatedAt = timestamp("updatedAt", "updated_at");
        addCandidates();
        this.scalarKey = -1;
        for (int i = 0; i < candidates.size(); i++) byKey.add(new HashMap<>());
    }

    /** " (unique email: That email is taken)" when an attribute of the key has {@code unique: { msg }}, else "". */
    String uniqueMessage(int[] key) {
        for (int c : key) {
            if (uniqueMsg[c] != null) return " (unique " + attributeOf[c] + ": " + uniqueMsg[c] + ")";
        }
        return "";
    }

    private void fillUnnamed() {
        for (int c = 0; c < table.columns.length; c++) {
            if (attributeOf[c] == null) {
                attributeOf[c] = table.columns[c].name();
                attributes.putIfAbsent(table.columns[c].name(), c);
            }
        }
    }

    private void addCandidates() {
        if (table.pk.length > 0 && candidates.stream().noneMatch(k -> sameSet(k, table.pk))) candidates.add(table.pk);
        for (int[] u : table.uniques) {
            if (candidates.stream().noneMatch(k -> sameSet(k, u))) candidates.add(u);
        }
    }

    private int timestamp(String... names) {
        for (String n : names) {
            int c = table.col(n);
            if (c >= 0) return c;
        }
        return -1;
    }

    /** A new row must give column {@code c}: NOT NULL, no default, not generated, not a timestamp seeding fills. */
    boolean mustGive(int c) {
        Column col = table.columns[c];
        return !col.nullable() && c != table.autoPk && !col.autoIncrement() && col.defaultValue().isEmpty()
                && c != createdAt && c != updatedAt;
    }

    Column column(int c) {
        return table.columns[c];
    }

    /** Index of the first candidate whose columns the values all give, -1 when none. */
    int identity(Object[] values) {
        outer:
        for (int k = 0; k < candidates.size(); k++) {
            for (int c : candidates.get(k)) {
                if (values[c] == null || values[c] == Row.NULL) continue outer;
            }
            return k;
        }
        return -1;
    }

    static Object key(int[] cols, Object[] values) {
        if (cols.length == 1) return values[cols[0]];
        Object[] k = new Object[cols.length];
        for (int i = 0; i < cols.length; i++) k[i] = values[cols[i]];
        return Arrays.asList(k);
    }

    private static boolean sameSet(int[] a, int[] b) {
        if (a.length != b.length) return false;
        int[] x = a.clone();
        int[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    /** A belongsToMany / belongsTo / hasOne / hasMany association resolved to column indexes. */
    record Assoc(AssociationInfo info, SeedModel target, int fkCol, int refCol, JunctionSpec junction,
                 boolean sourceIsA) {
    }

    /** An unkeyed row's full set of given values, for collapsing identical rows. */
    record TupleKey(Object[] values) {
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
