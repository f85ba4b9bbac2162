package dev.modelsync.model;

import dev.modelsync.schema.ForeignKey.Action;

import java.util.Optional;

/** One entry of a model's {@code associations} list, as written. {@code pos}: the entry's position. */
public record AssociationDef(Kind kind, String target, Pos pos, Optional<String> as, Optional<ForeignKeySpec> foreignKey,
                             Optional<String> otherKey, Optional<String> sourceKey, Optional<String> targetKey,
                             Optional<Through> through, Optional<String> inverseAs, Optional<Action> onDelete,
                             Optional<Action> onUpdate, boolean constraints) {

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

    /** {@code foreignKey: name} or {@code foreignKey: { name, allowNull }}. */
    public record ForeignKeySpec(Optional<String> name, Optional<Boolean> allowNull) {}

    /** {@code through: Name} or {@code through: { model, unique, timestamps }}. */
    public record Through(String model, Optional<Boolean> unique, Optional<Boolean> timestamps) {}
}
