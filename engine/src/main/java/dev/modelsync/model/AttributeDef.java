package dev.modelsync.model;

import dev.modelsync.problem.Pos;

import dev.modelsync.schema.DefaultValue;
import dev.modelsync.schema.ForeignKey.Action;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One attribute as written. {@code unique}: empty = not unique; "" = unique on its own
 * ({@code unique: true}); any other text = name of a composite unique shared with other
 * attributes. {@code validate} keeps the YAML values (String, Number, Boolean, List, Map).
 * {@code uniqueMsg}: the {@code msg} of {@code unique: { args, msg }} or {@code { name, msg }}, Sequelize's
 * message for a duplicate value (seeds show it). {@code columnName} and {@code index}: Sequelize 7's attribute
 * options (the column's name, and an index on the attribute), which Sequelize 6 ignores.
 */
public record AttributeDef(String name, Pos pos, TypeSpec type, boolean allowNull, Optional<DefaultValue> defaultValue,
                           Optional<String> unique, boolean primaryKey, boolean autoIncrement, Optional<String> field,
                           String comment, Map<String, Object> validate, Optional<Reference> references,
                           Optional<Action> onDelete, Optional<Action> onUpdate, List<String> renamedFrom,
                           Optional<String> uniqueMsg, Optional<String> columnName, Optional<AttributeIndex> index) {

    /**
     * Sequelize 7's {@code index} on an attribute: {@code true} (its own index), a name (attributes giving the
     * same name share one index, in attribute order) or {@code { name, unique, attribute: { order } }}.
     */
    public record AttributeIndex(Optional<String> name, boolean unique, boolean descending, Pos pos) {}

    /**
     * {@code references: { model: M, key: id, deferrable }}, Sequelize 7's {@code references: { table: T, ... }} or
     * {@code references: T}; key empty = the target's primary key; deferrable: one of {@code INITIALLY_IMMEDIATE},
     * {@code INITIALLY_DEFERRED}, {@code NOT}, empty when not written.
     *
     * @param model  the model name, or the table name as {@code target} says
     * @param schema the schema of a {@code { tableName, schema }} target, empty when not written
     */
    public record Reference(String model, Optional<String> key, Pos pos, Optional<String> deferrable,
                            Target target, Optional<String> schema) {
        public Reference(String model, Optional<String> key, Pos pos) {
            this(model, key, pos, Optional.empty(), Target.MODEL, Optional.empty());
        }

        /** How the referenced table is written. */
        public enum Target {
            /** {@code model: M}: a model's name, or a table name (as Sequelize 6 takes a text there). */
            MODEL,
            /** {@code model: { tableName, schema }}: Sequelize 6's table object. */
            MODEL_TABLE,
            /** {@code table: T}, {@code table: { tableName, schema }} or {@code references: T}: Sequelize 7's table. */
            TABLE
        }

        /** True when {@link #model} is a table name only (not a model's name). */
        public boolean tableOnly() {
            return target != Target.MODEL;
        }
    }

    public AttributeDef(String name, Pos pos, TypeSpec type, boolean allowNull, Optional<DefaultValue> defaultValue,
                        Optional<String> unique, boolean primaryKey, boolean autoIncrement, Optional<String> field,
                        String comment, Map<String, Object> validate, Optional<Reference> references,
                        Optional<Action> onDelete, Optional<Action> onUpdate, List<String> renamedFrom) {
        this(name, pos, type, allowNull, defaultValue, unique, primaryKey, autoIncrement, field, comment, validate,
                references, onDelete, onUpdate, renamedFrom, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public AttributeDef {
        comment = comment == null ? "" : comment;
        validate = Map.copyOf(validate);
        renamedFrom = List.copyOf(renamedFrom);
    }
}
