package dev.modelsync.model;

import dev.modelsync.problem.Suggest;
import dev.modelsync.yaml.YNode;

import dev.modelsync.model.TypeSpec.Logical;
import dev.modelsync.schema.DefaultValue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an attribute's {@code defaultValue} against its type: {@code NOW} (DATE, DATEONLY, TIME),
 * {@code UUIDV4} (UUID), {@code { sql: "expression" }}, or a literal that must fit the type.
 */
final class DefaultValues {
    private static final Set<Logical> TEMPORAL = EnumSet.of(Logical.DATE, Logical.DATEONLY, Logical.TIME);
    private static final Set<Logical> TEXTUAL = EnumSet.of(Logical.STRING, Logical.CHAR, Logical.TEXT);
    private static final String NUMBER = "[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?";
    private static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}([ Tt][0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?"
            + "\\s*(Z|z|[-+][0-9]{1,2}(:?[0-9]{2})?)?)?";
    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final Values values;

    DefaultValues(Values values) {
        this.values = values;
    }

    /** Empty for no default ({@code defaultValue: null}) and for invalid ones (then reported). */
    Optional<DefaultValue> read(YNode node, Optional<TypeSpec> type) {
        if (node instanceof YNode.Scalar s && s.isNull()) return Optional.empty();
        if (node instanceof YNode.Map m && m.entry("sql").isPresent()) {
            if (m.entries().size() != 1) {
                return error(node, "a raw SQL default is written { sql: \"expression\" } with no other key");
            }
            return values.sql(m.entries().get(0).value(), "the sql default").map(DefaultValue::sql);
        }
        Logical kind = type.map(TypeSpec::kind).orElse(null);
        if (!(node instanceof YNode.Scalar s)) {
            if (kind == Logical.JSON || kind == Logical.JSONB) {
                Optional<Object> raw = values.raw(node, "defaultValue");
                if (raw.isEmpty()) return Optional.empty();
                Optional<String> json = Json.write(raw.get());
                if (json.isEmpty()) return error(node, "a JSON defaultValue holds no NaN or infinite number (JSON has none)");
                return Optional.of(DefaultValue.literal(json.get()));
            }
            return error(node, "defaultValue must be a literal value, NOW, UUIDV4 or { sql: \"expression\" }, found "
                    + node.describe());
        }
        if (type.isEmpty()) return Optional.of(DefaultValue.literal(s.text())); // the type's own error is reported
        return scalar(s, type.get());
    }

    private Optional<DefaultValue> scalar(YNode.Scalar s, TypeSpec type) {
        String text = s.text();
        Logical kind = type.kind();
        boolean special = text.equals("NOW") || text.equals("UUIDV4");
        if (special && !(TEXTUAL.contains(kind) && !s.plain())) {
            if (text.equals("NOW") && TEMPORAL.contains(kind)) return Optional.of(DefaultValue.NOW);
            if (text.equals("UUIDV4") && kind == Logical.UUID) return Optional.of(DefaultValue.UUIDV4);
            String fits = text.equals("NOW") ? "DATE, DATEONLY and TIME" : "UUID";
            String hint = TEXTUAL.contains(kind) ? "; quote it ('" + text + "') for the literal text" : "";
            return error(s, text + " is a default for " + fits + " attributes only, not " + kind + hint);
        }
        return switch (kind) {
            case STRING, CHAR -> {
                int max = type.length() > 0 ? type.length() : 255;
                yield text.codePointCount(0, text.length()) > max
                        ? error(s, "defaultValue is longer than " + kind + "(" + max + ") allows (" + text.length() + " characters)")
                        : literal(text);
            }
            case TEXT -> literal(text);
            case INTEGER, BIGINT, SMALLINT -> integer(s, kind);
            case FLOAT, REAL, DOUBLE -> text.matches(NUMBER) ? literal(text) : notA(s, "number", "for example 1.5");
            case DECIMAL -> decimal(s, type);
            case BOOLEAN -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                    ? literal(text.toLowerCase(java.util.Locale.ROOT)) : notA(s, "boolean", "true or false");
            case DATE -> date(s, DATE, "date or timestamp", "2024-01-31, 2024-01-31 12:00:00 or NOW");
            case DATEONLY -> date(s, "[0-9]{4}-[0-9]{2}-[0-9]{2}", "date", "2024-01-31 or NOW");
            case TIME -> time(s);
            case UUID -> text.matches(UUID) ? literal(text.toLowerCase(java.util.Locale.ROOT))
                    : notA(s, "UUID", "UUIDV4 or 6f1c0a52-3c2e-4f0b-9a43-9f0f6e2b8a11");
            case ENUM -> type.enumValues().contains(text) ? literal(text)
                    : error(s, "defaultValue '" + text + "' is not a value of " + type.text()
                    + Suggest.didYouMean(text, type.enumValues()) + "; valid: " + String.join(", ", type.enumValues()));
            case JSON, JSONB -> switch (s.kind()) {
                case INT, FLOAT, BOOL -> literal(text.toLowerCase(java.util.Locale.ROOT));
                default -> error(s, "a JSON defaultValue is written as a YAML map, list, number or boolean; for a JSON "
                        + "text use { sql: \"'\\\"text\\\"'\" }");
            };
            case BLOB -> error(s, "BLOB attributes take no literal default; use { sql: \"expression\" }");
            case CITEXT, INET, CIDR, MACADDR, VIRTUAL -> literal(text);
            case GEOMETRY -> error(s, "GEOMETRY attributes take no literal default (MariaDB refuses one)");
            case TSVECTOR, HSTORE, ARRAY, RANGE -> error(s, kind + " attributes take no literal default; use "
                    + "{ sql: \"expression\" }, e.g. { sql: \"'{}'\" }");
        };
    }

    private Optional<DefaultValue> integer(YNode.Scalar s, Logical kind) {
        String text = s.text().replace("_", "");
        if (!text.matches("[-+]?[0-9]+")) return notA(s, "whole number", "for example 0");
        BigInteger n = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        int bits = kind == Logical.SMALLINT ? 16 : kind == Logical.INTEGER ? 32 : 64;
        if (n.bitLength() >= bits) return error(s, "defaultValue " + text + " does not fit in " + kind);
        return literal(n.toString());
    }

    private Optional<DefaultValue> decimal(YNode.Scalar s, TypeSpec type) {
        if (!s.text().matches(NUMBER)) return notA(s, "number", "for example 9.99");
        BigDecimal d = new BigDecimal(s.text());
        if (type.precision() > 0 && d.precision() - d.scale() > type.precision() - type.scale()) {
            return error(s, "defaultValue " + s.text() + " does not fit in " + type.text());
        }
        return literal(s.text());
    }

    private Optional<DefaultValue> date(YNode.Scalar s, String pattern, String what, String example) {
        String text = s.text().trim();
        try {
            if (text.matches(pattern)) {
                LocalDate.parse(text.substring(0, 10));
                return literal(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        return notA(s, what, example);
    }

    private Optional<DefaultValue> time(YNode.Scalar s) {
        try {
            LocalTime.parse(s.text().trim());
            return literal(s.text().trim());
        } catch (DateTimeParseException e) {
            return notA(s, "time", "12:30, 12:30:00 or NOW");
        }
    }

    private static Optional<DefaultValue> literal(String text) {
        return Optional.of(DefaultValue.literal(text));
    }

    private Optional<DefaultValue> notA(YNode.Scalar s, String what, String example) {
        return error(s, "defaultValue '" + s.text() + "' is not a " + what + "; write " + example);
    }

    private Optional<DefaultValue> error(YNode node, String message) {
        values.problems().add(node.pos(), message);
        return Optional.empty();
    }
}
