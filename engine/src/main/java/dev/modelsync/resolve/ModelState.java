package dev.modelsync.resolve;

import dev.modelsync.model.ModelDef;
import dev.modelsync.model.ModelOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A model while it is being resolved: its options with defaults applied, its table and its attributes in order. */
final class ModelState {
    final ModelDef def;
    final ModelOptions options;
    final String table;
    final boolean underscored;
    final boolean timestamps;
    final Map<String, ResolvedAttribute> attributes = new LinkedHashMap<>();
    final List<AssociationInfo> associations = new ArrayList<>();
    final List<List<String>> junctionUniques = new ArrayList<>();
    /** belongsToMany's {@code uniqueKey}: the name of a junction unique, by its columns. */
    final Map<List<String>, String> junctionUniqueNames = new java.util.HashMap<>();
    /** VIRTUAL attributes: no column (Sequelize keeps them in JavaScript); seeds refuse them. */
    final List<String> virtualAttributes = new ArrayList<>();
    /** Sequelize's {@code schema} option: "" for the connection's default schema. */
    String schema = "";
    String createdAt = "";
    String updatedAt = "";
    String deletedAt = "";

    ModelState(ModelDef def, ModelOptions options, String table) {
        this.def = def;
        this.options = options;
        this.table = table;
        this.underscored = options.underscored().orElse(false);
        this.timestamps = options.timestamps().orElse(true);
    }

    /** The table as the schema records name it: {@code schema.table} outside the default schema. */
    String qualified() {
        return dev.modelsync.schema.Table.qualified(schema, table);
    }

    String name() {
        return def.name();
    }

    Optional<ResolvedAttribute> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    List<ResolvedAttribute> primaryKey() {
        return attributes.values().stream().filter(a -> a.primaryKey).toList();
    }

    /** Sequelize's {@code primaryKeyAttribute}: the first primary key attribute. */
    ResolvedAttribute primaryKeyAttribute() {
        return primaryKey().get(0);
    }

    String column(String attributeName) {
        return Naming.column(attributeName, underscored);
    }
}
