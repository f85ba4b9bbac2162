package dev.modelsync.changelog;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * One changeset before it is written: a slug for its id, its Liquibase changes (as YAML-ready
 * maps in a fixed key order), the enum types its column definitions use (they need a
 * {@code modifySql} to keep their quoted names, and their values at that point, written inline on
 * MariaDB/MySQL) and the changelog properties it refers to; for the online forms also whether it
 * runs in a transaction and further {@code modifySql} visitors.
 */
record PlannedChangeSet(String slug, List<Map<String, Object>> changes, SortedSet<String> enumTypes,
                        SortedSet<String> properties, Map<String, List<String>> enumValues, boolean runInTransaction,
                        List<Map<String, Object>> modifySql) {
    PlannedChangeSet {
        changes = List.copyOf(changes);
        enumValues = Map.copyOf(enumValues);
        modifySql = List.copyOf(modifySql);
    }

    PlannedChangeSet(String slug, List<Map<String, Object>> changes, SortedSet<String> enumTypes, SortedSet<String> properties) {
        this(slug, changes, enumTypes, properties, Map.of(), true, List.of());
    }

    PlannedChangeSet(String slug, List<Map<String, Object>> changes, SortedSet<String> enumTypes, SortedSet<String> properties,
                     Map<String, List<String>> enumValues) {
        this(slug, changes, enumTypes, properties, enumValues, true, List.of());
    }

    PlannedChangeSet(String slug, List<Map<String, Object>> changes, SortedSet<String> enumTypes, SortedSet<String> properties,
                     boolean runInTransaction, List<Map<String, Object>> modifySql) {
        this(slug, changes, enumTypes, properties, Map.of(), runInTransaction, modifySql);
    }
}
