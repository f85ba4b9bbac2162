package dev.modelsync.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

    /** The table of that name: a binary search, the tables being sorted by name. */
    public Optional<Table> table(String name) {
        return find(tables, Table::name, name);
    }

    /** The schemas its tables name outside the default schema (Sequelize's schema option), sorted. */
    public java.util.SortedSet<String> schemaNames() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        for (Table t : tables) if (!t.schema().isEmpty()) out.add(t.schema());
        return out;
    }

    public Optional<EnumType> enumType(String name) {
        return find(enums, EnumType::name, name);
    }

    private static <T> Optional<T> find(List<T> sorted, Function<T, String> nameOf, String name) {
        int lo = 0;
        int hi = sorted.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = nameOf.apply(sorted.get(mid)).compareTo(name);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return Optional.of(sorted.get(mid));
        }
        return Optional.empty();
    }
}
