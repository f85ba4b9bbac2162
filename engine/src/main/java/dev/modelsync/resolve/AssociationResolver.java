package dev.modelsync.resolve;
import dev.modelsync.problem.Problems;

import dev.modelsync.schema.ColumnType;

import dev.modelsync.model.AssociationDef;
import dev.modelsync.model.AssociationDef.Kind;
import dev.modelsync.model.AttributeDef;
import dev.modelsync.problem.Suggest;
import dev.modelsync.resolve.ResolvedAttribute.DefaultRule;
import dev.modelsync.resolve.ResolvedAttribute.Reference;

import java.util.Optional;

/**
 * belongsTo, hasOne and hasMany: the foreign key attribute (named by the conventions unless
 * {@code foreignKey} is given), its column type copied from the referenced key, and its constraint;
 * plus attributes' own {@code references}.
 */
final class AssociationResolver {
    private final ResolutionContext ctx;
    private final KeyAttributes keys;

    AssociationResolver(ResolutionContext ctx) {
        this.ctx = ctx;
        this.keys = new KeyAttributes(ctx);
    }

    void belongsTo(ModelState source, AssociationDef d) {
        ModelState target = ctx.models.get(d.target());
        Optional<ResolvedAttribute> targetKey = key(target, d.targetKey(), "targetKey", source, d);
        if (targetKey.isEmpty()) return;
        String name = d.foreignKey().flatMap(AssociationDef.ForeignKeySpec::name).orElseGet(() ->
                Naming.belongsToKey(ctx.conventions, d.as().orElse(null), target.options.singularName().orElse(target.name()),
                        target.primaryKeyAttribute().name, targetKey.get().name));
        String origin = SemanticValidator.describe(source.name(), d);
        Optional<ResolvedAttribute> fk = keys.add(source, name, field(d), d.foreignKey().flatMap(AssociationDef.ForeignKeySpec::defaultValue), keyType(d, targetKey.get().type, source, name),
                d.foreignKey().flatMap(AssociationDef.ForeignKeySpec::allowNull), true,
                reference(d, target.qualified(), targetKey.get().column, origin), origin, d.pos());
        if (!ctx.shadowed.contains(d)) fk.ifPresent(a -> source.associations.add(new AssociationInfo(Kind.BELONGS_TO, SemanticValidator.name(d),
                target.name(), a.column, "", "", targetKey.get().column, "", "")));
    }

    void hasOneOrMany(ModelState source, AssociationDef d) {
        ModelState target = ctx.models.get(d.target());
        Optional<ResolvedAttribute> sourceKey = key(source, d.sourceKey(), "sourceKey", source, d);
        if (sourceKey.isEmpty()) return;
        String name = d.foreignKey().flatMap(AssociationDef.ForeignKeySpec::name).orElseGet(() ->
                Naming.hasKey(ctx.conventions, d.kind() == Kind.HAS_ONE, d.as().orElse(null),
                        source.options.singularName().orElse(source.name()),
                        source.primaryKeyAttribute().name, sourceKey.get().name));
        String origin = SemanticValidator.describe(source.name(), d);
        Optional<ResolvedAttribute> fk = keys.add(target, name, field(d), d.foreignKey().flatMap(AssociationDef.ForeignKeySpec::defaultValue), keyType(d, sourceKey.get().type, target, name),
                d.foreignKey().flatMap(AssociationDef.ForeignKeySpec::allowNull), true,
                reference(d, source.qualified(), sourceKey.get().column, origin), origin, d.pos());
        if (!ctx.shadowed.contains(d)) fk.ifPresent(a -> source.associations.add(new AssociationInfo(d.kind(), SemanticValidator.name(d),
                target.name(), a.column, "", sourceKey.get().column, "", "", "")));
    }

