package dev.modelsync.inspect;

import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.db.Dialect;
import dev.modelsync.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Reads the live schema of one database schema into the same {@link Schema} records the
 * resolver produces. Every implementation issues a fixed number of bulk catalog queries per
 * schema, whatever the number of tables (never one query per table).
 *
 * <pre>
 * Schema live = Inspector.forConnection(connection, "public").inspect();
 * </pre>
 */
public interface Inspector {

    /** The live schema; columns of types modelsync cannot express are listed in {@link LiveSchema#unmappedTypes()}. */
    LiveSchema inspectLive();

    default Schema inspect() {
        return inspectLive().schema();
    }

    /**
     * A SHA-256 of everything this inspector has read from the catalog so far (each query, its parameters and
     * every row). Two inspections with the same digest, by the same modelsync build, give the same live schema:
     * verify's record of a clean run compares it.
     */
    String catalogDigest();

    /**
     * What the schema records leave out, each at its table ("" for objects of their own, such as
     * views): check and exclusion constraints, triggers, views. One bulk
     * query; import reports them, since the model language cannot say them.
     */
    List<Unmodelled> unmodelled();

    /** One object the schema records leave out: its table ("" when it has none) and what it is. */
    record Unmodelled(String table, String what) {
    }

    /**
     * An inspector for the database behind {@code connection}. {@code schemaName} empty or null:
     * the connection's current schema ({@code public} on PostgreSQL, {@code PUBLIC} on H2).
     */
    static Inspector forConnection(Connection connection, String schemaName) {
        return forConnection(connection, schemaName, java.util.Set.of());
    }

    /**
     * An inspector that also reads the tables of {@code modelSchemas} (the schemas models name with Sequelize's
     * {@code schema} option), named {@code schema.table} as the resolver names them. MariaDB has none (refused there).
     */
    static Inspector forConnection(Connection connection, String schemaName, java.util.Set<String> modelSchemas) {
        Dialect dialect = dialectOf(connection);
        String schema = schemaName == null || schemaName.isBlank() ? currentSchema(connection, dialect) : schemaName;
        CatalogQuery catalog = new CatalogQuery(connection);
        return switch (dialect) {
            case POSTGRESQL -> new PostgresInspector(catalog, schema, modelSchemas);
            case H2 -> new H2Inspector(catalog, schema, modelSchemas);
            case MARIADB -> new MariaDbInspector(catalog, schema);
        };
    }

    /**
     * The database's user schemas other than the connection's default one, each with its number of tables (PostgreSQL,
     * H2; none on MariaDB, where a schema is a database). H2's upper-case names are given in lower case, as models write
     * them.
     */
    static java.util.SortedMap<String, Integer> otherSchemas(Connection connection) {
        Dialect dialect = dialectOf(connection);
        String sql = switch (dialect) {
            case POSTGRESQL -> "SELECT n.nspname AS schema_name, COUNT(c.oid) AS table_count FROM pg_namespace n LEFT JOIN pg_class c"
                    + " ON c.relnamespace = n.oid AND c.relkind IN ('r', 'p') WHERE n.nspname NOT LIKE 'pg\\_%'"
                    + " AND n.nspname NOT IN ('information_schema', current_schema()) GROUP BY n.nspname";
            case H2 -> "SELECT s.SCHEMA_NAME, (SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES t WHERE t.TABLE_SCHEMA ="
                    + " s.SCHEMA_NAME AND t.TABLE_TYPE = 'BASE TABLE') AS TABLE_COUNT FROM INFORMATION_SCHEMA.SCHEMATA s"
                    + " WHERE s.SCHEMA_NAME NOT IN ('INFORMATION_SCHEMA', CURRENT_SCHEMA)";
            case MARIADB -> null;
        };
        java.util.SortedMap<String, Integer> out = new java.util.TreeMap<>();
        if (sql == null) return out;
        for (CatalogQuery.Row r : new CatalogQuery(connection).query(sql)) {
            out.put(r.str("schema_name").toLowerCase(Locale.ROOT), r.integer("table_count"));
        }
        return out;
    }

    static Dialect dialectOf(Connection connection) {
        try {
            String product = connection.getMetaData().getDatabaseProductName();
            return Dialect.fromProduct(product).orElseThrow(() -> new ModelSyncException("Cannot inspect a " + product
                    + " database: modelsync supports H2, PostgreSQL, MariaDB and MySQL."));
        } catch (SQLException e) {
            throw new ModelSyncException("Cannot read the database product name: " + e.getMessage(), e);
        }
    }

    private static String currentSchema(Connection connection, Dialect dialect) {
        try {
            String s = connection.getSchema();
            if (s != null && !s.isBlank()) return s;
        } catch (SQLException e) {
            // fall through to the dialect's default
        }
        return switch (dialect) {
            case H2 -> "PUBLIC";
            case POSTGRESQL -> "public";
            case MARIADB -> catalogOf(connection);
        };
    }

    /** MariaDB/MySQL: a schema is a database, the connection's catalog. */
    private static String catalogOf(Connection connection) {
        try {
            String c = connection.getCatalog();
            if (c != null && !c.isBlank()) return c;
        } catch (SQLException e) {
            // fall through
        }
        throw new ModelSyncException("The MariaDB/MySQL URL names no database: add it to the URL, e.g."
                + " jdbc:mariadb://localhost:3306/app");
    }
}
