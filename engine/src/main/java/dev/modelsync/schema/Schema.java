package dev.modelsync.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The dialect-neutral schema every source produces (resolver, changelog replay, live
 * inspection) and every goal compares. Tables and enum types are kept sorted by name so two
 * equal schemas are equal records.
 */
public record Schema(List<Table> tables, List<EnumType> enums) {
    public static final Schema EMPTY = new Schema(List.of(), List.of());

    public Schema {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        enums = enums.stream().sorted(Comparator.comparing(EnumType::name)).toList();
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<EnumType> enumType(String name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
