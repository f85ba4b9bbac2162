package dev.modelsync.schema;

import java.util.List;

/** A named enum type: native on PostgreSQL, a domain over ENUM on H2. */
public record EnumType(String name, List<String> values) {
    public EnumType {
        values = List.copyOf(values);
    }
}
