package dev.modelsync.schema;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB/MySQL column types in one canonical spelling, as information_schema.COLUMNS.COLUMN_TYPE shows
 * them less what it adds by default: lower case, an integer's default display width left out
 * ({@code int(11)}: {@code int}; {@code int(10) unsigned}: {@code int unsigned}), ZEROFILL with its UNSIGNED,
 * DECIMAL with its precision ({@code decimal}: {@code decimal(10,0)}). The model's type and the database's
 * read back meet in this form.
 */
public final class MariaDbSpelling {
    private static final Pattern INTEGER = Pattern.compile("(tinyint|smallint|mediumint|int|integer|bigint)(?:\\((\\d+)\\))?"
            + "( unsigned)?( zerofill)?");
    private static final Pattern NUMBER = Pattern.compile("(decimal|numeric|double|real|float)(?:\\((\\d+)(?:,(\\d+))?\\))?"
            + "( unsigned)?( zerofill)?");
    /** An integer's display width MariaDB shows when none is given: signed, unsigned. */
    private static final Map<String, int[]> WIDTHS = Map.of("tinyint", new int[]{4, 3}, "smallint", new int[]{6, 5},
            "mediumint", new int[]{9, 8}, "int", new int[]{11, 10}, "bigint", new int[]{20, 20});

    private MariaDbSpelling() {
    }

    /** The canonical spelling of a MariaDB column type. */
    public static String canonical(String type) {
        String s = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\s*([(,])\\s*", "$1")
                .replaceAll("\\s+\\)", ")");
        Matcher m = INTEGER.matcher(s);
        if (m.matches()) {
            String name = m.group(1).equals("integer") ? "int" : m.group(1);
            boolean zerofill = m.group(4) != null;
            boolean unsigned = m.group(3) != null || zerofill;
            int width = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (width == WIDTHS.get(name)[unsigned ? 1 : 0]) width = 0;
            return name + (width > 0 ? "(" + width + ")" : "") + (unsigned ? " unsigned" : "") + (zerofill ? " zerofill" : "");
        }
        m = NUMBER.matcher(s);
        if (m.matches()) {
            String name = switch (m.group(1)) {
                case "numeric" -> "decimal";
                case "real" -> "double";
                default -> m.group(1);
            };
            boolean zerofill = m.group(5) != null;
            boolean unsigned = m.group(4) != null || zerofill;
            String size = m.group(2) == null ? (name.equals("decimal") ? "(10,0)" : "")
                    : "(" + m.group(2) + "," + (m.group(3) == null ? "0" : m.group(3)) + ")";
            return name + size + (unsigned ? " unsigned" : "") + (zerofill ? " zerofill" : "");
        }
        return s.equals("datetime(0)") ? "datetime" : s;
    }

    /** The canonical spelling of the type modelsync writes for the kind there (docs/resolution.md, Types). */
    public static String plain(ColumnType t) {
        return switch (t.kind()) {
            case INTEGER -> "int";
            case BIGINT -> "bigint";
            case SMALLINT -> "smallint";
            case REAL, DOUBLE -> "double";
            case DECIMAL -> t.precision() == 0 ? "decimal(10,0)" : "decimal(" + t.precision() + "," + t.scale() + ")";
            case TEXT -> "text";
            case BLOB -> "blob";
            case TIMESTAMPTZ -> "datetime";
            case GEOMETRY -> t.geometryType().isEmpty() ? "geometry" : t.geometryType().toLowerCase(Locale.ROOT);
            default -> "";
        };
    }
}
