package dev.modelsync.resolve;

/** Sequelize's inflection and naming rules, for code outside the resolver that reads names back (import). */
public final class SequelizeNames {
    private SequelizeNames() {
    }

    public static String pluralize(String word) {
        return Inflection.pluralize(word);
    }

    public static String singularize(String word) {
        return Inflection.singularize(word);
    }

    /** userRole → user_role. */
    public static String underscore(String s) {
        return Inflection.underscore(s);
    }

    /** user_role → userRole (Sequelize 6's camelize). */
    public static String camelize(String s) {
        return Inflection.camelize6(s);
    }

    /** The table a model of that name gets without tableName or freezeTableName. */
    public static String table(String modelName, boolean underscored) {
        String plural = Inflection.pluralize(modelName);
        return underscored ? Inflection.underscore(plural) : plural;
    }

    /**
     * A default foreign key name: prefix and key joined the way each Sequelize version's camelize
     * does ({@code User} + {@code id} → {@code UserId} under sequelize6, {@code userId} under sequelize7).
     */
    public static String key(boolean sequelize7, String prefix, String key) {
        return Naming.key(sequelize7 ? dev.modelsync.model.Conventions.SEQUELIZE7 : dev.modelsync.model.Conventions.SEQUELIZE6,
                prefix, key);
    }

    /** The column of an attribute without {@code field}. */
    public static String column(String attributeName, boolean underscored) {
        return Naming.column(attributeName, underscored);
    }
}
