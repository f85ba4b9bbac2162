package dev.modelsync.model;

import dev.modelsync.problem.Problems;
import dev.modelsync.problem.Suggest;
import dev.modelsync.yaml.PlainValues;
import dev.modelsync.yaml.YNode;

import dev.modelsync.schema.ForeignKey.Action;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads typed values out of {@link YNode}s; every mismatch becomes a problem at the value. */
final class Values {
    /** At most this many nodes are turned into raw values per call (guards against alias expansion). */
    static final int MAX_RAW_NODES = 10_000;

    private final Problems problems;

    Values(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    void unknown(YNode.Scalar key, String label, Collection<String> valid, String validLabel) {
        problems.add(key.pos(), "unknown " + label + " '" + key.text() + "'" + Suggest.didYouMean(key.text(), valid)
                + "; " + validLabel + ": " + String.join(", ", valid));
    }

    Optional<String> string(YNode node, String what) {
        if (node instanceof YNode.Scalar s && !s.isNull() && !s.text().isBlank()) return Optional.of(s.text());
        problems.add(node.pos(), what + " must be a text, found " + (node instanceof YNode.Scalar s && !s.isNull() ? "an empty text" : node.describe()));
        return Optional.empty();
    }

    /** A raw SQL fragment ({@link SqlFragment}): a text that is one expression. */
    Optional<String> sql(YNode node, String what) {
        Optional<String> text = string(node, what);
        Optional<String> bad = text.flatMap(SqlFragment::problem);
        if (bad.isPresent()) {
            problems.add(node.pos(), what + " is not one SQL expression: " + bad.get());
            return Optional.empty();
        }
        return text;
    }

    /** A name: letters, digits, '_' and '$', not starting with a digit. */
    Optional<String> name(YNode node, String what) {
        Optional<String> s = string(node, what);
        if (s.isPresent() && !isName(s.get())) {
            problems.add(node.pos(), what + " must be a name of letters, digits, '_' or '$' that does not start with a digit, found '" + s.get() + "'");
            return Optional.empty();
        }
        return s;
    }

    static boolean isName(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == '$';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
        }
        return true; // [A-Za-z_$][A-Za-z0-9_$]*, without compiling the pattern per call
    }

    Optional<Boolean> bool(YNode node, String what) {
        if (node instanceof YNode.Scalar s) {
            String t = s.text().toLowerCase(Locale.ROOT);
            if (t.equals("true")) return Optional.of(true);
            if (t.equals("false")) return Optional.of(false);
        }
        problems.add(node.pos(), what + " must be true or false, found " + node.describe());
        return Optional.empty();
    }

    /** CASCADE, SET NULL, RESTRICT, NO ACTION, SET DEFAULT (any case, '_' for the space). */
    Optional<Action> action(YNode v, String what) {
        Optional<String> text = string(v, what);
        if (text.isEmpty()) return Optional.empty();
        try {
            return Optional.of(Action.parse(text.get()));
        } catch (IllegalArgumentException e) {
            List<String> valid = Arrays.stream(Action.values()).map(Action::sql).toList();
            problems.add(v.pos(), what + " '" + text.get() + "' is not a referential action"
                    + Suggest.didYouMean(text.get(), valid) + "; valid: " + String.join(", ", valid));
            return Optional.empty();
        }
    }

    /** A name or a list of names; an empty list when invalid. */
    List<String> names(YNode node, String what) {
        if (node instanceof YNode.Seq seq) {
            List<String> out = new ArrayList<>();
            for (YNode item : seq.items()) name(item, what + " entry").ifPresent(out::add);
            if (seq.items().isEmpty()) problems.add(node.pos(), what + " must name at least one entry, found an empty list");
            return out;
        }
        if (node instanceof YNode.Scalar) return name(node, what).map(List::of).orElse(List.of());
        problems.add(node.pos(), what + " must be a name or a list of names, found " + node.describe());
        return List.of();
    }

    /** A mapping, an empty one for a null value (as in {@code attributes:} with nothing under it). */
    Optional<YNode.Map> map(YNode node, String what) {
        if (node instanceof YNode.Map m) return Optional.of(m);
        if (node instanceof YNode.Scalar s && s.isNull()) return Optional.of(new YNode.Map(List.of(), node.pos()));
        problems.add(node.pos(), what + " must be a mapping (key: value), found " + node.describe());
        return Optional.empty();
    }

    /** A list, an empty list for a null value. */
    Optional<YNode.Seq> seq(YNode node, String what) {
        if (node instanceof YNode.Seq s) return Optional.of(s);
        if (node instanceof YNode.Scalar s && s.isNull()) return Optional.of(new YNode.Seq(List.of(), node.pos()));
        problems.add(node.pos(), what + " must be a list (- item), found " + node.describe());
        return Optional.empty();
    }

    /**
     * The plain Java value of a node: String, Long/BigInteger, Double, Boolean, List, Map (insertion
     * order). Nulls are reported, as are values too large to expand.
     */
    Optional<Object> raw(YNode node, String what) {
        int[] budget = {MAX_RAW_NODES};
        int before = problems.size();
        Object value = PlainValues.tree(node, budget,
                s -> problems.add(s.pos(), what + " may not hold an empty value (null)"));
        if (budget[0] < 0) {
            problems.add(node.pos(), what + " is too large (more than " + MAX_RAW_NODES + " values after expanding aliases)");
            return Optional.empty();
        }
        return problems.size() > before ? Optional.empty() : Optional.of(value);
    }
}
