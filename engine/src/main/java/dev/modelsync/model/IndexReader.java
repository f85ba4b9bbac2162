package dev.modelsync.model;

import dev.modelsync.problem.Pos;

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
            "parser", "parser names a FULLTEXT parser plugin (Sequelize writes WITH PARSER); MariaDB has none of MySQL's "
                    + "(WITH PARSER ngram fails there) and modelsync writes none: leave parser out");
    /** {@code using}: PostgreSQL's index methods, as Sequelize passes them on (USING ...). */
    static final List<String> METHODS = List.of("BTREE", "HASH", "GIN", "GIST", "SPGIST", "BRIN");
    /** An operator class as Sequelize writes it, unquoted (PostgreSQL folds it to lower case). */
    private static final java.util.regex.Pattern OPERATOR = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

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
        String using = "";
        Optional<YNode> usingNode = Optional.empty();
        Optional<YNode> typed = Optional.empty(); // FULLTEXT or SPATIAL
        String type = "";
        String operator = map.get().entry("operator").flatMap(e -> operator(e.value())).orElse("");
        for (YNode.Entry e : map.get().entries()) {
            YNode v = e.value();
            switch (e.key().text()) {
                case "using" -> {
                    usingNode = Optional.of(v);
                    using = values.string(v, "using").map(u -> method(u, v)).orElse("");
                }
                case "type" -> {
                    Optional<String> t = values.string(v, "type").map(x -> x.toUpperCase(Locale.ROOT));
                    if (t.isPresent() && t.get().equals("UNIQUE")) {
                        unique = true;
                    } else if (t.isPresent() && (t.get().equals("FULLTEXT") || t.get().equals("SPATIAL"))) {
                        typed = Optional.of(v);
                        type = t.get();
                    } else if (t.isPresent()) {
                        values.problems().add(v.pos(), "unknown index type " + t.get() + "; the types are UNIQUE (or "
                                + "unique: true), FULLTEXT and SPATIAL");
                    }
                }
                case "prefix" -> prefix = values.name(v, "prefix");
                case "concurrently" -> values.bool(v, "concurrently"); // how the index is built, not what it is
                case "operator" -> { } // read above: it applies to every field without an operator of its own
                case "parser" -> values.problems().add(e.key().pos(), REFUSED.get(e.key().text()));
                case "name" -> name = values.string(v, "index name");
                case "fields" -> values.seq(v, "fields").ifPresent(seq -> {
                    for (YNode item : seq.items()) field(item, operator).ifPresent(fields::add);
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
        if (unique && !using.isEmpty() && usingNode.isPresent()) {
            values.problems().add(usingNode.get().pos(), "a unique index is a B-tree: PostgreSQL's " + using.toUpperCase(Locale.ROOT)
                    + " indexes cannot be unique; leave using out or unique off");
        }
        if (typed.isPresent()) {
            Pos at = typed.get().pos();
            if (unique) values.problems().add(at, "a " + type + " index cannot be unique (MariaDB has no such index): leave unique out");
            if (usingNode.isPresent()) {
                values.problems().add(at, "a " + type + " index has no method (MariaDB refuses USING with it): leave using out");
            }
            if (fields.stream().anyMatch(f -> f.length() > 0 || f.descending())) {
                values.problems().add(at, "MariaDB ignores a field's length and order in a " + type + " index: leave them out");
            }
            if (type.equals("SPATIAL") && fields.size() > 1) {
                values.problems().add(at, "a SPATIAL index has one field (MariaDB and H2 index one GEOMETRY column): "
                        + "write one index per column");
            }
        }
        if (values.problems().size() > before) return Optional.empty();
        return Optional.of(new IndexDef(name, fields, unique, where, map.get().pos(), prefix, using, type));
    }

    /** {@code using: GIN} (any case): the method in lower case, empty for BTREE. */
    private String method(String u, YNode v) {
        String m = u.trim().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(m)) {
            values.problems().add(v.pos(), "unknown index method using " + u + dev.modelsync.problem.Suggest.didYouMean(m, METHODS)
                    + "; valid: " + String.join(", ", METHODS));
            return "";
        }
        return m.equals("BTREE") ? "" : m.toLowerCase(Locale.ROOT);
    }

    /** An operator class: an unquoted name, lower case (as PostgreSQL folds it). */
    private Optional<String> operator(YNode v) {
        Optional<String> op = values.string(v, "operator");
        if (op.isPresent() && !OPERATOR.matcher(op.get()).matches()) {
            values.problems().add(v.pos(), "operator must name an operator class, e.g. jsonb_path_ops or "
                    + "text_pattern_ops, found '" + op.get() + "'");
            return Optional.empty();
        }
        return op.map(o -> o.toLowerCase(Locale.ROOT));
    }

    /** Longest prefix accepted: InnoDB's longest key part, in bytes (MariaDB judges the characters' bytes). */
    static final int MAX_LENGTH = 3072;

    /** MariaDB's prefix length ({@code `title`(10)}); Sequelize ignores it on PostgreSQL (and so on H2). */
    private int length(YNode v) {
        if (v instanceof YNode.Scalar s && s.kind() == YNode.Scalar.Kind.INT) {
            try {
                int n = Integer.parseInt(s.text().replace("_", ""));
                if (n >= 1 && n <= MAX_LENGTH) return n;
            } catch (NumberFormatException e) {
                // out of range, reported below
            }
        }
        values.problems().add(v.pos(), "length must be a whole number from 1 to " + MAX_LENGTH
                + " (the prefix of the column MariaDB indexes), found " + v.describe());
        return 0;
    }

    private Optional<IndexDef.Field> field(YNode item, String indexOperator) {
        if (item instanceof YNode.Scalar) {
            return values.name(item, "an index field").map(n -> new IndexDef.Field(n, false, item.pos(), indexOperator, ""));
        }
        Optional<YNode.Map> map = values.map(item, "an index field");
        if (map.isEmpty()) return Optional.empty();
        Optional<String> name = Optional.empty();
        boolean descending = false;
        String operator = indexOperator;
        String collate = "";
        int length = 0;
        for (YNode.Entry e : map.get().entries()) {
            switch (e.key().text()) {
                case "name", "attribute" -> name = values.name(e.value(), "index field name");
                case "length" -> length = length(e.value());
                case "operator" -> operator = operator(e.value()).orElse(operator);
                case "collate" -> {
                    collate = values.string(e.value(), "collate").orElse("");
                    if (collate.contains("\"")) {
                        values.problems().add(e.value().pos(), "collate must name a collation, e.g. C or en_US, found '"
                                + collate + "'");
                    }
                }
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
        String op = operator;
        String coll = collate;
        int prefix = length;
        return name.map(n -> new IndexDef.Field(n, desc, item.pos(), op, coll, prefix));
    }
}
