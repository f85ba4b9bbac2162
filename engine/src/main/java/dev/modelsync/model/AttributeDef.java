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
 * message for a duplicate value (seeds show it).
 */
public record AttributeDef(String name, Pos pos, TypeSpec type, boolean allowNull, Optional<DefaultValue> defaultValue,
                           Optional<String> unique, boolean primaryKey, boolean autoIncrement, Optional<String> field,
                           String comment, Map<String, Object> validate, Optional<Reference> references,
                           Optional<Action> onDelete, Optional<Action> onUpdate, List<String> renamedFrom,
                           Optional<String> uniqueMsg) {

    /** {@code references: { model: M, key: id }}; key empty = the target's primary key. */
    public record Reference(String model, Optional<String> key, Pos pos) {}

    public AttributeDef(String name, Pos pos, TypeSpec type, boolean allowNull, Optional<DefaultValue> defaultValue,
                        Optional<String> unique, boolean primaryKey, boolean autoIncrement, Optional<String> field,
                        String comment, Map<String, Object> validate, Optional<Reference> references,
                        Optional<Action> onDelete, Optional<Action> onUpdate, List<String> renamedFrom) {
        this(name, pos, type, allowNull, defaultValue, unique, primaryKey, autoIncrement, field, comment, validate,
                references, onDelete, onUpdate, renamedFrom, Optional.empty());
    }

    public AttributeDef {
        comment = comment == null ? "" : comment;
        validate = Map.copyOf(validate);
        renamedFrom = List.copyOf(renamedFrom);
    }
}
