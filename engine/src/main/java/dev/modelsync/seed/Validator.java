package dev.modelsync.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code validate} rules of one attribute, as Sequelize writes them: {@code isEmail},
 * {@code isIn: [[a, b]]}, {@code notIn}, {@code len: [min, max]}, {@code min}, {@code max},
 * {@code notEmpty}, {@code is: regex} (or {@code [regex, flags]}, or {@code /regex/flags}).
 * Each rule may also be {@code { args: ..., msg: ... }}. Null values are not validated.
 */
final class Validator {
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$");

    private interface Rule {
        /** Null when the value passes, else what is wrong. */
        String check(Object value);
    }

    private final List<Rule> rules = new ArrayList<>();

    private Validator() {
    }

    static Validator of(String attribute, Map<String, Object> validate) {
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
            Rule r = rule(e.getKey(), spec);
            if (r == null) continue;
            String custom = msg;
            v.rules.add(custom == null ? r : value -> r.check(value) == null ? null : custom);
        }
        return v;
    }

    /** Null when every rule passes, else a message naming the failed rule. */
    String check(Object value) {
        if (value == null || value == Row.NULL) return null;
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
            default -> null; // other validators are not checked while seeding
        };
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
