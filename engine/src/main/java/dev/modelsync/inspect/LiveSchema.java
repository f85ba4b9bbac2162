package dev.modelsync.inspect;

import dev.modelsync.schema.Schema;

import java.util.Map;

/**
 * The inspected schema, plus the columns whose database type has no {@link dev.modelsync.schema.ColumnType}
 * (for example {@code inet} or {@code timestamp without time zone}): key {@code Table.column},
 * value the type as the database names it. Those columns appear in {@link #schema()} with
 * type TEXT as a placeholder; the comparator reports them by their real type. {@code tableDefaults}
 * (MariaDB/MySQL): the engine and collation a table gets when it sets none; a table with those has no
 * {@link dev.modelsync.schema.Table#options()}.
 */
public record LiveSchema(Schema schema, Map<String, String> unmappedTypes,
                         dev.modelsync.schema.TableOptions tableDefaults) {
    public LiveSchema {
        unmappedTypes = Map.copyOf(unmappedTypes);
        tableDefaults = tableDefaults == null ? dev.modelsync.schema.TableOptions.NONE : tableDefaults;
    }

    public LiveSchema(Schema schema, Map<String, String> unmappedTypes) {
        this(schema, unmappedTypes, dev.modelsync.schema.TableOptions.NONE);
    }

    public static String key(String table, String column) {
        return table + "." + column;
    }
}
