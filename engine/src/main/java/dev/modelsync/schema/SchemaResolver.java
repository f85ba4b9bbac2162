package dev.modelsync.schema;

import dev.modelsync.model.ModelSet;

/** Applies Sequelize's conventions to a {@link ModelSet}: tables, columns, keys, junction tables. */
public final class SchemaResolver {
    private SchemaResolver() {
    }

    public static Resolved resolve(ModelSet set) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }
}
