package dev.modelsync.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code validate} rules of one attribute, as Sequelize writes them: every validator of
 * Sequelize 6 ({@code isEmail}, {@code isIn: [[a, b]]}, {@code len: [min, max]}, {@code is: regex}
 * (or {@code [regex, flags]}, or {@code /regex/flags}), {@code isInt}, {@code isUUID: 4},
 * {@code isAfter: "2020-01-01"}, ...), with validator.js's default (en-US) rules. Each rule may
 * also be {@code { args: ..., msg: ... }} or {@code { msg }}; a failure then shows the msg. Null
 * values are validated by {@code notNull} and {@code isNull} only.
 */
public final class Validator {
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$");

    private interface Rule {
        /** Null when the value passes, else what is wrong. */
        String check(Object value);
    }

    private static final Pattern URL = Pattern.compile(
            "^(?i)(https?|ftp)://([^\\s/?#@:]+(:[^\\s/?#@]*)?@)?([a-z0-9\\u00a1-\\uffff]([a-z0-9\\u00a1-\\uffff-]*[a-z0-9\\u00a1-\\uffff])?"
                    + "(\\.[a-z0-9\\u00a1-\\uffff]([a-z0-9\\u00a1-\\uffff-]*[a-z0-9\\u00a1-\\uffff])?)*|\\[[0-9a-f:.]+\\])(:[0-9]{1,5})?([/?#]\\S*)?$");
    private static final Pattern IPV4 = Pattern.compile(
            "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$");
    private static final Pattern HEXTET = Pattern.compile("^[0-9A-Fa-f]{1,4}$");
    private static final Pattern ALPHA = Pattern.compile("^[A-Za-z]+$");
    private static final Pattern ALPHANUMERIC = Pattern.compile("^[0-9A-Za-z]+$");
    private static final Pattern NUMERIC = Pattern.compile("^[+-]?([0-9]*[.])?[0-9]+$");
    private static final Pattern INT = Pattern.compile("^[-+]?(0|[1-9][0-9]*)$");
    private static final Pattern FLOAT = Pattern.compile("^[-+]?([0-9]+)?(\\.[0-9]*)?([eE][-+]?[0-9]+)?$");
    private static final Pattern DECIMAL = Pattern.compile("^[-+]?([0-9]+)?(\\.[0-9]+)?$");
    private static final Pattern UUID = Pattern.compile(
            "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-([0-9A-Fa-f])[0-9A-Fa-f]{3}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$");

    private final List<Rule> rules = new ArrayList<>();
    /** {@code notNull}'s message, when the attribute has it (the only rule that sees null values). */
    private String notNull;
    /** The {@code msg} given to {@code notNull}, or null. */
    private String notNullMsg;

    private Validator() {
    }

    public static Validator of(String attribute, Map<String, Object> validate) {
        Validator v = new Validator();
        for (var e : validate.entrySet()) {
            Object spec = e.getValue();
            String msg = null;
            if (spec instanceof Map<?, ?> m && m.containsKey("args")) {
                msg = m.get("msg") == null ? null : m.get("msg").toString();
                spec = m.get("args");
            } else if (spec instanceof Map<?, ?> m && m.containsKey("msg")) {
                msg = m.get("msg").toString();
                spec = Boolean.TRUE;
            }
            if (e.getKey().equals("notNull") && !Boolean.FALSE.equals(spec)) {
                v.notNull = msg != null ? msg : "must not be null (validate.notNull)";
                v.notNullMsg = msg;
                continue;
            }
            Rule r = rule(e.getKey(), spec);
            if (r == null) continue;
            String custom = msg;
            v.rules.add(custom == null ? r : value -> r.check(value) == null ? null : custom);
        }
        return v;
    }

    /**
     * The {@code msg} of {@code notNull} (Sequelize's message for a missing value of a NOT NULL attribute),
     * written after {@code prefix}; "" when the attribute has none.
     */
    public static String notNullMessage(Validator v, String prefix, String suffix) {
        return v == null || v.notNullMsg == null ? "" : prefix + v.notNullMsg + suffix;
    }

    /** Null when every rule passes, else a message naming the failed rule. */
    public String check(Object value) {
        if (value == null || value == Row.NULL) return notNull;
        for (Rule r : rules) {
            String m = r.check(value);
            if (m != null) return m;
        }
        return null;
    }

