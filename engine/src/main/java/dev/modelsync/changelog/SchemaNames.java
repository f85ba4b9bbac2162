package dev.modelsync.changelog;

import dev.modelsync.schema.Table;
import liquibase.change.Change;
import liquibase.change.ChangeFactory;
import liquibase.change.ChangeParameterMetaData;
import liquibase.Scope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables outside the default schema (Sequelize's {@code schema} option) are named {@code schema.table} in the
 * schema records; Liquibase names them by two attributes. This class turns the one into the other: the planner's
 * changes get {@code schemaName} (and {@code baseTableSchemaName}, {@code referencedTableSchemaName}) beside a plain
 * table name, and a replayed change gets its qualified table name back.
 */
final class SchemaNames {
    /** Table attribute → the Liquibase attribute that holds its schema. */
    private static final Map<String, String> SCHEMA_OF = Map.of(
            "tableName", "schemaName", "oldTableName", "schemaName", "newTableName", "schemaName",
            "baseTableName", "baseTableSchemaName", "referencedTableName", "referencedTableSchemaName");

    private SchemaNames() {
    }

    /**
     * {@code public}: the default schema of PostgreSQL and H2, which hand-written changelogs often name; its tables are
     * named without a schema, as the models and inspection name them.
     */
    static boolean isDefault(String schema) {
        return schema.equalsIgnoreCase("public");
    }

    /** The PostgreSQL/H2 statement that makes a model's schema, which Sequelize's sync leaves to the user. */
    static String createSchema(String schema) {
        return "CREATE SCHEMA IF NOT EXISTS " + LiquibaseTypes.quote(schema);
    }

    /** The schema's name on H2, where Liquibase writes schema names in upper case (it quotes table names as given). */
    static String h2(String schema) {
        return schema.toUpperCase(java.util.Locale.ROOT);
    }

    /** The changes with every qualified table name split into schema and table attributes. */
    static List<Map<String, Object>> split(List<Map<String, Object>> changes) {
        return changes.stream().map(SchemaNames::split).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> split(Map<String, Object> change) {
        if (change.size() != 1) return change;
        Map.Entry<String, Object> e = change.entrySet().iterator().next();
        if (!(e.getValue() instanceof Map<?, ?> attrs)
                || attrs.keySet().stream().noneMatch(k -> SCHEMA_OF.containsKey(k) && attrs.get(k) instanceof String s
                && s.indexOf('.') > 0)) {
            return change;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> a : ((Map<String, Object>) attrs).entrySet()) {
            String schemaKey = SCHEMA_OF.get(a.getKey());
            if (schemaKey != null && a.getValue() instanceof String name && name.indexOf('.') > 0) {
                out.put(schemaKey, Table.schemaOf(name));
                out.put(a.getKey(), Table.baseNameOf(name));
            } else {
                out.put(a.getKey(), a.getValue());
            }
        }
        return Map.of(e.getKey(), out);
    }

    /**
     * Folds a change's schema attributes into its table names ({@code schema.table}), as the schema records name them,
     * and returns what puts the change back as it was (the same change objects also make SQL, for lint).
     */
    static Runnable join(Change change) {
        var meta = Scope.getCurrentScope().getSingleton(ChangeFactory.class).getChangeMetaData(change).getParameters();
        List<Runnable> undo = new java.util.ArrayList<>();
        for (Map.Entry<String, String> e : SCHEMA_OF.entrySet()) {
            ChangeParameterMetaData table = meta.get(e.getKey());
            ChangeParameterMetaData schema = meta.get(e.getValue());
            if (table == null || schema == null) continue;
            Object s = schema.getCurrentValue(change);
            Object t = table.getCurrentValue(change);
            if (s instanceof String sn && !sn.isEmpty() && !isDefault(sn) && t instanceof String tn) {
                table.setValue(change, Table.qualified(sn, tn));
                undo.add(() -> table.setValue(change, tn));
            }
        }
        return () -> undo.forEach(Runnable::run);
    }
}
