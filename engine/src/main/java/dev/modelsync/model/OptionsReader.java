package dev.modelsync.model;

import dev.modelsync.yaml.YNode;

import dev.modelsync.model.ModelOptions.TimestampOption;

import java.util.List;
import java.util.Optional;

/**
 * Collects the {@link ModelOptions} keys of a model or of {@code define}: feed it entries with
 * {@link #accept}; it reports bad values and returns false for keys that are not options.
 */
final class OptionsReader {
    /** The options {@code define} may default (everything but tableName). */
    static final List<String> DEFAULTABLE = List.of("freezeTableName", "underscored", "timestamps", "createdAt",
            "updatedAt", "deletedAt", "paranoid", "version", "engine", "charset", "collate", "initialAutoIncrement",
            "hooks", "scopes", "defaultScope", "omitNull", "hasTrigger", "whereMergeStrategy", "getterMethods",
            "setterMethods", "validate", "schema", "schemaDelimiter");
    /** MariaDB's table options: kept as written, no effect on PostgreSQL and H2 (as in Sequelize). */
    static final List<String> TABLE_OPTIONS = List.of("engine", "charset", "collate", "initialAutoIncrement");
    /** Options Sequelize reads at query time, or that hold code: accepted without schema effect. */
    static final List<String> NO_SCHEMA_EFFECT = List.of("hooks", "scopes", "defaultScope", "omitNull", "hasTrigger",
            "whereMergeStrategy", "getterMethods", "setterMethods", "validate", "schemaDelimiter");
    /** Model options refused, with the reason. */
    static final java.util.Map<String, String> REFUSED = java.util.Map.of();

    private final Values values;
    private Optional<String> tableName = Optional.empty();
    private Optional<Boolean> freezeTableName = Optional.empty();
    private Optional<Boolean> underscored = Optional.empty();
    private Optional<Boolean> timestamps = Optional.empty();
    private Optional<TimestampOption> createdAt = Optional.empty();
    private Optional<TimestampOption> updatedAt = Optional.empty();
    private Optional<TimestampOption> deletedAt = Optional.empty();
    private Optional<Boolean> paranoid = Optional.empty();
    private Optional<TimestampOption> version = Optional.empty();
    private Optional<Boolean> noPrimaryKey = Optional.empty();
    private Optional<String> singularName = Optional.empty();
    private Optional<String> pluralName = Optional.empty();
    private final java.util.Map<String, String> tableOptions = new java.util.LinkedHashMap<>();
    private Optional<String> schema = Optional.empty();
    private Optional<String> schemaDelimiter = Optional.empty();

    OptionsReader(Values values) {
        this.values = values;
    }

    /** True when the entry is a model option (tableName included), read into this builder. */
    boolean accept(YNode.Entry e) {
        String key = e.key().text();
        YNode v = e.value();
        switch (key) {
            case "tableName" -> tableName = values.string(v, "tableName").filter(n -> {
                if (n.indexOf('.') < 0) return true;
                values.problems().add(v.pos(), "tableName " + n + " holds a '.', which modelsync would read as schema.table;"
                        + " put the schema in the schema option: schema: " + n.substring(0, n.indexOf('.'))
                        + ", tableName: " + n.substring(n.indexOf('.') + 1));
                return false;
            });
            case "freezeTableName" -> freezeTableName = values.bool(v, key);
            case "underscored" -> underscored = values.bool(v, key);
            case "timestamps" -> timestamps = values.bool(v, key);
            case "paranoid" -> paranoid = values.bool(v, key);
            case "createdAt" -> createdAt = timestamp(v, key);
            case "updatedAt" -> updatedAt = timestamp(v, key);
            case "deletedAt" -> deletedAt = timestamp(v, key);
            case "version" -> version = timestamp(v, key);
            case "noPrimaryKey" -> noPrimaryKey = values.bool(v, key);
            case "name" -> name(v);
            case "engine", "charset", "collate" -> values.name(v, key).ifPresent(n -> tableOptions.put(key, n));
            case "initialAutoIncrement" -> values.string(v, key).ifPresent(n -> {
                if (n.isEmpty() || n.length() > 18 || !n.chars().allMatch(Character::isDigit)) {
                    values.problems().add(v.pos(), "initialAutoIncrement must be a whole number, found " + v.describe());
                } else {
                    tableOptions.put(key, n);
                }
            });
            case "hooks", "scopes", "defaultScope", "omitNull", "hasTrigger", "whereMergeStrategy", "getterMethods",
                 "setterMethods", "validate" -> { /* no schema effect */ }
            case "schema" -> schema = values.name(v, key).filter(n -> {
                if (n.equals(n.toLowerCase(java.util.Locale.ROOT))) return true;
                values.problems().add(v.pos(), "schema " + n + " must be lower case: Liquibase folds the case of schema"
                        + " names (PostgreSQL to lower, H2 to upper case); write schema: " + n.toLowerCase(java.util.Locale.ROOT));
                return false;
            });
            case "schemaDelimiter" -> schemaDelimiter = values.string(v, key);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** {@code false} switches it off; {@code true} keeps the default name; a name renames the attribute. */
    private Optional<TimestampOption> timestamp(YNode v, String key) {
        if (v instanceof YNode.Scalar s && s.kind() == YNode.Scalar.Kind.BOOL && s.text().equalsIgnoreCase("false")) {
            return Optional.of(TimestampOption.DISABLED);
        }
        if (v instanceof YNode.Scalar s && s.kind() == YNode.Scalar.Kind.BOOL && s.text().equalsIgnoreCase("true")) {
            return Optional.of(new TimestampOption(true, key));
        }
        if (v instanceof YNode.Scalar s && !s.isNull() && Values.isName(s.text())) {
            return Optional.of(new TimestampOption(true, s.text()));
        }
        values.problems().add(v.pos(), key + " must be false (no " + key + " attribute) or an attribute name, found "
                + v.describe());
        return Optional.empty();
    }

    /** {@code name: { singular, plural }}: the names Sequelize builds keys and aliases from. */
    private void name(YNode v) {
        java.util.Optional<YNode.Map> map = values.map(v, "name (an object { singular, plural })");
        if (map.isEmpty()) return;
        for (YNode.Entry e : map.get().entries()) {
            switch (e.key().text()) {
                case "singular" -> singularName = values.name(e.value(), "name.singular");
                case "plural" -> pluralName = values.name(e.value(), "name.plural");
                default -> values.unknown(e.key(), "name option", List.of("singular", "plural"), "valid");
            }
        }
    }

    ModelOptions build() {
        return new ModelOptions(tableName, freezeTableName, underscored, timestamps, createdAt, updatedAt, deletedAt,
                paranoid, version, singularName, pluralName, tableOptions, noPrimaryKey, schema, schemaDelimiter);
    }
}
