package dev.modelsync.resolve;

import dev.modelsync.db.Identifiers;


import java.util.List;

/**
 * Explicit, stable names for constraints and indexes, PostgreSQL style:
 * {@code <table>_pkey}, {@code <table>_<column>_fkey}, {@code <table>_<col1>_<col2>_key}, and
 * for indexes the given name, else Sequelize's {@code <table>_<fields>} snake-cased in lower case.
 * Names longer than 63 bytes (PostgreSQL's identifier limit) are cut and end in {@code _} plus
 * the first 8 hex digits of the SHA-256 of the full name, so they stay unique and stable.
 */
public final class ConstraintNames {
    
    private ConstraintNames() {
    }

    public static String primaryKey(String table) {
        return Identifiers.limit(table + "_pkey");
    }

    public static String foreignKey(String table, List<String> columns) {
        return Identifiers.limit(table + "_" + String.join("_", columns) + "_fkey");
    }

    public static String unique(String table, List<String> columns) {
        return Identifiers.limit(table + "_" + String.join("_", columns) + "_key");
    }

    /** Sequelize's default index name: {@code underscore(table + "_" + fields)}, fields as written (attribute names). */
    public static String index(String table, List<String> fields) {
        return Identifiers.limit(Inflection.underscore(table + "_" + String.join("_", fields)));
    }
}
