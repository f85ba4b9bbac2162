package dev.modelsync.schema;

/**
 * A column default. LITERAL holds the value as text (numbers, booleans as true/false,
 * strings unquoted; the column type decides how it is written). NOW and UUIDV4 are database
 * functions; SQL is a raw expression passed through unchanged.
 */
public record DefaultValue(Kind kind, String value) {
    public enum Kind { LITERAL, NOW, UUIDV4, SQL }

    public static final DefaultValue NOW = new DefaultValue(Kind.NOW, "");
    public static final DefaultValue UUIDV4 = new DefaultValue(Kind.UUIDV4, "");

    public static DefaultValue literal(String value) {
        return new DefaultValue(Kind.LITERAL, value);
    }

    public static DefaultValue sql(String expression) {
        return new DefaultValue(Kind.SQL, expression);
    }

    /**
     * Whether two JSON texts hold the same value, whatever their spacing and key order (PostgreSQL
     * keeps a jsonb default in its own form: {@code {"a": 1, "theme": "dark"}}); text that is not
     * JSON is compared as it is.
     */
    public static boolean sameJson(String a, String b) {
        return a.equals(b) || java.util.Objects.equals(json(a), json(b));
    }

    private static Object json(String text) {
        try {
            return new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                    new org.yaml.snakeyaml.LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            return text;
        }
    }

    @Override
    public String toString() {
        return switch (kind) {
            case LITERAL -> "'" + value + "'";
            case NOW -> "NOW";
            case UUIDV4 -> "UUIDV4";
            case SQL -> "sql(" + value + ")";
        };
    }
}
