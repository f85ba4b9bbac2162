package dev.modelsync.model;

import java.util.Optional;

/**
 * Options a model may set and {@code define} may default. Empty = not given here.
 * {@link #withDefaults(ModelOptions)} fills what this one leaves empty. {@code version}: the
 * optimistic-locking column ({@code version: true} names it version). {@code singularName},
 * {@code pluralName}: Sequelize's {@code name: { singular, plural }}. {@code tableOptions}: engine,
 * charset, collate and initialAutoIncrement as written (MariaDB's table options; no effect elsewhere).
 * {@code noPrimaryKey}: no implicit {@code id} (Sequelize 7's option; Sequelize 6's {@code removeAttribute('id')}).
 * {@code schema}: the PostgreSQL/H2 schema of the table; {@code schemaDelimiter}: kept as written (Sequelize uses it
 * only on dialects without schemas).
 */
public record ModelOptions(Optional<String> tableName, Optional<Boolean> freezeTableName,
                           Optional<Boolean> underscored, Optional<Boolean> timestamps,
                           Optional<TimestampOption> createdAt, Optional<TimestampOption> updatedAt,
                           Optional<TimestampOption> deletedAt, Optional<Boolean> paranoid,
                           Optional<TimestampOption> version, Optional<String> singularName,
                           Optional<String> pluralName, java.util.Map<String, String> tableOptions,
                           Optional<Boolean> noPrimaryKey, Optional<String> schema,
                           Optional<String> schemaDelimiter) {

    public ModelOptions(Optional<String> tableName, Optional<Boolean> freezeTableName,
                        Optional<Boolean> underscored, Optional<Boolean> timestamps,
                        Optional<TimestampOption> createdAt, Optional<TimestampOption> updatedAt,
                        Optional<TimestampOption> deletedAt, Optional<Boolean> paranoid,
                        Optional<TimestampOption> version, Optional<String> singularName,
                        Optional<String> pluralName, java.util.Map<String, String> tableOptions,
                        Optional<Boolean> noPrimaryKey) {
        this(tableName, freezeTableName, underscored, timestamps, createdAt, updatedAt, deletedAt, paranoid, version,
                singularName, pluralName, tableOptions, noPrimaryKey, Optional.empty(), Optional.empty());
    }

    public ModelOptions {
        tableOptions = java.util.Map.copyOf(tableOptions);
    }

    public ModelOptions(Optional<String> tableName, Optional<Boolean> freezeTableName,
                        Optional<Boolean> underscored, Optional<Boolean> timestamps,
                        Optional<TimestampOption> createdAt, Optional<TimestampOption> updatedAt,
                        Optional<TimestampOption> deletedAt, Optional<Boolean> paranoid,
                        Optional<TimestampOption> version, Optional<String> singularName,
                        Optional<String> pluralName, java.util.Map<String, String> tableOptions) {
        this(tableName, freezeTableName, underscored, timestamps, createdAt, updatedAt, deletedAt, paranoid, version,
                singularName, pluralName, tableOptions, Optional.empty());
    }

    public ModelOptions(Optional<String> tableName, Optional<Boolean> freezeTableName,
                        Optional<Boolean> underscored, Optional<Boolean> timestamps,
                        Optional<TimestampOption> createdAt, Optional<TimestampOption> updatedAt,
                        Optional<TimestampOption> deletedAt, Optional<Boolean> paranoid) {
        this(tableName, freezeTableName, underscored, timestamps, createdAt, updatedAt, deletedAt, paranoid,
                Optional.empty(), Optional.empty(), Optional.empty(), java.util.Map.of());
    }

    /** This model's options with {@code timestamps} replaced (a belongsToMany's {@code through.timestamps}). */
    public ModelOptions withTimestamps(Optional<Boolean> timestamps) {
        return new ModelOptions(tableName, freezeTableName, underscored, timestamps, createdAt, updatedAt, deletedAt,
                paranoid, version, singularName, pluralName, tableOptions, noPrimaryKey, schema, schemaDelimiter);
    }

    /** A timestamp attribute switched off ({@code createdAt: false}) or renamed ({@code createdAt: created_on}). */
    public record TimestampOption(boolean enabled, String name) {
        public static final TimestampOption DISABLED = new TimestampOption(false, "");
    }

    public static final ModelOptions NONE = new ModelOptions(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ModelOptions withDefaults(ModelOptions d) {
        java.util.Map<String, String> merged = new java.util.LinkedHashMap<>(d.tableOptions);
        merged.putAll(tableOptions);
        return new ModelOptions(tableName, freezeTableName.or(d::freezeTableName), underscored.or(d::underscored),
                timestamps.or(d::timestamps), createdAt.or(d::createdAt), updatedAt.or(d::updatedAt),
                deletedAt.or(d::deletedAt), paranoid.or(d::paranoid), version.or(d::version), singularName,
                pluralName, merged, noPrimaryKey, schema.or(d::schema), schemaDelimiter.or(d::schemaDelimiter));
    }
}
