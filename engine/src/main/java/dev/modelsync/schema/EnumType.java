package dev.modelsync.schema;

import java.util.List;

/** A named enum type: native on PostgreSQL, a domain over ENUM on H2. */
public record EnumType(String name, List<String> values) {
    public EnumType {
        values = List.copyOf(values);
    }

    /**
     * Sequelize's name of the enum type of a column: {@code enum_<table>_<column>}, in the table's schema
     * ({@code app.enum_Audits_status} for the table {@code app.Audits}), before any cut to the name limit.
     */
    public static String nameFor(String table, String column) {
        return Table.qualified(Table.schemaOf(table), "enum_" + Table.baseNameOf(table) + "_" + column);
    }
}