    /** An attribute's own {@code references: { model, key }} (or {@code { table, key }}, {@code references: T}). */
    void attributeReference(ModelState owner, AttributeDef a) {
        if (a.references().isEmpty()) return;
        AttributeDef.Reference r = a.references().get();
        Optional<ModelState> target = referenced(owner, r);
        if (target.isEmpty()) return;
        Optional<ResolvedAttribute> key = r.key().isEmpty() ? Optional.of(target.get().primaryKeyAttribute())
                : target.get().attribute(r.key().get()).or(() -> target.get().attributes.values().stream()
                .filter(x -> x.column.equals(r.key().get())).findFirst());
        if (key.isEmpty()) {
            ctx.problems.add(r.pos(), "references key " + r.key().get() + " is not an attribute of " + target.get().name()
                    + Suggest.didYouMean(r.key().get(), target.get().attributes.keySet()) + "; attributes: "
                    + Problems.oneOf(target.get().attributes.keySet()));
            return;
        }
        ResolvedAttribute attr = owner.attributes.get(a.name());
        if (attr.type.kind() != key.get().type.kind()) {
            ctx.problems.add(r.pos(), "attribute " + owner.name() + "." + a.name() + " is " + attr.type + " but references "
                    + target.get().table + "." + key.get().column + " of type " + key.get().type
                    + "; declare it as " + key.get().type);
            return;
        }
        String origin = "the references of " + owner.name() + "." + a.name();
        attr.reference = Optional.of(new Reference(target.get().qualified(), key.get().column, a.onDelete(), a.onUpdate(),
                DefaultRule.ATTRIBUTE, origin, r.pos(), r.deferrable()));
    }

    /**
     * The model a reference names: under {@code model:} the model of that name, else (as under {@code table:}) the
     * model whose table it is. A table name without a schema is in the referencing model's schema, as Sequelize
     * qualifies it; {@code public} is the default schema.
     */
    private Optional<ModelState> referenced(ModelState owner, AttributeDef.Reference r) {
        String schema = r.schema().map(s -> s.equals("public") ? "" : s).orElse(owner.schema);
        Optional<ModelState> byTable = ctx.models.values().stream()
                .filter(m -> m.table.equals(r.model()) && m.schema.equals(schema)).findFirst();
        Optional<ModelState> found = r.tableOnly() ? byTable : ctx.model(r.model()).or(() -> byTable);
        if (found.isPresent()) return found;
        String table = dev.modelsync.schema.Table.qualified(schema, r.model());
        String elsewhere = r.schema().isEmpty() && !schema.isEmpty()
                && ctx.models.values().stream().anyMatch(m -> m.table.equals(r.model()))
                ? " (a table name without a schema is in the referencing model's schema " + schema + ", as in Sequelize;"
                + " write { tableName: " + r.model() + ", schema: ... })" : "";
        if (r.tableOnly()) {
            java.util.List<String> tables = ctx.models.values().stream().map(ModelState::qualified).toList();
            ctx.problems.add(r.pos(), "references names table " + table + ", which no model makes" + elsewhere
                    + Suggest.didYouMean(table, tables) + "; tables: " + Problems.oneOf(tables));
        } else {
            ctx.problems.add(r.pos(), "references names model " + r.model() + ", which does not exist" + elsewhere
                    + Suggest.didYouMean(r.model(), ctx.models.keySet()) + "; models: " + Problems.oneOf(ctx.models.keySet()));
        }
        return Optional.empty();
    }

    private static Optional<String> field(AssociationDef d) {
        return d.foreignKey().flatMap(AssociationDef.ForeignKeySpec::field);
    }

    /** {@code keyType} / {@code foreignKey.type} when written, else the referenced key's type (as Sequelize). */
    private ColumnType keyType(AssociationDef d, ColumnType referenced, ModelState owner, String name) {
        return d.keyType().map(t -> TypeMapper.map(t, ctx.conventions, owner.qualified(), owner.column(name))).orElse(referenced);
    }

    private Optional<Reference> reference(AssociationDef d, String refTable, String refColumn, String origin) {
        if (!d.constraints()) return Optional.empty();
        return Optional.of(new Reference(refTable, refColumn, d.onDelete(), d.onUpdate(), DefaultRule.ASSOCIATION,
                origin, d.pos()));
    }

    /** The attribute named by sourceKey/targetKey, else the model's primary key. */
    private Optional<ResolvedAttribute> key(ModelState model, Optional<String> given, String option, ModelState source,
                                            AssociationDef d) {
        if (given.isEmpty()) return Optional.of(model.primaryKeyAttribute());
        Optional<ResolvedAttribute> a = model.attribute(given.get());
        if (a.isEmpty()) {
            ctx.problems.add(d.pos(), option + " " + given.get() + " of " + SemanticValidator.describe(source.name(), d)
                    + " is not an attribute of " + model.name() + Suggest.didYouMean(given.get(), model.attributes.keySet())
                    + "; attributes: " + Problems.oneOf(model.attributes.keySet()));
        }
        return a;
    }

}
