package dev.modelsync.resolve;
import dev.modelsync.problem.Problems;
import dev.modelsync.db.Identifiers;


import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.EnumType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Index;
import dev.modelsync.schema.NameLimit;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import dev.modelsync.model.IndexDef;
import dev.modelsync.problem.Suggest;
import dev.modelsync.schema.ForeignKey.Action;
import dev.modelsync.resolve.ModelInfo.AttributeInfo;
import dev.modelsync.resolve.ResolvedAttribute.Reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns resolved models and junctions into immutable tables, enum types and model infos. */
final class TableAssembler {
    private final ResolutionContext ctx;

    TableAssembler(ResolutionContext ctx) {
        this.ctx = ctx;
    }

    Resolved assemble() {
        ctx.models.values().forEach(this::checkNames);
        ctx.junctions.values().forEach(this::checkNames);
        List<Table> tables = new ArrayList<>();
        List<ModelInfo> infos = new ArrayList<>();
        for (ModelState m : ctx.models.values()) {
            tables.add(table(m));
            infos.add(info(m));
        }
        for (ModelState j : ctx.junctions.values()) tables.add(table(j));
        List<EnumType> enums = new ArrayList<>();
        for (Table t : tables) {
            for (Column c : t.columns()) {
                if (c.type().kind() == ColumnType.Kind.ENUM) {
                    enums.add(new EnumType(c.type().enumName(), ctx.enumValues.getOrDefault(c.type().enumName(), List.of())));
                }
            }
        }
        ctx.problems.throwIfAny();
        return new Resolved(ctx.conventions, new Schema(tables, enums), infos, ctx.notes);
    }

    /** Table and column names the database would cut or refuse. */
    private void checkNames(ModelState m) {
        NameLimit limit = ctx.nameLimit;
        if (!limit.fits(m.table)) {
            ctx.problems.add(m.def.pos(), "table name " + m.table + " of " + m.name() + " " + limit.describe(m.table)
                    + "; set a shorter tableName");
        }
        for (ResolvedAttribute a : m.attributes.values()) {
            if (!limit.fits(a.column)) {
                ctx.problems.add(a.pos, "column name " + a.column + " of " + m.name() + " " + limit.describe(a.column)
                        + "; set a shorter " + (a.implicit ? "name (foreignKey, as or the timestamp's name)" : "field"));
            }
        }
    }

    private Table table(ModelState m) {
        List<Column> columns = m.attributes.values().stream().map(ResolvedAttribute::toColumn).toList();
        List<String> pkColumns = m.attributes.values().stream().filter(a -> a.primaryKey).map(a -> a.column).toList();
        Optional<PrimaryKey> pk = pkColumns.isEmpty() ? Optional.empty()
                : Optional.of(new PrimaryKey(primaryKeyName(m, pkColumns), pkColumns));
        List<ForeignKey> fks = new ArrayList<>();
        for (ResolvedAttribute a : m.attributes.values()) {
            a.reference.ifPresent(r -> fks.add(foreignKey(m, a, r)));
        }
        List<String> renamedFrom = m.def.renamedFrom().stream()
                .map(old -> dev.modelsync.schema.Table.qualified(m.schema, Naming.table(old, m.options)))
                .filter(t -> !t.equals(m.qualified())).distinct().toList();
        List<AttributeIndex> attributeIndexes = attributeIndexes(m);
        List<UniqueConstraint> uniques = new ArrayList<>(uniques(m));
        List<Index> indexes = new ArrayList<>(indexes(m));
        for (AttributeIndex x : attributeIndexes) {
            if (x.unique()) {
                uniques.add(new UniqueConstraint(x.name(), x.columns().stream().map(Index.IndexColumn::name).toList()));
            } else {
                indexes.add(new Index(x.name(), x.columns(), false, ""));
            }
        }
        return new Table(m.qualified(), columns, pk, fks, uniques, indexes, m.def.comment(), renamedFrom,
                tableOptions(m.options.tableOptions()));
    }

    /** Sequelize's engine, charset, collate and initialAutoIncrement, as written. */
    private static dev.modelsync.schema.TableOptions tableOptions(java.util.Map<String, String> o) {
        if (o.isEmpty()) return dev.modelsync.schema.TableOptions.NONE;
        return new dev.modelsync.schema.TableOptions(o.get("engine"), o.get("charset"), o.get("collate"),
                o.containsKey("initialAutoIncrement") ? Long.parseLong(o.get("initialAutoIncrement")) : 0);
    }

