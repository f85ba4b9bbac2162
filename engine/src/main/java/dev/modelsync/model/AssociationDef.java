package dev.modelsync.model;

import dev.modelsync.problem.Pos;

import dev.modelsync.schema.ForeignKey.Action;

import java.util.Optional;

/**
 * One entry of a model's {@code associations} list, as written. {@code pos}: the entry's position.
 * {@code as}: the name (of an {@code as: { singular, plural }} object, the plural for hasMany and
 * belongsToMany, the singular for hasOne). {@code keyType}: the foreign key's type ({@code keyType} or
 * {@code foreignKey.type}). {@code timestamps}, {@code uniqueKey}: belongsToMany's own placement of
 * the junction's timestamps and the name of its unique constraint. {@code otherKeyField}: the column of
 * {@code otherKey: { name, field }}.
 */
public record AssociationDef(Kind kind, String target, Pos pos, Optional<String> as, Optional<ForeignKeySpec> foreignKey,
                             Optional<String> otherKey, Optional<String> sourceKey, Optional<String> targetKey,
                             Optional<Through> through, Optional<String> inverseAs, Optional<Action> onDelete,
                             Optional<Action> onUpdate, boolean constraints, Optional<TypeSpec> keyType,
                             Optional<Boolean> timestamps, Optional<String> uniqueKey, Optional<String> otherKeyField) {

    public AssociationDef(Kind kind, String target, Pos pos, Optional<String> as, Optional<ForeignKeySpec> foreignKey,
                          Optional<String> otherKey, Optional<String> sourceKey, Optional<String> targetKey,
                          Optional<Through> through, Optional<String> inverseAs, Optional<Action> onDelete,
                          Optional<Action> onUpdate, boolean constraints, Optional<TypeSpec> keyType,
                          Optional<Boolean> timestamps, Optional<String> uniqueKey) {
        this(kind, target, pos, as, foreignKey, otherKey, sourceKey, targetKey, through, inverseAs, onDelete, onUpdate,
                constraints, keyType, timestamps, uniqueKey, Optional.empty());
    }

    public AssociationDef(Kind kind, String target, Pos pos, Optional<String> as, Optional<ForeignKeySpec> foreignKey,
                          Optional<String> otherKey, Optional<String> sourceKey, Optional<String> targetKey,
                          Optional<Through> through, Optional<String> inverseAs, Optional<Action> onDelete,
                          Optional<Action> onUpdate, boolean constraints) {
        this(kind, target, pos, as, foreignKey, otherKey, sourceKey, targetKey, through, inverseAs, onDelete, onUpdate,
                constraints, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public enum Kind {
        BELONGS_TO("belongsTo"), HAS_ONE("hasOne"), HAS_MANY("hasMany"), BELONGS_TO_MANY("belongsToMany");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * {@code foreignKey: name} or {@code foreignKey: { name, allowNull, type, field, defaultValue }} ({@code field}:
     * the column; {@code defaultValue}: the column default, checked against {@code type} when given).
     */
    public record ForeignKeySpec(Optional<String> name, Optional<Boolean> allowNull, Optional<TypeSpec> type,
                                 Optional<String> field, Optional<dev.modelsync.schema.DefaultValue> defaultValue) {
        public ForeignKeySpec(Optional<String> name, Optional<Boolean> allowNull, Optional<TypeSpec> type,
                              Optional<String> field) {
            this(name, allowNull, type, field, Optional.empty());
        }

        public ForeignKeySpec(Optional<String> name, Optional<Boolean> allowNull, Optional<TypeSpec> type) {
            this(name, allowNull, type, Optional.empty());
        }

        public ForeignKeySpec(Optional<String> name, Optional<Boolean> allowNull) {
            this(name, allowNull, Optional.empty());
        }
    }

    /** {@code through: Name} or {@code through: { model, unique, timestamps, paranoid }}. */
    public record Through(String model, Optional<Boolean> unique, Optional<Boolean> timestamps, Optional<Boolean> paranoid) {
        public Through(String model, Optional<Boolean> unique, Optional<Boolean> timestamps) {
            this(model, unique, timestamps, Optional.empty());
        }
    }
}
