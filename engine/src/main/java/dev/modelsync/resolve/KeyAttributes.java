package dev.modelsync.resolve;

import dev.modelsync.schema.ColumnType;

import dev.modelsync.problem.Pos;
import dev.modelsync.resolve.ResolvedAttribute.Reference;

import java.util.Optional;

/**
 * Adds a foreign key attribute to a model, or merges it into an attribute of the same name
 * (declared, or added by another association): the types must be equal, both sides must point at
 * the same column, and actions written in two places must agree.
 */
final class KeyAttributes {
    private final ResolutionContext ctx;

    KeyAttributes(ResolutionContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param field     {@code foreignKey.field} (or {@code otherKey.field}) when written: the column of a new
     *                  attribute (an attribute the model already has keeps its column, as in Sequelize)
     * @param defaultValue {@code foreignKey.defaultValue} when written: the default of a new attribute
     * @param allowNull {@code foreignKey.allowNull} when written
     * @param reference the constraint, empty with {@code constraints: false}
     * @return the attribute, or empty when it clashes (a problem was added)
     */
    Optional<ResolvedAttribute> add(ModelState owner, String name, Optional<String> field,
                                    Optional<dev.modelsync.schema.DefaultValue> defaultValue, ColumnType referencedType,
                                    Optional<Boolean> allowNull, boolean defaultNullable, Optional<Reference> reference,
                                    String origin, Pos pos) {
        ResolvedAttribute existing = owner.attributes.get(name);
        if (existing == null) {
            String column = field.orElseGet(() -> owner.column(name));
            ResolvedAttribute a = new ResolvedAttribute(name, column, pos, true);
            a.type = ctx.copyType(referencedType, owner.qualified(), column);
            a.nullable = allowNull.orElse(defaultNullable);
            a.defaultValue = defaultValue;
            a.reference = reference;
            owner.attributes.put(name, a);
            return Optional.of(a);
        }
        ColumnType expected = ctx.copyType(referencedType, owner.qualified(), existing.column);
        if (!sameType(existing.type, expected)) {
            String what = existing.implicit ? "the key of another association" : "the declared attribute";
            ctx.problems.add(pos, "foreign key " + name + " of " + origin + " clashes with " + what + " " + owner.name()
                    + "." + name + " of another type (" + existing.type + " at " + existing.pos + "); the key must be "
                    + expected + " like the column it references: declare " + name + " as " + expected
                    + ", or set another foreignKey");
            return Optional.empty();
        }
        allowNull.ifPresent(n -> existing.nullable = n && !existing.primaryKey);
        if (reference.isPresent()) {
            if (existing.reference.isEmpty()) {
                existing.reference = reference;
            } else {
                mergeReference(owner, existing, reference.get());
            }
        }
        return Optional.of(existing);
    }

    private void mergeReference(ModelState owner, ResolvedAttribute a, Reference added) {
        Reference first = a.reference.orElseThrow();
        if (!first.refTable().equals(added.refTable()) || !first.refColumn().equals(added.refColumn())) {
            ctx.problems.add(added.pos(), "foreign key " + owner.name() + "." + a.name + " of " + added.origin()
                    + " would reference " + added.refTable() + "." + added.refColumn() + ", but " + first.origin()
                    + " (at " + first.pos() + ") makes it reference " + first.refTable() + "." + first.refColumn()
                    + "; set a different foreignKey on one of them");
            return;
        }
        if (first.onDelete().isPresent() && added.onDelete().isPresent() && !first.onDelete().equals(added.onDelete())) {
            ctx.problems.add(added.pos(), "onDelete " + added.onDelete().get().sql() + " of " + added.origin()
                    + " disagrees with onDelete " + first.onDelete().get().sql() + " of " + first.origin() + " (at "
                    + first.pos() + ") on the same foreign key " + owner.name() + "." + a.name + "; write one value");
        }
        if (first.onUpdate().isPresent() && added.onUpdate().isPresent() && !first.onUpdate().equals(added.onUpdate())) {
            ctx.problems.add(added.pos(), "onUpdate " + added.onUpdate().get().sql() + " of " + added.origin()
                    + " disagrees with onUpdate " + first.onUpdate().get().sql() + " of " + first.origin() + " (at "
                    + first.pos() + ") on the same foreign key " + owner.name() + "." + a.name + "; write one value");
        }
        ResolvedAttribute.DefaultRule rule = first.rule() == ResolvedAttribute.DefaultRule.ATTRIBUTE ? added.rule() : first.rule();
        a.reference = Optional.of(new Reference(first.refTable(), first.refColumn(),
                first.onDelete().or(added::onDelete), first.onUpdate().or(added::onUpdate), rule, first.origin(),
                first.pos(), first.deferrable().or(added::deferrable)));
    }

    /** ENUM key columns get their own enum type; compare those by kind only. */
    private static boolean sameType(ColumnType a, ColumnType b) {
        if (a.kind() == ColumnType.Kind.ENUM && b.kind() == ColumnType.Kind.ENUM) return true;
        return a.equals(b);
    }
}