    /**
     * {@code <table>_pkey}; under sequelize7, a single primary key column with {@code unique: true}
     * gives the key Sequelize 7's unique name, {@code books_id_unique} (docs/resolution.md).
     */
    private String primaryKeyName(ModelState m, List<String> pkColumns) {
        boolean uniqueOnKey = pkColumns.size() == 1 && m.attributes.values().stream()
                .anyMatch(a -> a.primaryKey && a.unique.filter(String::isEmpty).isPresent());
        if (ctx.v7() && uniqueOnKey) {
            return Identifiers.limit((m.table + "_" + pkColumns.get(0) + "_unique").toLowerCase(java.util.Locale.ROOT));
        }
        return ConstraintNames.primaryKey(m.table);
    }

    private static ForeignKey foreignKey(ModelState m, ResolvedAttribute a, Reference r) {
        Action onDelete = r.onDelete().orElseGet(() -> switch (r.rule()) {
            case ASSOCIATION -> a.nullable ? Action.SET_NULL : Action.CASCADE;
            case JUNCTION -> Action.CASCADE;
            case ATTRIBUTE -> Action.NO_ACTION;
        });
        Action onUpdate = r.onUpdate().orElseGet(() -> r.rule() == ResolvedAttribute.DefaultRule.ATTRIBUTE
                ? Action.NO_ACTION : Action.CASCADE);
        String deferrable = r.deferrable().orElse("NOT"); // INITIALLY_IMMEDIATE, INITIALLY_DEFERRED or NOT
        return new ForeignKey(ConstraintNames.foreignKey(m.table, List.of(a.column)), List.of(a.column), r.refTable(),
                List.of(r.refColumn()), onDelete, onUpdate, !deferrable.equals("NOT"),
                deferrable.equals("INITIALLY_DEFERRED"));
    }

    /**
     * The unique constraints. {@code unique: true} on the table's only primary key column makes none,
     * as in Sequelize, whose primary key alone makes the column unique (docs/resolution.md, Keys).
     */
    private static List<UniqueConstraint> uniques(ModelState m) {
        List<UniqueConstraint> out = new ArrayList<>();
        Map<String, List<String>> composite = new LinkedHashMap<>();
        List<String> pk = m.attributes.values().stream().filter(a -> a.primaryKey).map(a -> a.column).toList();
        for (ResolvedAttribute a : m.attributes.values()) {
            if (a.unique.isEmpty()) continue;
            if (a.unique.get().isEmpty() && pk.equals(List.of(a.column))) continue;
            if (a.unique.get().isEmpty()) {
                out.add(new UniqueConstraint(ConstraintNames.unique(m.table, List.of(a.column)), List.of(a.column)));
            } else {
                composite.computeIfAbsent(a.unique.get(), k -> new ArrayList<>()).add(a.column);
            }
        }
        composite.forEach((name, cols) -> out.add(new UniqueConstraint(Identifiers.limit(name), cols)));
        for (List<String> pair : m.junctionUniques) {
            String name = m.junctionUniqueNames.get(pair);
            out.add(new UniqueConstraint(name != null ? Identifiers.limit(name) : ConstraintNames.unique(m.table, pair), pair));
        }
        return out;
    }

    /** Index methods MariaDB and MySQL have not (HASH they take, InnoDB building a B-tree). */
    private static final java.util.Set<String> MARIADB_LACKS = java.util.Set.of("gin", "gist", "spgist", "brin");

    private List<Index> indexes(ModelState m) {
        List<Index> out = new ArrayList<>();
        for (IndexDef d : m.def.indexes()) {
            List<Index.IndexColumn> cols = new ArrayList<>();
            String name = d.name().map(Identifiers::limit).orElseGet(() -> ConstraintNames.index(d.prefix().orElse(m.table),
                    d.fields().stream().map(IndexDef.Field::attribute).toList()));
            for (IndexDef.Field f : d.fields()) {
                Optional<ResolvedAttribute> a = m.attribute(f.attribute()).or(() -> m.attributes.values().stream()
                        .filter(x -> x.column.equals(f.attribute())).findFirst());
                if (a.isEmpty()) {
                    ctx.problems.add(f.pos(), "index field " + f.attribute() + " is not an attribute of " + m.name()
                            + Suggest.didYouMean(f.attribute(), m.attributes.keySet()) + "; attributes: "
                            + Problems.oneOf(m.attributes.keySet()));
                } else {
                    cols.add(new Index.IndexColumn(a.get().column, f.descending(), f.operator(), f.collate(), f.length()));
                    ColumnType.Kind kind = a.get().type.kind();
                    if (d.spatial()) spatialField(name, f, a.get());
                    if ((kind == ColumnType.Kind.TEXT || kind == ColumnType.Kind.BLOB) && f.length() == 0 && !d.fulltext()
                            && ctx.nameLimit.database().startsWith("MariaDB")) {
                        ctx.problems.add(f.pos(), "index " + name + ": " + f.attribute() + " is a " + kind + " column, which "
                                + ctx.nameLimit.database() + " indexes by its first characters only: give the field a length,"
                                + " e.g. { name: " + f.attribute() + ", length: 100 }");
                    }
                }
            }
            if (MARIADB_LACKS.contains(d.using()) && ctx.nameLimit.database().startsWith("MariaDB")) {
                ctx.problems.add(d.pos(), "index " + name + ": using " + d.using().toUpperCase(java.util.Locale.ROOT)
                        + " is PostgreSQL's; " + ctx.nameLimit.database() + " has no such indexes (Sequelize's USING "
                        + d.using().toUpperCase(java.util.Locale.ROOT) + " fails there): leave using out for this database");
            }
            out.add(new Index(name, cols, d.unique(), d.where().orElse(""), d.using(), d.type()));
        }
        return out;
    }

