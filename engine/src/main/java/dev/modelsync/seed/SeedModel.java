package dev.modelsync.seed;

import dev.modelsync.model.AssociationDef;
import dev.modelsync.resolve.AssociationInfo;
import dev.modelsync.schema.Column;
import dev.modelsync.resolve.ModelInfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model as seeding sees it: attribute names to columns, associations by seed name, the
 * identity candidates of docs/seeding.md, validators, and the rows of this run (one canonical
 * {@link Row} per identity).
 */
public final class SeedModel {
    private final String name;
    private final SeedTable table;
    /** Attribute name → column index, in attribute order. */
    private final Map<String, Integer> attributes = new LinkedHashMap<>();
    /** Column index → attribute name (for messages). */
    private final String[] attributeOf;
    private final Validator[] validators;
    private final Map<String, Assoc> associations = new LinkedHashMap<>();
    /** Column index → the attribute's {@code unique: { msg }}, null when none. */
    private final String[] uniqueMsg;
    /** VIRTUAL attributes: no column, so a seed cannot set them. */
    private final Set<String> virtual = new HashSet<>();
    /** Identity candidates in order: seedKey, primary key, unique attributes. */
    private final List<int[]> candidates = new ArrayList<>();
    /** The column a scalar under an association names (the model's single-column seed key), -1 when none. */
    private final int scalarKey;
    private final int createdAt;
    private final int updatedAt;

    /** The rows of this run, in reading order. */
    private final List<Row> rows = new ArrayList<>();
    private final List<Row> rowsView = Collections.unmodifiableList(rows);

    SeedModel(ModelInfo info, SeedTable table) {
        this.name = info.name();
        this.table = table;
        this.attributeOf = new String[table.width()];
        this.validators = new Validator[table.width()];
        this.uniqueMsg = new String[table.width()];
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
        if (seedKeyValid && !sameSet(seedKey, table.pk())) candidates.add(seedKey);
        addCandidates();
        this.scalarKey = seedKeyValid && seedKey.length == 1 ? seedKey[0] : -1;
    }

    /** A pseudo-model for a junction table without a through model: attributes are the column names. */
    SeedModel(SeedTable table) {
        this.name = table.name();
        this.table = table;
        this.attributeOf = new String[table.width()];
        this.validators = new Validator[table.width()];
        this.uniqueMsg = new String[table.width()];
        fillUnnamed();
        this.createdAt = timestamp("createdAt", "created_at");
        this.updatedAt = timestamp("updatedAt", "updated_at");
        addCandidates();
        this.scalarKey = -1;
    }

    /** " (unique email: That email is taken)" when an attribute of the key has {@code unique: { msg }}, else "". */
    public String uniqueMessage(int[] key) {
        for (int c : key) {
            if (uniqueMsg[c] != null) return " (unique " + attributeOf[c] + ": " + uniqueMsg[c] + ")";
        }
        return "";
    }

    private void fillUnnamed() {
        for (int c = 0; c < table.width(); c++) {
            if (attributeOf[c] == null) {
                attributeOf[c] = table.column(c).name();
                attributes.putIfAbsent(table.column(c).name(), c);
            }
        }
    }

    private void addCandidates() {
        if (table.pk().length > 0 && candidates.stream().noneMatch(k -> sameSet(k, table.pk()))) candidates.add(table.pk());
        for (int[] u : table.uniques()) {
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

    public String name() {
        return name;
    }

    public SeedTable table() {
        return table;
    }

    /** The column of an attribute, null when the model has no such attribute. */
    public Integer attribute(String name) {
        return attributes.get(name);
    }

    /** The attribute names, in attribute order. */
    public Set<String> attributeNames() {
        return Collections.unmodifiableSet(attributes.keySet());
    }

    /** The attribute of column {@code c} (the column name for columns without an attribute). */
    public String attributeOf(int c) {
        return attributeOf[c];
    }

    /** The validate rules of column {@code c}'s attribute, null when none. */
    public Validator validator(int c) {
        return validators[c];
    }

    public Assoc association(String name) {
        return associations.get(name);
    }

    public Set<String> associationNames() {
        return Collections.unmodifiableSet(associations.keySet());
    }

    void associate(String name, Assoc a) {
        associations.put(name, a);
    }

    public boolean isVirtual(String attribute) {
        return virtual.contains(attribute);
    }

    /** Identity candidates in order: seedKey, primary key, unique attributes. */
    public List<int[]> candidates() {
        return Collections.unmodifiableList(candidates);
    }

    /** The column a scalar under an association names (the model's single-column seed key), -1 when none. */
    public int scalarKey() {
        return scalarKey;
    }

    public int createdAt() {
        return createdAt;
    }

    public int updatedAt() {
        return updatedAt;
    }

    /** The rows of this run, in reading order. */
    public List<Row> rows() {
        return rowsView;
    }

    /** Adds a new canonical row of this run. */
    public void add(Row r) {
        rows.add(r);
    }

    /** A new row must give column {@code c}: NOT NULL, no default, not generated, not a timestamp seeding fills. */
    public boolean mustGive(int c) {
        Column col = table.column(c);
        return !col.nullable() && c != table.autoPk() && !col.autoIncrement() && col.defaultValue().isEmpty()
                && c != createdAt && c != updatedAt;
    }

    public Column column(int c) {
        return table.column(c);
    }

    /** Index of the first candidate whose columns the values all give, -1 when none. */
    public int identity(Row r) {
        return identity(r.givenValues());
    }

    /** Index of the first candidate whose columns the values all give, -1 when none. */
    public int identity(Object[] values) {
        outer:
        for (int k = 0; k < candidates.size(); k++) {
            for (int c : candidates.get(k)) {
                if (values[c] == null || values[c] == Row.NULL) continue outer;
            }
            return k;
        }
        return -1;
    }

    /** The key of candidate {@code j} in the values, null when they do not give all its columns. */
    public Object givenKey(int j, Object[] values) {
        for (int c : candidates.get(j)) if (values[c] == null || values[c] == Row.NULL) return null;
        return key(candidates.get(j), values);
    }

    public Object givenKey(int j, Row r) {
        return givenKey(j, r.givenValues());
    }

    private static Object key(int[] cols, Object[] values) {
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
    public record Assoc(AssociationInfo info, SeedModel target, int fkCol, int refCol, JunctionSpec junction,
                 boolean sourceIsA) {
        public AssociationDef.Kind kind() {
            return info.kind();
        }
    }
}
