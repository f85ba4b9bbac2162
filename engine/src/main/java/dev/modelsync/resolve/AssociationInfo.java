package dev.modelsync.resolve;

import dev.modelsync.schema.Column;

import dev.modelsync.model.AssociationDef.Kind;

/**
 * A resolved association seen from its source model. Column names are physical.
 * <ul>
 * <li>belongsTo: {@code foreignKey} is a column of the source table referencing {@code targetKey} of the target.</li>
 * <li>hasOne/hasMany: {@code foreignKey} is a column of the target table referencing {@code sourceKey} of the source.</li>
 * <li>belongsToMany: {@code throughTable} holds {@code foreignKey} (→ source.sourceKey) and {@code otherKey}
 *     (→ target.targetKey); {@code throughModel} names the through model, empty for a plain string through.</li>
 * </ul>
 * {@code name} is the association name used in seed files: the {@code as}, else the target model name,
 * plural for hasMany/belongsToMany.
 */
public record AssociationInfo(Kind kind, String name, String target, String foreignKey, String otherKey,
                              String sourceKey, String targetKey, String throughTable, String throughModel) {
}
