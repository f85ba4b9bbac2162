package dev.modelsync.changelog;
import dev.modelsync.db.Identifiers;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders planned changesets as one Liquibase YAML changelog: block style, two-space indents,
 * keys in a fixed order, multi-line SQL as literal blocks. The same input gives the same bytes.
 */
final class ChangelogYaml {
    static final String AUTHOR = "modelsync";

    private ChangelogYaml() {
    }

    /**
     * The changesets {@link #render} writes, as Liquibase will identify them: the file's logical path,
     * the ids, the author; none is limited to a database (their changes are, where needed).
     */
    static List<ChangeSetId> ids(String logicalFilePath, String fileSeq, List<PlannedChangeSet> changeSets) {
        List<ChangeSetId> ids = new ArrayList<>();
        int n = 1;
        for (PlannedChangeSet cs : changeSets) ids.add(new ChangeSetId(id(fileSeq, n++, cs), AUTHOR, logicalFilePath, List.of()));
        return ids;
    }

    private static String id(String fileSeq, int n, PlannedChangeSet cs) {
        return fileSeq + "-" + n + "-" + cs.slug();
    }

    static String render(String logicalFilePath, String fileSeq, List<PlannedChangeSet> changeSets, String header) {
        List<Object> items = new ArrayList<>();
        items.add(Map.of("logicalFilePath", logicalFilePath));
        java.util.SortedSet<String> props = new java.util.TreeSet<>();
        changeSets.forEach(cs -> props.addAll(cs.properties()));
        for (String p : props) {
            for (String dbms : List.of("postgresql", "h2", LiquibaseTypes.MARIADB)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", p);
                m.put("value", LiquibaseTypes.PROPERTIES.get(p).get(dbms));
                m.put("dbms", dbms);
                m.put("global", false);
                items.add(Map.of("property", m));
            }
        }
        java.util.SortedMap<String, String> enumProps = new java.util.TreeMap<>();
        for (PlannedChangeSet cs : changeSets) {
            for (String e : cs.enumTypes()) {
                List<String> values = cs.enumValues().get(e);
                if (values != null) enumProps.put(enumProperty(e, values), e);
            }
        }
        for (var p : enumProps.entrySet()) {
            String name = p.getValue();
            List<String> values = enumValuesOf(changeSets, p.getKey(), name);
            for (String dbms : List.of("postgresql,h2", LiquibaseTypes.MARIADB)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", p.getKey());
                m.put("value", Matcher.quoteReplacement(dbms.startsWith("postgresql") ? LiquibaseTypes.quoteTable(name)
                        : "ENUM(" + OwnSql.values(values, ",") + ")"));
                m.put("dbms", dbms);
                m.put("global", false);
                items.add(Map.of("property", m));
            }
        }
        int n = 1;
        for (PlannedChangeSet cs : changeSets) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id(fileSeq, n++, cs));
            m.put("author", AUTHOR);
            m.put("objectQuotingStrategy", "QUOTE_ALL_OBJECTS");
            if (!cs.runInTransaction()) m.put("runInTransaction", false);
            m.put("changes", cs.changes());
            if (!cs.enumTypes().isEmpty() || !cs.modifySql().isEmpty()) {
                List<Object> visitors = new ArrayList<>();
                for (String e : cs.enumTypes()) visitors.add(Map.of("regExpReplace", enumTypeFix(e, cs.enumValues().get(e))));
                visitors.addAll(cs.modifySql());
                m.put("modifySql", visitors);
            }
            items.add(Map.of("changeSet", m));
        }
        return header + text(Map.of("databaseChangeLog", items));
    }

    /**
     * The YAML text of a tree of maps, lists, strings, numbers and booleans: {@link BlockText}'s
     * direct rendering, several times faster than {@link #dump}, which SnakeYAML reads back as the same
     * tree (the tests check it over random trees); SnakeYAML's {@link #dump} for any tree holding a
     * value that rendering does not cover.
     */
    static String text(Object data) {
        return BlockText.render(data).orElseGet(() -> dump(data));
    }

    /**
     * Liquibase upper-cases type names it does not know and drops their quotes; this visitor puts
     * the quoted, case-preserving enum type name back into the generated SQL.
     */
    static Map<String, Object> enumTypeFix(String enumName, List<String> values) {
        Map<String, Object> m = enumTypeFix(enumName);
        // MariaDB/MySQL have no enum types: the column gets the values inline, through a dbms-scoped property
        if (values != null) m.put("with", "${" + enumProperty(enumName, values) + "}");
        return m;
    }

    /** The property holding an enum column's type: its values are part of the name, as they may change within one file. */
    static String enumProperty(String enumName, List<String> values) {
        return "modelsync.enum." + enumName + "." + dev.modelsync.db.Identifiers.hash(String.join("\u0000", values));
    }

    private static List<String> enumValuesOf(List<PlannedChangeSet> changeSets, String property, String name) {
        for (PlannedChangeSet cs : changeSets) {
            List<String> v = cs.enumValues().get(name);
            if (v != null && enumProperty(name, v).equals(property)) return v;
        }
        throw new IllegalStateException("no values for " + property);
    }

    static Map<String, Object> enumTypeFix(String enumName) {
        String upper = enumName.toUpperCase(Locale.US);
        String schema = dev.modelsync.schema.Table.schemaOf(upper);
        String regex = !schema.isEmpty() // a type in a model's schema comes out as AUDIT."ENUM_ENTRIES_LEVEL"
                ? "(?<=\\s)" + Pattern.quote(schema) + "\\.\"?" + Pattern.quote(dev.modelsync.schema.Table.baseNameOf(upper))
                        + "\"?(?=[\\s,)]|$)"
                : upper.matches("\\w+") ? "\\b" + upper + "\\b" : "(?<=\\s)" + Pattern.quote(upper) + "(?=[\\s,)]|$)";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("replace", regex);
        m.put("with", Matcher.quoteReplacement(LiquibaseTypes.quoteTable(enumName)));
        return m;
    }

    /** SnakeYAML's rendering of the tree, in the layout {@link BlockText} writes too. */
    static String dump(Object data) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndent(2);
        o.setIndicatorIndent(2);
        o.setIndentWithIndicator(true);
        o.setWidth(Integer.MAX_VALUE);
        o.setSplitLines(false);
        o.setLineBreak(DumperOptions.LineBreak.UNIX);
        // control characters (ESC, BEL, ...) as double-quoted escapes ("\e"), not as !!binary that
        // Liquibase would store as a byte array's name
        o.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
        return new Yaml(new LiteralRepresenter(o), o).dump(data);
    }

    private static final class LiteralRepresenter extends Representer {
        LiteralRepresenter(DumperOptions o) {
            super(o);
            var plain = this.representers.get(String.class);
            this.representers.put(String.class, data -> {
                String s = (String) data;
                // SnakeYAML writes a NEL (U+0085) into a literal block, where its reader takes it for a line
                // feed: double-quoted, it is escaped and read back as written
                if (s.indexOf('\u0085') >= 0) return representScalar(Tag.STR, s, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
                if (s.contains("\n") && !s.endsWith(" ") && !s.contains("\t")) {
                    return representScalar(Tag.STR, s, DumperOptions.ScalarStyle.LITERAL);
                }
                return plain.representData(data);
            });
        }
    }
}
