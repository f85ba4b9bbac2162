package dev.modelsync.model;

import dev.modelsync.yaml.YNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validators Sequelize 6 ships and the shape of their arguments. A {@code validate} entry is
 * written as Sequelize writes it: {@code true}, its arguments, {@code { args, msg }} or
 * {@code { msg }}. The parser checks the shape; the values stay raw for the seeder.
 */
final class Validators {
    /** Argument shapes. */
    enum Shape {
        /** {@code true} or {@code false}. */
        FLAG("true or false"),
        /** {@code [[a, b]]}, as Sequelize spreads args. */
        VALUES("a list holding one list of allowed values, e.g. [[a, b]]"),
        /** {@code [min, max]} or {@code [min]}. */
        LENGTHS("a list of a minimum and a maximum length, e.g. [2, 10]"),
        /** A number. */
        NUMBER("a number, e.g. 0"),
        /** A regular expression text, or {@code [pattern, flags]}. */
        PATTERN("a regular expression text, e.g. \"^[a-z]+$\", or [pattern, flags]"),
        /** A text (a date for isAfter/isBefore). */
        TEXT("a text"),
        /** {@code true}, or a version: 4 for isIP, 3, 4, 5 or all for isUUID. */
        VERSION("true or a version number");

        final String expected;

        Shape(String expected) {
            this.expected = expected;
        }
    }

    /** Every validator of Sequelize 6 (its own and those it takes from validator.js), in its documentation's order. */
    static final Map<String, Shape> ALL = new LinkedHashMap<>();

    static {
        ALL.put("is", Shape.PATTERN);
        ALL.put("not", Shape.PATTERN);
        ALL.put("isEmail", Shape.FLAG);
        ALL.put("isUrl", Shape.FLAG);
        ALL.put("isIP", Shape.VERSION);
        ALL.put("isIPv4", Shape.FLAG);
        ALL.put("isIPv6", Shape.FLAG);
        ALL.put("isAlpha", Shape.FLAG);
        ALL.put("isAlphanumeric", Shape.FLAG);
        ALL.put("isNumeric", Shape.FLAG);
        ALL.put("isInt", Shape.FLAG);
        ALL.put("isFloat", Shape.FLAG);
        ALL.put("isDecimal", Shape.FLAG);
        ALL.put("isLowercase", Shape.FLAG);
        ALL.put("isUppercase", Shape.FLAG);
        ALL.put("notNull", Shape.FLAG);
        ALL.put("isNull", Shape.FLAG);
        ALL.put("notEmpty", Shape.FLAG);
        ALL.put("equals", Shape.TEXT);
        ALL.put("contains", Shape.TEXT);
        ALL.put("notIn", Shape.VALUES);
        ALL.put("isIn", Shape.VALUES);
        ALL.put("notContains", Shape.TEXT);
        ALL.put("len", Shape.LENGTHS);
        ALL.put("isUUID", Shape.VERSION);
        ALL.put("isDate", Shape.FLAG);
        ALL.put("isAfter", Shape.TEXT);
        ALL.put("isBefore", Shape.TEXT);
        ALL.put("max", Shape.NUMBER);
        ALL.put("min", Shape.NUMBER);
        ALL.put("isCreditCard", Shape.FLAG);
        ALL.put("isArray", Shape.FLAG);
    }

    private static final List<String> FORM_KEYS = List.of("args", "msg");

    private Validators() {
    }

    static boolean shapeOk(String name, YNode v, Values values) {
        Shape shape = ALL.get(name);
        if (shape == null) return true;
        YNode args = v;
        if (v instanceof YNode.Map m) {
            for (YNode.Entry e : m.entries()) {
                if (!FORM_KEYS.contains(e.key().text())) {
                    values.unknown(e.key(), "key of validator " + name, FORM_KEYS, "valid");
                    return false;
                }
            }
            if (m.entry("msg").isPresent() && !isText(m.entry("msg").get().value())) {
                values.problems().add(m.entry("msg").get().value().pos(), "validator " + name + ": msg is the message "
                        + "text, found " + m.entry("msg").get().value().describe());
                return false;
            }
            if (m.entry("args").isEmpty()) {
                if (shape == Shape.FLAG || shape == Shape.VERSION) return true;
                values.problems().add(v.pos(), "validator " + name + " needs args beside msg: { args: ..., msg: ... }"
                        + " with args " + shape.expected);
                return false;
            }
            args = m.entry("args").get().value();
        }
        if (fits(shape, args)) return true;
        values.problems().add(args.pos(), "validator " + name + " takes " + shape.expected + ", { args, msg } or "
                + "{ msg }, found " + args.describe());
        return false;
    }

    private static boolean fits(Shape shape, YNode v) {
        return switch (shape) {
            case FLAG -> isBool(v) || v instanceof YNode.Seq s && s.items().isEmpty();
            case VALUES -> isListOfList(v);
            case LENGTHS -> isNumbers(v, 1, 2);
            case NUMBER -> isNumber(v) || isNumbers(v, 1, 1);
            case PATTERN -> isText(v) && !isBool(v) || isPattern(v);
            case TEXT -> isText(v) && !isBool(v) || isPattern(v) && ((YNode.Seq) v).items().size() == 1;
            case VERSION -> isText(v);
        };
    }

    private static boolean isBool(YNode v) {
        return v instanceof YNode.Scalar s && (s.text().equalsIgnoreCase("true") || s.text().equalsIgnoreCase("false"));
    }

    private static boolean isText(YNode v) {
        return v instanceof YNode.Scalar s && !s.isNull();
    }

    private static boolean isNumber(YNode v) {
        return v instanceof YNode.Scalar s && (s.kind() == YNode.Scalar.Kind.INT || s.kind() == YNode.Scalar.Kind.FLOAT);
    }

    private static boolean isNumbers(YNode v, int min, int max) {
        return v instanceof YNode.Seq s && s.items().size() >= min && s.items().size() <= max
                && s.items().stream().allMatch(Validators::isNumber);
    }

    private static boolean isListOfList(YNode v) {
        return v instanceof YNode.Seq s && s.items().size() == 1 && s.items().get(0) instanceof YNode.Seq inner
                && !inner.items().isEmpty() && inner.items().stream().allMatch(Validators::isText);
    }

    private static boolean isPattern(YNode v) {
        List<YNode> items = v instanceof YNode.Seq s ? s.items() : List.of();
        return (items.size() == 1 || items.size() == 2) && items.stream().allMatch(Validators::isText);
    }
}
