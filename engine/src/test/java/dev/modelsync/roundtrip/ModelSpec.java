package dev.modelsync.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A model set as the property tests build and evolve it: plain, copyable data that renders to
 * one model file ({@link #yaml()}). Every association names its foreign keys, so a renamed model
 * keeps its key columns (a derived key name would follow the model name: a drop and an add).
 * Names come from a counter ({@link #fresh}) and are never reused.
 */
final class ModelSpec {
    /** Every attribute type of the model language (docs/models.md, Types). */
    static final List<String> TYPES = List.of("STRING", "STRING(40)", "CHAR(10)", "TEXT", "INTEGER", "BIGINT", "SMALLINT",
            "FLOAT", "REAL", "DOUBLE", "DECIMAL(10,2)", "DECIMAL(8)", "BOOLEAN", "DATE", "DATEONLY", "TIME", "UUID",
            "ENUM(low, mid, high)", "JSON", "JSONB", "BLOB");

    static final List<String> MODEL_WORDS = List.of("Author", "Book", "Shelf", "Tag", "Note", "Event", "Order", "Person");
    static final List<String> ATTR_WORDS = List.of("title", "fullName", "unitPrice", "isActive", "startsOn", "payload", "code");

    final List<Model> models = new ArrayList<>();
    int serial;

    ModelSpec copy() {
        ModelSpec s = new ModelSpec();
        for (Model m : models) s.models.add(m.copy());
        s.serial = serial;
        return s;
    }

    String fresh(List<String> words, int pick) {
        return words.get(Math.floorMod(pick, words.size())) + (serial++);
    }

    /** The models that are not through models of a belongsToMany. */
    List<Model> entities() {
        return models.stream().filter(m -> !m.through).toList();
    }

    Optional<Model> model(String name) {
        return models.stream().filter(m -> m.name.equals(name)).findFirst();
    }

    static <T> T pick(List<T> list, int i) {
        return list.get(Math.floorMod(i, list.size()));
    }

    void removeAssociations(Predicate<Assoc> p) {
        for (Model m : models) m.assocs.removeIf(p);
    }

    String yaml() {
        StringBuilder b = new StringBuilder("models:\n");
        for (Model m : models) m.yaml(b);
        return b.toString();
    }

    @Override
    public String toString() {
        return yaml();
    }

    static final class Model {
        String name;
        String renamedFrom;
        boolean through;
        boolean underscored;
        boolean timestamps = true;
        boolean paranoid;
        boolean freezeTableName;
        String comment;
        final List<Attr> attrs = new ArrayList<>();
        final List<Assoc> assocs = new ArrayList<>();
        /** Indexes, each on one attribute (by attribute name). */
        final List<String> indexes = new ArrayList<>();

        Model(String name) {
            this.name = name;
        }

        Model copy() {
            Model m = new Model(name);
            m.renamedFrom = renamedFrom;
            m.through = through;
            m.underscored = underscored;
            m.timestamps = timestamps;
            m.paranoid = paranoid;
            m.freezeTableName = freezeTableName;
            m.comment = comment;
            for (Attr a : attrs) m.attrs.add(a.copy());
            for (Assoc a : assocs) m.assocs.add(a.copy());
            m.indexes.addAll(indexes);
            return m;
        }

        void yaml(StringBuilder b) {
            b.append("  ").append(name).append(":\n");
            if (renamedFrom != null) b.append("    renamedFrom: ").append(renamedFrom).append('\n');
            if (underscored) b.append("    underscored: true\n");
            if (!timestamps) b.append("    timestamps: false\n");
            if (paranoid) b.append("    paranoid: true\n");
            if (freezeTableName) b.append("    freezeTableName: true\n");
            if (comment != null) b.append("    comment: \"").append(comment).append("\"\n");
            if (!attrs.isEmpty()) {
                b.append("    attributes:\n");
                for (Attr a : attrs) a.yaml(b);
            }
            if (!assocs.isEmpty()) {
                b.append("    associations:\n");
                for (Assoc a : assocs) a.yaml(b);
            }
            if (!indexes.isEmpty()) {
                b.append("    indexes:\n");
                for (String i : indexes) b.append("      - fields: [").append(i).append("]\n");
            }
        }
    }

    static final class Attr {
        String name;
        String type;
        boolean allowNull = true;
        boolean withDefault;
        boolean unique;
        String field;
        String comment;
        String renamedFrom;

        Attr(String name, String type) {
            this.name = name;
            this.type = type;
        }

        Attr copy() {
            Attr a = new Attr(name, type);
            a.allowNull = allowNull;
            a.withDefault = withDefault;
            a.unique = unique;
            a.field = field;
            a.comment = comment;
            a.renamedFrom = renamedFrom;
            return a;
        }

        /** Whether {@code unique} can hold for distinct generated rows: text and whole numbers. */
        static boolean canBeUnique(String type) {
            return type.startsWith("STRING") || type.equals("INTEGER") || type.equals("BIGINT");
        }

        /** A default that fits the type, as YAML; null for BLOB (which takes no literal). */
        static String defaultFor(String type) {
            String base = type.replaceAll("\\(.*", "");
            return switch (base) {
                case "STRING", "CHAR", "TEXT" -> "dflt";
                case "INTEGER", "BIGINT", "SMALLINT" -> "7";
                case "FLOAT", "REAL", "DOUBLE", "DECIMAL" -> "1.5";
                case "BOOLEAN" -> "true";
                case "DATE" -> "NOW";
                case "DATEONLY" -> "\"2024-01-31\"";
                case "TIME" -> "\"12:30:00\"";
                case "UUID" -> "UUIDV4";
                case "ENUM" -> "mid";
                case "JSON", "JSONB" -> "{ theme: dark }";
                default -> null;
            };
        }

        void yaml(StringBuilder b) {
            b.append("      ").append(name).append(":\n");
            b.append("        type: ").append(type).append('\n');
            if (!allowNull) b.append("        allowNull: false\n");
            if (withDefault && defaultFor(type) != null) b.append("        defaultValue: ").append(defaultFor(type)).append('\n');
            if (unique) b.append("        unique: true\n");
            if (field != null) b.append("        field: ").append(field).append('\n');
            if (comment != null) b.append("        comment: \"").append(comment).append("\"\n");
            if (renamedFrom != null) b.append("        renamedFrom: ").append(renamedFrom).append('\n');
        }
    }

    static final class Assoc {
        String kind;
        String target;
        String as;
        String foreignKey;
        String otherKey;
        /** belongsToMany: a junction table name, or the name of a through model. */
        String through;

        Assoc(String kind, String target) {
            this.kind = kind;
            this.target = target;
        }

        Assoc copy() {
            Assoc a = new Assoc(kind, target);
            a.as = as;
            a.foreignKey = foreignKey;
            a.otherKey = otherKey;
            a.through = through;
            return a;
        }

        void yaml(StringBuilder b) {
            b.append("      - ").append(kind).append(": ").append(target).append('\n');
            if (as != null) b.append("        as: ").append(as).append('\n');
            b.append("        foreignKey: ").append(foreignKey).append('\n');
            if (otherKey != null) b.append("        otherKey: ").append(otherKey).append('\n');
            if (through != null) b.append("        through: ").append(through).append('\n');
        }
    }
}
