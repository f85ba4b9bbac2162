package dev.modelsync.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.modelsync.db.Dialect;
import dev.modelsync.db.DefaultExpressions;
import dev.modelsync.inspect.LiveSchema;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.modelsync.verify.DriftCodes.*;

/**
 * Compares the desired schema (from the model) with the live one (from the database) and
 * returns one {@link Finding} ({@link Finding.Check#DRIFT}) per difference, in table order.
 *
 * <p>Normalised before comparing, per dialect: JSONB is JSON on H2; a DECIMAL without precision
 * in the model accepts any precision; NO ACTION is RESTRICT on H2 (H2 reports both as RESTRICT);
 * on H2 (no partial indexes) a model index with a WHERE is expected as a plain, non-unique
 * index, as the migration engine builds it; on PostgreSQL predicates are compared without
 * quotes, casts, parentheses and case; defaults are compared as {@link DefaultValue}s
 * (CURRENT_TIMESTAMP = now() = NOW, numbers by value, booleans by value, JSON by value (spacing and key
 * order aside), raw SQL by text
 * ignoring case and spacing; on H2 a raw default of constants only, such as {@code 1 + 1}, matches any
 * literal, because H2 stores its value). Identifiers are compared exactly, because every identifier
 * modelsync writes is quoted; when only the case differs the message says so.
 *
 * <p>Constraints and indexes are matched by definition first (columns, target, uniqueness),
 * then by name. An equal definition under another name is a name difference only, reported
 * as {@code NAME_MISMATCH} ("is named X in the database, Y in the model"); a pair matched by
 * name whose definition differs is a MISMATCH of its kind (the FK_MISMATCH message names the
 * model's constraint).
 */
public final class SchemaComparator {
    private static final Pattern CASTS = Pattern.compile("::[a-zA-Z_ ]+");
    private static final Pattern PARENTHESES = Pattern.compile("[()]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACED_PUNCTUATION = Pattern.compile(" ?([(),]) ?");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private final Dialect dialect;
    private final boolean ignoreExtra;
    private final Map<String, String> unmappedTypes;
    private final List<Finding> findings = new ArrayList<>();

    private dev.modelsync.schema.TableOptions tableDefaults = dev.modelsync.schema.TableOptions.NONE;

    private SchemaComparator(Dialect dialect, boolean ignoreExtra, Map<String, String> unmappedTypes) {
        this.dialect = dialect;
        this.ignoreExtra = ignoreExtra;
        this.unmappedTypes = unmappedTypes;
    }

    public static List<Finding> compare(Schema desired, Schema live, Dialect dialect, boolean ignoreExtra) {
        return compare(desired, new LiveSchema(live, Map.of()), dialect, ignoreExtra);
    }

    public static List<Finding> compare(Schema desired, LiveSchema live, Dialect dialect, boolean ignoreExtra) {
        SchemaComparator c = new SchemaComparator(dialect, ignoreExtra, live.unmappedTypes());
        c.tableDefaults = live.tableDefaults();
        c.run(desired, live.schema());
        return List.copyOf(c.findings);
    }

    private void run(Schema desired, Schema live) {
        // every lookup below goes through maps built once here: the comparison is linear in the schema size
        Map<String, Table> liveTables = byName(live.tables(), Table::name);
        Map<String, Table> desiredTables = byName(desired.tables(), Table::name);
        Map<String, EnumType> desiredEnums = byName(desired.enums(), EnumType::name);
        Map<String, EnumType> liveEnums = byName(live.enums(), EnumType::name);
        Map<String, String> enumOwners = enumOwners(desired);
        Map<String, List<String>> liveTablesByLowerName = byLowerName(live.tables().stream().map(Table::name).toList());
        for (Table want : desired.tables()) {
            Table have = liveTables.get(want.name());
            if (have == null) {
                add(MISSING_TABLE, want.name(), want.name() + ": table is missing in the database"
                        + caseHint("table", want.name(), liveTablesByLowerName));
            } else {
                compareTable(want, have);
            }
            compareEnumsOf(want, enumOwners, desiredEnums, liveEnums);
        }
        if (!ignoreExtra) {
            for (Table t : live.tables()) {
                if (!desiredTables.containsKey(t.name())) {
                    add(EXTRA_TABLE, t.name(), t.name() + ": table exists in the database but not in the model");
                }
            }
        }
    }

    /** Items by name; the first wins when two share a name (as {@code Schema.table(name)} finds the first). */
    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new HashMap<>(items.size() * 2);
        for (T item : items) map.putIfAbsent(name.apply(item), item);
        return map;
    }

