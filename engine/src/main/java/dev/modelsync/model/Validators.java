package dev.modelsync.model;

import java.util.List;

/** Checks the shape of a {@code validate} entry; the values stay raw for the seeder. */
final class Validators {
    private Validators() {
    }

    static boolean shapeOk(String name, YNode v, Values values) {
        String expected = switch (name) {
            case "isEmail", "notEmpty" -> isBool(v) ? null : "true or false";
            case "isIn", "notIn" -> isListOfList(v) ? null : "a list holding one list of allowed values, e.g. " + name + ": [[a, b]]";
            case "len" -> isNumbers(v, 1, 2) ? null : "a list of a minimum and a maximum length, e.g. len: [2, 10]";
            case "min", "max" -> isNumber(v) ? null : "a number, e.g. " + name + ": 0";
            case "is" -> isText(v) || isPattern(v) ? null : "a regular expression text, e.g. is: \"^[a-z]+$\", or [pattern, flags]";
            default -> null;
        };
        if (expected == null) return true;
        values.problems().add(v.pos(), "validator " + name + " takes " + expected + ", found " + v.describe());
        return false;
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
