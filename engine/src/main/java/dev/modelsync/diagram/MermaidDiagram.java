package dev.modelsync.diagram;

import dev.modelsync.resolve.AssociationInfo;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.resolve.ModelInfo;
import dev.modelsync.resolve.Resolved;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Renders a resolved model as a Mermaid {@code erDiagram}: every table with its columns (type,
 * PK / FK / UK markers, and a comment with "not null" and what the type word cannot hold), then
 * one relation per foreign key, read from the associations:
 * <ul>
 * <li>belongsTo, hasMany: {@code Child }o--|| Parent} (many rows point at one);</li>
 * <li>hasOne: {@code Child |o--|| Parent} (at most one row points at one);</li>
 * <li>belongsToMany: the junction table with its two relations {@code Junction }o--|| Side}.</li>
 * </ul>
 * Foreign keys declared with {@code references} (no association) are drawn as many-to-one.
 * The label of a relation is its foreign key column. Tables come in name order, columns in declared
 * order, relations sorted by child table, column and parent table, so equal models give equal text.
 */
public final class MermaidDiagram {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NOT_ATTRIBUTE_CHAR = Pattern.compile("[^A-Za-z0-9_-]");
    private static final String MANY_TO_ONE = "}o--||";
    private static final String ONE_TO_ONE = "|o--||";

    private MermaidDiagram() {
    }

    /** The Mermaid text of {@code resolved}, ending with a newline. */
    public static String render(Resolved resolved) {
        Map<Edge.Key, Edge> edges = edges(resolved);
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (Table table : resolved.schema().tables()) {
            renderTable(out, table, edges);
        }
        for (Edge edge : edges.values()) {
            out.append("    ").append(name(edge.key().child())).append(' ').append(edge.cardinality()).append(' ')
                    .append(name(edge.key().parent())).append(" : \"").append(edge.key().column()).append("\"\n");
        }
        return out.toString();
    }

    /** A drawn relation: the table holding the foreign key column, the column, the referenced table. */
    private record Edge(Key key, String cardinality) {
        record Key(String child, String column, String parent) implements Comparable<Key> {
            @Override
            public int compareTo(Key o) {
                int c = child.compareTo(o.child);
                if (c == 0) c = column.compareTo(o.column);
                return c != 0 ? c : parent.compareTo(o.parent);
            }
        }
    }

    private static Map<Edge.Key, Edge> edges(Resolved resolved) {
        TreeMap<Edge.Key, Edge> edges = new TreeMap<>();
        for (ModelInfo source : resolved.models()) {
            for (AssociationInfo a : source.associations()) {
                Optional<String> target = resolved.model(a.target()).map(ModelInfo::table);
                if (target.isEmpty()) continue;
                switch (a.kind()) {
                    case BELONGS_TO -> add(edges, source.table(), a.foreignKey(), target.get(), MANY_TO_ONE);
                    case HAS_MANY -> add(edges, target.get(), a.foreignKey(), source.table(), MANY_TO_ONE);
                    case HAS_ONE -> add(edges, target.get(), a.foreignKey(), source.table(), ONE_TO_ONE);
                    case BELONGS_TO_MANY -> {
                        add(edges, a.throughTable(), a.foreignKey(), source.table(), MANY_TO_ONE);
                        add(edges, a.throughTable(), a.otherKey(), target.get(), MANY_TO_ONE);
                    }
                }
            }
        }
        for (Table table : resolved.schema().tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                if (fk.columns().size() != 1) continue;
                Edge.Key key = new Edge.Key(table.name(), fk.columns().get(0), fk.refTable());
                edges.putIfAbsent(key, new Edge(key, MANY_TO_ONE));
            }
        }
        return edges;
    }

    /** hasOne wins over belongsTo for the same foreign key: the pair describes a one-to-one. */
    private static void add(Map<Edge.Key, Edge> edges, String child, String column, String parent, String card) {
        if (child == null || child.isEmpty() || column == null || column.isEmpty()) return;
        Edge.Key key = new Edge.Key(child, column, parent);
        Edge existing = edges.get(key);
        if (existing == null || card.equals(ONE_TO_ONE)) edges.put(key, new Edge(key, card));
    }

    private static void renderTable(StringBuilder out, Table table, Map<Edge.Key, Edge> edges) {
        Set<String> pk = new LinkedHashSet<>(table.primaryKey().map(p -> p.columns()).orElse(List.of()));
        Set<String> fk = new LinkedHashSet<>();
        table.foreignKeys().forEach(f -> fk.addAll(f.columns()));
        edges.keySet().stream().filter(k -> k.child().equals(table.name())).forEach(k -> fk.add(k.column()));
        Set<String> uk = new LinkedHashSet<>();
        table.uniques().stream().map(UniqueConstraint::columns).forEach(uk::addAll);

        out.append("    ").append(name(table.name())).append(" {\n");
        for (Column column : table.columns()) {
            out.append("        ").append(type(column.type())).append(' ').append(attribute(column.name()));
            String keys = keys(column.name(), pk, fk, uk);
            if (!keys.isEmpty()) out.append(' ').append(keys);
            String comment = comment(column, pk.contains(column.name()));
            if (!comment.isEmpty()) out.append(" \"").append(comment).append('"');
            out.append('\n');
        }
        out.append("    }\n");
    }

    private static String keys(String column, Set<String> pk, Set<String> fk, Set<String> uk) {
        StringBuilder keys = new StringBuilder();
        if (pk.contains(column)) keys.append("PK");
        if (fk.contains(column)) keys.append(keys.isEmpty() ? "" : ", ").append("FK");
        if (uk.contains(column) && !pk.contains(column)) keys.append(keys.isEmpty() ? "" : ", ").append("UK");
        return keys.toString();
    }

    /** Mermaid types are single words: DECIMAL(10,2) keeps its precision in the comment. */
    private static String type(ColumnType type) {
        return switch (type.kind()) {
            case VARCHAR, CHAR -> type.kind() + "(" + type.length() + ")";
            default -> type.kind().name();
        };
    }

    /** Type details a Mermaid type cannot hold, and "not null" (implied for primary key columns). */
    private static String comment(Column column, boolean primaryKey) {
        ColumnType type = column.type();
        String detail = switch (type.kind()) {
            case DECIMAL -> type.precision() == 0 ? "" : type.precision() + "," + type.scale();
            case ENUM -> type.enumName();
            default -> "";
        };
        String nullability = column.nullable() || primaryKey ? "" : "not null";
        String text = detail.isEmpty() ? nullability : nullability.isEmpty() ? detail : detail + ", " + nullability;
        return text.replace('"', '\'');
    }

    /** Attribute names cannot be quoted in Mermaid: other characters become '_'. */
    private static String attribute(String name) {
        String word = NOT_ATTRIBUTE_CHAR.matcher(name).replaceAll("_");
        return Character.isLetter(word.charAt(0)) || word.charAt(0) == '_' ? word : "_" + word;
    }

    /** Entity names: plain words as they are, anything else quoted. */
    private static String name(String name) {
        return PLAIN_NAME.matcher(name).matches() ? name : "\"" + name.replace('"', '\'') + "\"";
    }
}