    private static Map<String, List<String>> byLowerName(List<String> names) {
        Map<String, List<String>> map = new HashMap<>(names.size() * 2);
        for (String n : names) map.computeIfAbsent(n.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(n);
        return map;
    }

    // ---- enums -------------------------------------------------------------------------------

    /** Enum type name → the first desired table (in name order) with a column of that type. */
    private static Map<String, String> enumOwners(Schema desired) {
        Map<String, String> owners = new HashMap<>();
        for (Table t : desired.tables()) {
            for (Column c : t.columns()) {
                if (c.type().kind() == ColumnType.Kind.ENUM) owners.putIfAbsent(c.type().enumName(), t.name());
            }
        }
        return owners;
    }

    private void compareEnumsOf(Table table, Map<String, String> enumOwners, Map<String, EnumType> desiredEnums,
                                Map<String, EnumType> liveEnums) {
        List<String> used = table.columns().stream().map(Column::type)
                .filter(t -> t.kind() == ColumnType.Kind.ENUM).map(ColumnType::enumName).distinct().toList();
        for (String name : used) {
            // report each enum type once: with the first table (in name order) that uses it
            String owner = enumOwners.getOrDefault(name, table.name());
            if (!owner.equals(table.name())) continue;
            EnumType want = desiredEnums.get(name);
            EnumType have = liveEnums.get(name);
            if (want == null) continue;
            if (have == null) {
                add(MISSING_ENUM, owner, name + ": enum type is missing in the database (values "
                        + String.join(", ", want.values()) + ")");
                continue;
            }
            for (String v : want.values()) {
                if (!have.values().contains(v)) {
                    add(MISSING_ENUM_VALUE, owner, name + ": enum value '" + v + "' is missing in the database");
                }
            }
            for (String v : have.values()) {
                if (!ignoreExtra && !want.values().contains(v)) {
                    add(EXTRA_ENUM_VALUE, owner, name + ": enum value '" + v + "' exists in the database but not in the model");
                }
            }
        }
    }

    // ---- tables and columns -------------------------------------------------------------------

    private void compareTable(Table want, Table have) {
        String t = want.name();
        if (dialect == Dialect.MARIADB) compareOptions(want, have);
        Map<String, Column> liveColumns = byName(have.columns(), Column::name);
        Map<String, Column> wantColumns = byName(want.columns(), Column::name);
        for (Column c : want.columns()) {
            Column live = liveColumns.get(c.name());
            if (live == null) {
                add(MISSING_COLUMN, t, t + "." + c.name() + ": column is missing in the database"
                        + caseHint("column", c.name(), byLowerName(have.columns().stream().map(Column::name).toList())));
            } else {
                compareColumn(t, c, live);
            }
        }
        if (!ignoreExtra) {
            for (Column c : have.columns()) {
                if (!wantColumns.containsKey(c.name())) {
                    add(EXTRA_COLUMN, t, t + "." + c.name() + ": column exists in the database but not in the model");
                }
            }
        }
        comparePrimaryKey(t, want.primaryKey(), have.primaryKey());
        compareForeignKeys(t, want.foreignKeys(), have.foreignKeys());
        compareUniques(t, uniquesAsBuilt(want), have.uniques());
        compareIndexes(t, indexesAsBuilt(want), have.indexes());
    }

    /**
     * MariaDB/MySQL: the engine, character set and collation the model sets explicitly, against the table's
     * (generate writes a change of the model's; a table that differs from what the changelog records is fixed by hand,
     * as the message says).
     */
    private void compareOptions(Table want, Table have) {
        dev.modelsync.schema.TableOptions w = want.options();
        dev.modelsync.schema.TableOptions h = have.options().none() ? tableDefaults : have.options();
        if (w.satisfiedBy(h) || h.none()) return;
        List<String> diffs = new ArrayList<>();
        List<String> fix = new ArrayList<>();
        if (!w.engine().isEmpty() && !w.engine().equalsIgnoreCase(h.engine())) {
            diffs.add("engine is " + h.engine() + " in the database, " + w.engine() + " in the model");
            fix.add("ENGINE=" + w.engine());
        }
        boolean charset = !w.charset().isEmpty() && !w.charset().equalsIgnoreCase(h.charset());
        boolean collate = !w.collate().isEmpty() && !w.collate().equalsIgnoreCase(h.collate());
        if (charset) diffs.add("charset is " + h.charset() + " in the database, " + w.charset() + " in the model");
        if (collate) diffs.add("collate is " + h.collate() + " in the database, " + w.collate() + " in the model");
        if (charset || collate) {
            fix.add("CONVERT TO CHARACTER SET " + (w.charset().isEmpty() ? h.charset() : w.charset())
                    + (w.collate().isEmpty() ? "" : " COLLATE " + w.collate()));
        }
        add(TABLE_OPTIONS_MISMATCH, want.name(), want.name() + ": " + String.join("; ", diffs) + " (generate writes a change"
                + " of the model's table options; when the changelog already has them, change the table with ALTER TABLE `"
                + want.name() + "` " + String.join(", ", fix) + " in a changeset of your own, dbms mariadb,mysql)");
    }

    private void compareColumn(String table, Column want, Column have) {
        String where = table + "." + want.name() + ": ";
        String raw = unmappedTypes.get(LiveSchema.key(table, have.name()));
        if (raw != null) {
            add(TYPE_MISMATCH, table, where + "type is " + raw + " in the database, " + want.type() + " in the model");
        } else if (!typesMatch(want.type(), have.type())) {
            add(TYPE_MISMATCH, table, where + "type is " + have.type() + " in the database, " + want.type() + " in the model");
        }
        if (want.nullable() != have.nullable()) {
            add(NULLABILITY_MISMATCH, table, where + nullability(have.nullable()) + " in the database, "
                    + nullability(want.nullable()) + " in the model");
        }
        if (want.autoIncrement() != have.autoIncrement()) {
            add(AUTOINCREMENT_MISMATCH, table, where + autoIncrement(have.autoIncrement()) + " in the database, "
                    + autoIncrement(want.autoIncrement()) + " in the model");
        }
        if (!(want.autoIncrement() && have.autoIncrement())) {
            Optional<DefaultValue> w = normalise(want.defaultValue(), want.type());
            Optional<DefaultValue> h = normalise(have.defaultValue(), have.type());
            if (!w.equals(h) && !foldedByH2(w, h)) {
                add(DEFAULT_MISMATCH, table, where + "default is " + show(have.defaultValue()) + " in the database, "
                        + show(want.defaultValue()) + " in the model");
            }
        }
    }

    /**
     * H2 evaluates a default made of constants only when the table is created and keeps the value
     * ({@code 1 + 1} is stored as {@code 2}); without evaluating SQL the comparator accepts any
     * literal there.
     */
    private boolean foldedByH2(Optional<DefaultValue> want, Optional<DefaultValue> have) {
        return dialect == Dialect.H2 && want.isPresent() && have.isPresent()
                && want.get().kind() == DefaultValue.Kind.SQL && have.get().kind() == DefaultValue.Kind.LITERAL
                && !want.get().value().replaceAll("'(?:[^']|'')*'", "").matches("(?s).*[A-Za-z_].*");
    }

    private boolean typesMatch(ColumnType want, ColumnType have) {
        ColumnType w = normalise(want);
        ColumnType h = normalise(have);
        if (w.kind() == ColumnType.Kind.DECIMAL && h.kind() == ColumnType.Kind.DECIMAL && w.precision() == 0) return true;
        return w.equals(h);
    }

    private ColumnType normalise(ColumnType type) {
        if (dialect != Dialect.POSTGRESQL && type.kind() == ColumnType.Kind.JSONB) return ColumnType.of(ColumnType.Kind.JSON);
        // MariaDB/MySQL: REAL is a synonym of DOUBLE (as Sequelize's mariadb dialect creates it)
        if (dialect == Dialect.MARIADB && type.kind() == ColumnType.Kind.REAL) {
            return new ColumnType(ColumnType.Kind.DOUBLE, 0, 0, 0, "", type.mariadb());
        }
        // PostgreSQL and H2 have no UNSIGNED, TEXT sizes, ... (as Sequelize drops them there)
        return dev.modelsync.diff.DialectForms.heldAs(type, dialect);
    }

    /** The canonical form of a default for comparison. */
    private Optional<DefaultValue> normalise(Optional<DefaultValue> value, ColumnType type) {
        if (value.isEmpty()) return value;
        DefaultValue v = value.get();
        if (v.kind() == DefaultValue.Kind.SQL) {
            Optional<DefaultValue> parsed = DefaultExpressions.parse(v.value(), type).value();
            if (parsed.isEmpty()) return parsed;
            v = parsed.get();
            if (v.kind() == DefaultValue.Kind.SQL) {
                return Optional.of(DefaultValue.sql(SPACED_PUNCTUATION.matcher(SPACES.matcher(v.value()).replaceAll(" ")).replaceAll("$1")
                        .trim().toLowerCase(Locale.ROOT)));
            }
        }
        if (v.kind() != DefaultValue.Kind.LITERAL) return Optional.of(v);
        String literal = v.value();
        switch (type.kind()) {
            case INTEGER, BIGINT, SMALLINT, DECIMAL, REAL, DOUBLE -> {
                try {
                    literal = new BigDecimal(literal.trim()).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    // not a number: compare as text
                }
            }
            case BOOLEAN -> literal = switch (literal.trim().toLowerCase(Locale.ROOT)) {
                case "true", "t", "1", "yes", "on" -> "true";
                case "false", "f", "0", "no", "off" -> "false";
                default -> literal;
            };
            case JSON, JSONB -> literal = canonicalJson(literal);
            default -> { }
        }
        return Optional.of(DefaultValue.literal(literal));
    }

    // ---- primary key --------------------------------------------------------------------------

    private void comparePrimaryKey(String t, Optional<PrimaryKey> want, Optional<PrimaryKey> have) {
        if (want.isPresent() && have.isEmpty()) {
            add(MISSING_PRIMARY_KEY, t, t + ": primary key " + want.get().name() + " " + cols(want.get().columns())
                    + " is missing in the database");
        } else if (want.isEmpty() && have.isPresent()) {
            if (!ignoreExtra) {
                add(PRIMARY_KEY_MISMATCH, t, t + ": primary key " + have.get().name() + " " + cols(have.get().columns())
                        + " exists in the database, the model has none");
            }
        } else if (want.isPresent()) {
            PrimaryKey w = want.get();
            PrimaryKey h = have.get();
            if (!w.columns().equals(h.columns())) {
                add(PRIMARY_KEY_MISMATCH, t, t + ": primary key is " + cols(h.columns()) + " in the database, "
                        + cols(w.columns()) + " in the model");
            } else if (!w.name().equals(h.name()) && dialect != Dialect.MARIADB) { // there every primary key is PRIMARY
                add(NAME_MISMATCH, t, t + ": primary key " + cols(w.columns()) + " is named " + h.name()
                        + " in the database, " + w.name() + " in the model");
            }
        }
    }

    // ---- foreign keys -------------------------------------------------------------------------

    private void compareForeignKeys(String t, List<ForeignKey> want, List<ForeignKey> have) {
        match(want, have, ForeignKey::name, (a, b) -> fkTarget(a).equals(fkTarget(b)), new Reporter<>() {
            public void missing(ForeignKey w) {
                add(MISSING_FOREIGN_KEY, t, t + ": foreign key " + w.name() + " " + fkTarget(w) + " is missing in the database");
            }

            public void extra(ForeignKey h) {
                add(EXTRA_FOREIGN_KEY, t, t + ": foreign key " + h.name() + " " + fkTarget(h)
                        + " exists in the database but not in the model");
            }

            public void paired(ForeignKey w, ForeignKey h) {
                List<String> diffs = new ArrayList<>();
                if (!fkTarget(w).equals(fkTarget(h))) {
                    diffs.add("is " + fkTarget(h) + " in the database, " + fkTarget(w) + " in the model");
                }
                if (action(w.onDelete()) != action(h.onDelete())) {
                    diffs.add("ON DELETE is " + h.onDelete().sql() + " in the database, " + w.onDelete().sql() + " in the model");
                }
                if (action(w.onUpdate()) != action(h.onUpdate())) {
                    diffs.add("ON UPDATE is " + h.onUpdate().sql() + " in the database, " + w.onUpdate().sql() + " in the model");
                }
                if (!deferrability(w).equals(deferrability(h))) {
                    diffs.add("is " + deferrability(h) + " in the database, " + deferrability(w) + " in the model");
                }
                if (!diffs.isEmpty()) {
                    add(FOREIGN_KEY_MISMATCH, t, t + ": foreign key " + w.name() + " " + String.join("; ", diffs));
                }
                if (!w.name().equals(h.name())) {
                    add(NAME_MISMATCH, t, t + ": foreign key " + fkTarget(w) + " is named " + h.name()
                            + " in the database, " + w.name() + " in the model");
                }
            }
        });
    }

    private static String fkTarget(ForeignKey fk) {
        return cols(fk.columns()) + " -> " + fk.refTable() + " " + cols(fk.refColumns());
    }

    /** H2 and MariaDB have no deferrable constraints: there the model's deferrable keys are plain ones. */
    private String deferrability(ForeignKey fk) {
        if (dialect == Dialect.H2 || dialect == Dialect.MARIADB || !fk.deferrable()) return "NOT DEFERRABLE";
        return fk.deferrability();
    }

    private ForeignKey.Action action(ForeignKey.Action a) {
        return dialect == Dialect.H2 && a == ForeignKey.Action.NO_ACTION ? ForeignKey.Action.RESTRICT : a;
    }

    // ---- unique constraints -------------------------------------------------------------------

    private void compareUniques(String t, List<UniqueConstraint> want, List<UniqueConstraint> have) {
        Function<UniqueConstraint, Object> key = u -> new TreeSet<>(u.columns());
        match(want, have, UniqueConstraint::name, (a, b) -> key.apply(a).equals(key.apply(b)), new Reporter<>() {
            public void missing(UniqueConstraint w) {
                add(MISSING_UNIQUE, t, t + ": unique constraint " + w.name() + " " + cols(w.columns()) + " is missing in the database");
            }

            public void extra(UniqueConstraint h) {
                add(EXTRA_UNIQUE, t, t + ": unique constraint " + h.name() + " " + cols(h.columns())
                        + " exists in the database but not in the model");
            }

            public void paired(UniqueConstraint w, UniqueConstraint h) {
                if (!key.apply(w).equals(key.apply(h))) {
                    // same name, other columns: the model's constraint is missing, the database's is extra
                    missing(w);
                    if (!ignoreExtra) extra(h);
                } else if (!w.name().equals(h.name())) {
                    add(NAME_MISMATCH, t, t + ": unique constraint " + cols(w.columns()) + " is named " + h.name()
                            + " in the database, " + w.name() + " in the model");
                }
            }
        });
    }

    // ---- indexes ------------------------------------------------------------------------------

    private void compareIndexes(String t, List<Index> model, List<Index> have) {
        List<Index> want = model.stream().map(this::asBuilt).toList();
        match(want, have, Index::name, (a, b) -> indexShape(a).equals(indexShape(b)), new Reporter<>() {
            public void missing(Index w) {
                add(MISSING_INDEX, t, t + ": index " + w.name() + " " + describe(w) + " is missing in the database");
            }

            public void extra(Index h) {
                add(EXTRA_INDEX, t, t + ": index " + h.name() + " " + describe(h) + " exists in the database but not in the model");
            }

            public void paired(Index w, Index h) {
                List<String> diffs = new ArrayList<>();
                if (!w.columns().equals(h.columns())) {
                    diffs.add("columns are " + indexCols(h) + " in the database, " + indexCols(w) + " in the model");
                }
                if (w.unique() != h.unique()) {
                    diffs.add((h.unique() ? "unique" : "not unique") + " in the database, "
                            + (w.unique() ? "unique" : "not unique") + " in the model");
                }
                if (!predicate(w.where()).equals(predicate(h.where()))) {
                    diffs.add("WHERE is " + show(h.where()) + " in the database, " + show(w.where()) + " in the model");
                }
                if (!w.method().equals(h.method())) {
                    diffs.add("USING " + method(h) + " in the database, USING " + method(w) + " in the model");
                }
                if (!w.type().equals(h.type())) {
                    diffs.add(indexType(h) + " in the database, " + indexType(w) + " in the model");
                }
                if (!diffs.isEmpty()) {
                    add(INDEX_MISMATCH, t, t + ": index " + w.name() + " " + String.join("; ", diffs));
                }
                if (!w.name().equals(h.name())) {
                    add(NAME_MISMATCH, t, t + ": index " + describe(w) + " is named " + h.name()
                            + " in the database, " + w.name() + " in the model");
                }
            }
        });
    }

    /**
     * The index as the migration engine builds it: H2 and MariaDB have no partial indexes, so a model index
     * with a WHERE is a plain, non-unique index there; nor PostgreSQL's index methods, operator classes and
     * collations, so there every index is a plain B-tree. Prefix lengths are MariaDB's alone.
     */
    private Index asBuilt(Index i) {
        return switch (dialect) {
            case POSTGRESQL -> i.onPostgres();
            case MARIADB -> i.onMariaDb();
            default -> i.onH2();
        };
    }

    private static String indexType(Index i) {
        return i.type().isEmpty() ? "neither FULLTEXT nor SPATIAL" : i.type();
    }

    /**
     * MariaDB/MySQL: a unique index is a unique constraint (one object, listed as a constraint), so a
     * model's unique index without WHERE is compared with the database's unique constraints; but for one with a
     * prefix length, which a constraint cannot have (the inspector lists it as an index).
     */
    private boolean uniqueIndexIsConstraint(Index i) {
        return dialect == Dialect.MARIADB && i.unique() && i.where().isEmpty() && !i.mariaDbOnly();
    }

    private List<UniqueConstraint> uniquesAsBuilt(Table t) {
        if (dialect != Dialect.MARIADB) return t.uniques();
        List<UniqueConstraint> out = new ArrayList<>(t.uniques());
        t.indexes().stream().filter(this::uniqueIndexIsConstraint)
                .forEach(i -> out.add(new UniqueConstraint(i.name(), i.columns().stream().map(Index.IndexColumn::name).toList())));
        return out;
    }

    private List<Index> indexesAsBuilt(Table t) {
        return t.indexes().stream().filter(i -> !uniqueIndexIsConstraint(i)).toList();
    }

    private List<Object> indexShape(Index i) {
        return List.of(i.columns(), i.unique(), predicate(i.where()), i.method(), i.type());
    }

    private static String method(Index i) {
        return i.method().isEmpty() ? "btree" : i.method();
    }

    /** A partial-index predicate without quotes, casts, parentheses, case or spacing differences. */
    private String predicate(String where) {
        if (dialect != Dialect.POSTGRESQL || where.isEmpty()) return "";
        String p = CASTS.matcher(where.replace("\"", "")).replaceAll("");
        return SPACES.matcher(PARENTHESES.matcher(p).replaceAll("")).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }

    private static String describe(Index i) {
        return (i.unique() ? "UNIQUE " : i.type().isEmpty() ? "" : i.type() + " ") + (i.method().isEmpty() ? "" : "USING " + i.method() + " ") + indexCols(i)
                + (i.where().isEmpty() ? "" : " WHERE " + i.where());
    }

    private static String indexCols(Index i) {
        return dev.modelsync.schema.SchemaDump.columns(i);
    }

    // ---- matching -----------------------------------------------------------------------------

    private interface Reporter<T> {
        void missing(T desired);

        void extra(T live);

        void paired(T desired, T live);
    }

    /**
     * Pairs desired with live items: first by equal definition (preferring the same name), then
     * by name among the rest. Unpaired desired items are missing; unpaired live items are extra
     * (unless {@code ignoreExtra}).
     */
    private <T> void match(List<T> want, List<T> have, Function<T, String> name, BiPredicate<T, T> sameDefinition,
                           Reporter<T> reporter) {
        List<T> liveLeft = new ArrayList<>(have);
        Map<T, T> pairs = new LinkedHashMap<>();
        List<T> wantLeft = new ArrayList<>();
        for (T w : want) {
            Optional<T> byDef = liveLeft.stream().filter(h -> sameDefinition.test(w, h) && name.apply(h).equals(name.apply(w)))
                    .findFirst()
                    .or(() -> liveLeft.stream().filter(h -> sameDefinition.test(w, h)
                            && want.stream().noneMatch(o -> name.apply(o).equals(name.apply(h)) && sameDefinition.test(o, h)))
                            .findFirst());
            if (byDef.isPresent()) {
                pairs.put(w, byDef.get());
                liveLeft.remove(byDef.get());
            } else {
                wantLeft.add(w);
            }
        }
        List<T> missing = new ArrayList<>();
        for (T w : wantLeft) {
            Optional<T> byName = liveLeft.stream().filter(h -> name.apply(h).equals(name.apply(w))).findFirst();
            if (byName.isPresent()) {
                pairs.put(w, byName.get());
                liveLeft.remove(byName.get());
            } else {
                missing.add(w);
            }
        }
        for (T w : want) {
            if (pairs.containsKey(w)) reporter.paired(w, pairs.get(w));
            else if (missing.contains(w)) reporter.missing(w);
        }
        if (!ignoreExtra) liveLeft.forEach(reporter::extra);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void add(String code, String table, String message) {
        findings.add(new Finding(Finding.Check.DRIFT, code, table, message));
    }

    /**
     * JSON text in one form whatever its spacing and key order (compact, keys sorted), so that two texts
     * of the same JSON value are equal: PostgreSQL keeps a jsonb default as {@code {"a": 1, "theme": "dark"}},
     * the model writes it compactly in the order given. Text that is not JSON is returned as it is.
     */
    public static String canonicalJson(String text) {
        try {
            return JSON.writeValueAsString(JSON.readValue(text, Object.class));
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    private static String cols(Collection<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    private static String nullability(boolean nullable) {
        return nullable ? "nullable" : "NOT NULL";
    }

    private static String autoIncrement(boolean autoIncrement) {
        return autoIncrement ? "auto-increment" : "not auto-increment";
    }

    private static String show(Optional<DefaultValue> value) {
        return value.map(DefaultValue::toString).orElse("none");
    }

    private static String show(String where) {
        return where.isEmpty() ? "none" : where;
    }

    /** " (the database has USERS: ...)" when a live name differs from {@code name} only in case. */
    private String caseHint(String what, String name, Map<String, List<String>> liveNamesByLowerName) {
        return liveNamesByLowerName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream()
                .filter(n -> !n.equals(name)).findFirst()
                .map(n -> " (the database has a " + what + " " + n + ", which differs only in case: it was probably"
                        + " created without quotes, so " + (dialect == Dialect.H2 ? "H2 upper-cased" : dialect == Dialect.MARIADB ? "MariaDB changed its case" : "PostgreSQL lower-cased")
                        + " its name)")
                .orElse("");
    }
}