    /** A SPATIAL index indexes a GEOMETRY column, which MariaDB/MySQL require NOT NULL (MariaDB refuses the index). */
    private void spatialField(String index, IndexDef.Field f, ResolvedAttribute a) {
        if (a.type.kind() != ColumnType.Kind.GEOMETRY) {
            ctx.problems.add(f.pos(), "index " + index + ": a SPATIAL index indexes a GEOMETRY column; " + f.attribute()
                    + " is " + a.type + ": make it GEOMETRY or leave type: SPATIAL out");
        } else if (a.nullable && ctx.nameLimit.database().startsWith("MariaDB")) {
            ctx.problems.add(f.pos(), "index " + index + ": " + ctx.nameLimit.database() + " makes a SPATIAL index on a "
                    + "NOT NULL column only, and " + f.attribute() + " allows null: give it allowNull: false");
        }
    }

    /** An index Sequelize 7 makes from attributes' {@code index} option (unique: a unique constraint, as Sequelize 7). */
    private record AttributeIndex(String name, boolean unique, List<Index.IndexColumn> columns) {}

    /**
     * Sequelize 7's {@code index} on attributes, under sequelize7: {@code true} an index of its own named as
     * Sequelize names indexes ({@code docs_title}; unique: {@code docs_title_unique}), a name one index shared
     * by the attributes that give it, in attribute order. Sequelize 6 ignores the option (ModelBuilder says so).
     */
    private List<AttributeIndex> attributeIndexes(ModelState m) {
        if (!ctx.v7()) return List.of();
        Map<String, AttributeIndex> byName = new LinkedHashMap<>();
        for (dev.modelsync.model.AttributeDef d : m.def.attributes()) {
            ResolvedAttribute a = m.attributes.get(d.name());
            if (d.index().isEmpty() || a == null) continue;
            dev.modelsync.model.AttributeDef.AttributeIndex x = d.index().get();
            String own = ConstraintNames.index(m.table, List.of(d.name()));
            String name = x.name().map(Identifiers::limit)
                    .orElseGet(() -> x.unique() ? Identifiers.limit(own + "_unique") : own);
            AttributeIndex before = byName.get(name);
            List<Index.IndexColumn> cols = new ArrayList<>(before == null ? List.of() : before.columns());
            cols.add(new Index.IndexColumn(a.column, x.descending()));
            byName.put(name, new AttributeIndex(name, x.unique() || before != null && before.unique(), cols));
        }
        return List.copyOf(byName.values());
    }

    private ModelInfo info(ModelState m) {
        List<AttributeInfo> attributes = new java.util.ArrayList<>(m.attributes.values().stream()
                .map(a -> new AttributeInfo(a.name, a.column, a.validate, a.primaryKey, a.implicit, a.uniqueMsg)).toList());
        for (String v : m.virtualAttributes) attributes.add(new AttributeInfo(v, "", Map.of(), false, false));
        return new ModelInfo(m.name(), m.qualified(), m.def.pos(), attributes, m.associations, seedKey(m),
                m.createdAt, m.updatedAt, m.deletedAt);
    }

    /** The model's seedKey; else its declared primary key; else its first unique attribute; else none. */
    private List<String> seedKey(ModelState m) {
        if (!m.def.seedKey().isEmpty()) {
            for (String k : m.def.seedKey()) {
                if (!m.attributes.containsKey(k)) {
                    ctx.problems.add(m.def.pos(), "seedKey " + k + " of model " + m.name() + " is not an attribute"
                            + Suggest.didYouMean(k, m.attributes.keySet()) + "; attributes: "
                            + Problems.oneOf(m.attributes.keySet()));
                }
            }
            return m.def.seedKey();
        }
        List<String> declaredPk = m.attributes.values().stream().filter(a -> a.primaryKey && !a.implicit)
                .map(a -> a.name).toList();
        if (!declaredPk.isEmpty()) return declaredPk;
        return m.attributes.values().stream().filter(a -> a.unique.map(String::isEmpty).orElse(false))
                .map(a -> a.name).findFirst().map(List::of).orElse(List.of());
    }
}