    private static Rule rule(String name, Object spec) {
        if (Boolean.FALSE.equals(spec)) return null;
        return switch (name) {
            case "isEmail" -> v -> EMAIL.matcher(text(v)).matches() ? null : "is not an email address (validate.isEmail)";
            case "notEmpty" -> v -> text(v).isBlank() ? "must not be empty (validate.notEmpty)" : null;
            case "isIn" -> {
                List<String> allowed = list(spec);
                yield v -> allowed.contains(text(v)) ? null : "is not one of " + allowed + " (validate.isIn)";
            }
            case "notIn" -> {
                List<String> banned = list(spec);
                yield v -> banned.contains(text(v)) ? "is one of the values not allowed " + banned + " (validate.notIn)"
                        : null;
            }
            case "len" -> {
                List<?> l = spec instanceof List<?> x ? x : List.of(spec);
                int min = l.isEmpty() ? 0 : number(l.get(0)).intValue();
                Integer max = l.size() > 1 ? number(l.get(1)).intValue() : null;
                yield v -> {
                    int n = text(v).codePointCount(0, text(v).length());
                    boolean ok = n >= min && (max == null || n <= max);
                    return ok ? null : "has length " + n + ", expected " + (max == null ? "at least " + min
                            : "between " + min + " and " + max) + " (validate.len)";
                };
            }
            case "min" -> {
                BigDecimal min = number(first(spec));
                yield v -> toNumber(v) == null || toNumber(v).compareTo(min) < 0
                        ? "is less than " + min.toPlainString() + " (validate.min)" : null;
            }
            case "max" -> {
                BigDecimal max = number(first(spec));
                yield v -> toNumber(v) == null || toNumber(v).compareTo(max) > 0
                        ? "is greater than " + max.toPlainString() + " (validate.max)" : null;
            }
            case "is" -> {
                Pattern p = regex(spec);
                yield p == null ? null : v -> p.matcher(text(v)).find() ? null
                        : "does not match " + p.pattern() + " (validate.is)";
            }
            case "not" -> {
                Pattern p = regex(spec);
                yield p == null ? null : v -> p.matcher(text(v)).find() ? "matches " + p.pattern() + " (validate.not)" : null;
            }
            case "isUrl" -> matches(URL, "is not a URL", name);
            case "isIP" -> {
                String version = String.valueOf(first(spec));
                yield v -> (version.equals("4") ? IPV4.matcher(text(v)).matches() : version.equals("6") ? ipv6(text(v))
                        : IPV4.matcher(text(v)).matches() || ipv6(text(v))) ? null : "is not an IP address (validate.isIP)";
            }
            case "isIPv4" -> matches(IPV4, "is not an IPv4 address", name);
            case "isIPv6" -> v -> ipv6(text(v)) ? null : "is not an IPv6 address (validate.isIPv6)";
            case "isAlpha" -> matches(ALPHA, "holds other characters than letters", name);
            case "isAlphanumeric" -> matches(ALPHANUMERIC, "holds other characters than letters and digits", name);
            case "isNumeric" -> matches(NUMERIC, "is not numeric", name);
            case "isInt" -> matches(INT, "is not an integer", name);
            case "isFloat" -> v -> {
                String t = text(v);
                return FLOAT.matcher(t).matches() && !t.isEmpty() && !t.equals(".") && !t.equals("+") && !t.equals("-")
                        ? null : "is not a number (validate.isFloat)";
            };
            case "isDecimal" -> v -> !text(v).isEmpty() && DECIMAL.matcher(text(v)).matches() ? null
                    : "is not a decimal number (validate.isDecimal)";
            case "isLowercase" -> v -> text(v).equals(text(v).toLowerCase(java.util.Locale.ROOT)) ? null
                    : "is not lower case (validate.isLowercase)";
            case "isUppercase" -> v -> text(v).equals(text(v).toUpperCase(java.util.Locale.ROOT)) ? null
                    : "is not upper case (validate.isUppercase)";
            case "isNull" -> v -> "must be null (validate.isNull)";
            case "equals" -> {
                String expected = String.valueOf(first(spec));
                yield v -> text(v).equals(expected) ? null : "does not equal '" + expected + "' (validate.equals)";
            }
            case "contains" -> {
                String part = String.valueOf(first(spec));
                yield v -> text(v).contains(part) ? null : "does not contain '" + part + "' (validate.contains)";
            }
            case "notContains" -> {
                String part = String.valueOf(first(spec));
                yield v -> text(v).contains(part) ? "contains '" + part + "' (validate.notContains)" : null;
            }
            case "isUUID" -> {
                String version = String.valueOf(first(spec));
                boolean versioned = version.length() == 1 && version.charAt(0) >= '1' && version.charAt(0) <= '5';
                yield v -> {
                    java.util.regex.Matcher m = UUID.matcher(text(v));
                    boolean ok = m.matches() && (!versioned || m.group(1).equals(version));
                    return ok ? null : "is not a UUID" + (versioned ? " version " + version : "") + " (validate.isUUID)";
                };
            }
            case "isDate" -> v -> instant(v) != null ? null : "is not a date (validate.isDate)";
            case "isAfter", "isBefore" -> {
                boolean after = name.equals("isAfter");
                java.time.Instant limit = instant(first(spec));
                yield limit == null ? null : v -> {
                    java.time.Instant t = instant(v);
                    boolean ok = t != null && (after ? t.isAfter(limit) : t.isBefore(limit));
                    return ok ? null : "is not " + (after ? "after " : "before ") + first(spec) + " (validate." + name + ")";
                };
            }
            case "isCreditCard" -> v -> creditCard(text(v)) ? null : "is not a credit card number (validate.isCreditCard)";
            case "isArray" -> v -> v instanceof List<?> || v instanceof ColumnValues.Json j && j.tree() instanceof List<?>
                    || text(v).startsWith("{") && text(v).endsWith("}") && !(v instanceof ColumnValues.Json)
                    ? null : "is not an array (validate.isArray)";
            default -> null; // validators outside Sequelize 6's list are refused by the model parser
        };
    }

