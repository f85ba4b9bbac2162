package dev.modelsync.resolve;

import dev.modelsync.model.Conventions;
import dev.modelsync.model.ModelOptions;

/**
 * Sequelize's naming conventions: table names, column names, default foreign key names and
 * association names. Foreign key attribute names follow Sequelize 6 ({@code ProjectId}) or
 * Sequelize 7 ({@code projectId}); the column is the attribute name, snake_cased when the
 * model holding the column is {@code underscored}.
 */
final class Naming {
    private Naming() {
    }

    /** tableName; else the model name when freezeTableName; else the plural, snake_cased when underscored. */
    static String table(String modelName, ModelOptions options) {
        if (options.tableName().isPresent()) return options.tableName().get();
        if (options.freezeTableName().orElse(false)) return modelName;
        String plural = Inflection.pluralize(modelName);
        return options.underscored().orElse(false) ? Inflection.underscore(plural) : plural;
    }

    /** The column of an attribute without {@code field}. */
    static String column(String attributeName, boolean underscored) {
        return underscored ? Inflection.underscore(attributeName) : attributeName;
    }

    /** Joins a prefix and a key the way each Sequelize version's {@code camelize} does: Project + id → ProjectId / projectId. */
    static String key(Conventions conventions, String prefix, String key) {
        String joined = prefix + "_" + key;
        return conventions == Conventions.SEQUELIZE7 ? Inflection.camelize7(joined) : Inflection.camelize6(joined);
    }

    /**
     * belongsTo: {@code (as ?? singular(Target)) + Key}. Sequelize 6 uses the target's primary key
     * attribute, Sequelize 7 the target key.
     */
    static String belongsToKey(Conventions c, String as, String targetModel, String targetPk, String targetKey) {
        String prefix = as != null ? as : Inflection.singularize(targetModel);
        return key(c, prefix, c == Conventions.SEQUELIZE7 ? targetKey : targetPk);
    }

    /**
     * hasOne/hasMany: source model name (singular) + key, as docs/models.md, Associations says for both kinds, with or
     * without {@code as} (Sequelize 6's hasOne would use its {@code as} instead: {@code profileId} on
     * Profiles for {@code as: profile}; modelsync and Sequelize 7 do not). Sequelize 7 builds the name
     * from the inverse belongsTo (source name + source key).
     */
    static String hasKey(Conventions c, boolean hasOne, String as, String sourceModel, String sourcePk,
                         String sourceKey) {
        if (c == Conventions.SEQUELIZE7) return key(c, Inflection.singularize(sourceModel), sourceKey);
        return key(c, Inflection.singularize(sourceModel), sourcePk);
    }

    /** The association name used in seed files: {@code as}, else the target name, plural for the many kinds. */
    static String associationName(String as, String target, boolean many) {
        if (as != null) return as;
        return many ? Inflection.pluralize(target) : target;
    }
}
