package dev.modelsync.model;

import dev.modelsync.yaml.YNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads one entry of a model's {@code indexes}: {@code { name?, fields: [attr | { name, order }], unique?, where? }}. */
final class IndexReader {
    static final List<String> OPTIONS = List.of("name", "fields", "unique", "where", "using", "type", "prefix",
            "concurrently", "operator", "parser");
    static final List<String> FIELD_OPTIONS = List.of("name", "attribute", "order", "length", "collate", "operator");
    /** Index options refused, with the reason. */
    static final java.util.Map<String, String> REFUSED = java.util.Map.of(
            "operator", "operator classes (operator) are not supported yet: modelsync writes indexes with the "
                    + "default operator class; leave operator out",
            "collate", "a collation per index field (collate) is not supported yet; leave collate out",
            "parser", "parser belongs to MariaDB's FULLTEXT indexes, which modelsync does not write");
    /** {@code using} methods: BTREE is every index modelsync writes; the others are refused. */
    static final String USING_REFUSED = "is not supported yet: modelsync writes B-tree indexes only (using: BTREE)";

    private final Values values;

    IndexReader(Values values) {
        this.values = values;
    }

    Optional<IndexDef> read(YNode node) {
        Optional<YNode.Map> map = values.map(node, "an index");
        if (map.isEmpty()) return Optional.empty();
        int before = values.problems().size();
        Optional<String> name = Optional.empty();
        List<IndexDef.Field> fields = new ArrayList<>();
        boolean unique = false;
        Optional<String> where = Optional.empty();
        Optional<String> prefix = Optional.empty();
        for (YNode.Entry e : map.get().entries()) {
            YNode v = e.value();
            switch (e.key().text()) {
                case "using" -> values.string(v, "using").ifPresent(u -> {
                    if (!u.equalsIgnoreCase("BTREE")) values.problems().add(v.pos(), "using " + u + " " + USING_REFUSED);
                });
                case "type" -> {
                    Optional<String> type = values.string(v, "type");
                    if (type.isPresent() && type.get().equalsIgnoreCase("UNIQUE")) {
                        unique = true;
                    } else if (type.isPresent()) {
                        values.problems().add(v.pos(), "index type " + type.get() + " is refused: FULLTEXT and SPATIAL"
                                + " indexes exist on MariaDB and MySQL only, and modelsync does not write them; type"
                                + " UNIQUE (or unique: true) is the one type accepted");
                    }
                }
                case "prefix" -> prefix = values.name(v, "prefix");
                case "concurrently" -> values.bool(v, "concurrently"); // how the index is built, not what it is
                case "operator", "parser" -> values.problems().add(e.key().pos(), REFUSED.get(e.key().text()));
                case "name" -> name = values.string(v, "index name");
                case "fields" -> values.seq(v, "fields").ifPresent(seq -> {
                    for (YNode item : seq.items()) field(item).ifPresent(fields::add);
                });
                case "unique" -> unique = values.bool(v, "unique").orElse(false);
                case "where" -> where = values.sql(v, "where (an SQL condition)");
                default -> values.unknown(e.key(), "index option", OPTIONS, "valid");
            }
        }
        if (fields.isEmpty() && values.problems().size() == before) {
            values.problems().add(map.get().pos(), "an index needs fields: a non-empty list of attribute names, "
                    + "e.g. fields: [email] or fields: [{ name: createdAt, order: DESC }]");
        }
        if (values.problems().size() > before) return Optional.empty();
        return Optional.of(new IndexDef(name, fields, unique, where, map.get().pos(), prefix));
    }

    private Optional<IndexDef.Field> field(YNode item) {
        if (item instanceof YNode.Scalar) {
            return values.name(item, "an index field").map(n -> new IndexDef.Field(n, false, item.pos()));
        }
        Optional<YNode.Map> map = values.map(item, "an index field");
        if (map.isEmpty()) return Optional.empty();
        Optional<String> name = Optional.empty();
        boolean descending = false;
        for (YNode.Entry e : map.get().entries()) {
            switch (e.key().text()) {
                case "name", "attribute" -> name = values.name(e.value(), "index field name");
                case "length" -> {
                    // MariaDB's prefix length; Sequelize ignores it on PostgreSQL (and so on H2)
                    if (!(e.value() instanceof YNode.Scalar s && s.kind() == YNode.Scalar.Kind.INT)) {
                        values.problems().add(e.value().pos(), "length must be a whole number, found " + e.value().describe());
                    }
                }
                case "collate", "operator" -> values.problems().add(e.key().pos(), REFUSED.get(e.key().text()));
                case "order" -> {
                    Optional<String> order = values.string(e.value(), "order");
                    String o = order.map(s -> s.toUpperCase(Locale.ROOT)).orElse("ASC");
                    if (!o.equals("ASC") && !o.equals("DESC")) {
                        values.problems().add(e.value().pos(), "order must be ASC or DESC, found '" + order.get() + "'");
                    }
                    descending = o.equals("DESC");
                }
                default -> values.unknown(e.key(), "index field option", FIELD_OPTIONS, "valid");
            }
        }
        if (map.get().entry("name").isEmpty() && map.get().entry("attribute").isEmpty()) {
            values.problems().add(map.get().pos(), "an index field needs a name: { name: createdAt, order: DESC }");
        }
        boolean desc = descending;
        return name.map(n -> new IndexDef.Field(n, desc, item.pos()));
    }
}