    private static Rule matches(Pattern p, String failure, String name) {
        return v -> p.matcher(text(v)).matches() ? null : failure + " (validate." + name + ")";
    }

    /** An IPv6 address in text form (optionally with an embedded IPv4 tail), checked without any lookup. */
    static boolean ipv6(String s) {
        if (s.isEmpty() || s.indexOf(':') < 0) return false;
        String text = s;
        int groups = 8;
        int lastColon = text.lastIndexOf(':');
        if (text.indexOf('.') > lastColon) {
            if (!IPV4.matcher(text.substring(lastColon + 1)).matches()) return false;
            text = text.substring(0, lastColon + 1) + "0:0";
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) return false;
        String[] parts = gap < 0 ? text.split(":", -1)
                : (text.substring(0, gap) + (gap == 0 ? "" : ":") + "G" + (gap + 2 == text.length() ? "" : ":")
                + text.substring(gap + 2)).split(":", -1);
        int count = 0;
        boolean sawGap = false;
        for (String p : parts) {
            if (p.equals("G")) {
                sawGap = true;
            } else if (HEXTET.matcher(p).matches()) {
                count++;
            } else {
                return false;
            }
        }
        return sawGap ? count < groups : count == groups;
    }

    /** Luhn's check over 13 to 19 digits; spaces and dashes are ignored. */
    static boolean creditCard(String s) {
        String digits = s.replace(" ", "").replace("-", "");
        if (digits.length() < 13 || digits.length() > 19 || !digits.chars().allMatch(Character::isDigit)) return false;
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** A date or date-time value (a seed value of a date column, or text) as an instant; null when it is none. */
    private static java.time.Instant instant(Object v) {
        if (v instanceof java.time.OffsetDateTime o) return o.toInstant();
        if (v instanceof java.time.LocalDate d) return d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        try {
            return ColumnValues.timestamp(String.valueOf(v).trim()).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Object first(Object spec) {
        return spec instanceof List<?> l && !l.isEmpty() ? l.get(0) : spec;
    }

    private static List<String> list(Object spec) {
        List<?> l = spec instanceof List<?> x ? x : List.of(spec);
        if (l.size() == 1 && l.get(0) instanceof List<?> inner) l = inner; // Sequelize: isIn: [['a', 'b']]
        return l.stream().map(String::valueOf).toList();
    }

    private static Pattern regex(Object spec) {
        String source;
        String flags = "";
        if (spec instanceof List<?> l && !l.isEmpty()) {
            source = String.valueOf(l.get(0));
            if (l.size() > 1) flags = String.valueOf(l.get(1));
        } else {
            source = String.valueOf(spec);
        }
        if (source.length() > 1 && source.startsWith("/") && source.lastIndexOf('/') > 0) {
            int end = source.lastIndexOf('/');
            flags = flags + source.substring(end + 1);
            source = source.substring(1, end);
        }
        int f = 0;
        if (flags.contains("i")) f |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        if (flags.contains("m")) f |= Pattern.MULTILINE;
        if (flags.contains("s")) f |= Pattern.DOTALL;
        try {
            return Pattern.compile(source, f);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    private static String text(Object v) {
        return v.toString();
    }

    private static BigDecimal number(Object o) {
        return o instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(o));
    }

    private static BigDecimal toNumber(Object v) {
        if (v instanceof BigDecimal b) return b;
        try {
            return new BigDecimal(v.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
