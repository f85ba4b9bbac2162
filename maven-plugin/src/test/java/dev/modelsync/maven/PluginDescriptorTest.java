package dev.modelsync.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each goal declares the parameters it uses and no others, so model:help (and help:describe) lists
 * only those: no allowDestructive for baseline, seed or diagram. Read from the plugin descriptor
 * Maven builds from the mojos.
 */
class PluginDescriptorTest {

    private static Map<String, Set<String>> parametersByGoal() throws Exception {
        Map<String, Set<String>> out = new TreeMap<>();
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("plugin.xml (built by maven-plugin-plugin before the tests)").isNotNull();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList mojos = factory.newDocumentBuilder().parse(in).getElementsByTagName("mojo");
            for (int i = 0; i < mojos.getLength(); i++) {
                Element mojo = (Element) mojos.item(i);
                String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
                Set<String> names = new TreeSet<>();
                NodeList parameters = mojo.getElementsByTagName("parameter");
                for (int j = 0; j < parameters.getLength(); j++) {
                    Element p = (Element) parameters.item(j);
                    boolean editable = !"false".equals(p.getElementsByTagName("editable").item(0).getTextContent());
                    if (editable) names.add(p.getElementsByTagName("name").item(0).getTextContent());
                }
                out.put(goal, names);
            }
        }
        return out;
    }

    @Test
    void eachGoalListsTheParametersItUses() throws Exception {
        Map<String, Set<String>> goals = parametersByGoal();
        Set<String> database = Set.of("username", "serverId");
        Set<String> changeset = Set.of("modelsDirectory", "changelogDirectory", "allowDestructive", "cache",
                "lockWaitSeconds", "online", "lockTimeout");
        assertThat(goals.get("generate")).containsExactlyInAnyOrderElementsOf(union(changeset, Set.of("skip")));
        assertThat(goals.get("sync")).containsExactlyInAnyOrderElementsOf(union(changeset, database, Set.of("skip")));
        assertThat(goals.get("sql")).containsExactlyInAnyOrderElementsOf(union(changeset, database, Set.of("skip")));
        assertThat(goals.get("verify")).containsExactlyInAnyOrderElementsOf(union(database, Set.of("skip",
                "modelsDirectory", "changelogDirectory", "cache", "changelogOnly", "ignoreExtra", "reportDirectory")));
        assertThat(goals.get("seed")).containsExactlyInAnyOrderElementsOf(union(database, Set.of("skip",
                "modelsDirectory", "seedDirectory", "lockWaitSeconds", "strictReferences")));
        assertThat(goals.get("baseline")).containsExactlyInAnyOrderElementsOf(union(database, Set.of("skip",
                "modelsDirectory", "changelogDirectory", "lockWaitSeconds")));
        assertThat(goals.get("discard")).containsExactlyInAnyOrderElementsOf(union(database, Set.of("skip",
                "changelogDirectory", "lockWaitSeconds")));
        assertThat(goals.get("unlock")).containsExactlyInAnyOrderElementsOf(union(database, Set.of("skip")));
        assertThat(goals.get("import")).containsExactlyInAnyOrderElementsOf(union(database, Set.of("skip",
                "modelsDirectory", "overwrite", "include", "exclude")));
        assertThat(goals.get("diagram")).containsExactlyInAnyOrder("skip", "modelsDirectory", "diagramFile");
        assertThat(goals.get("lint")).containsExactlyInAnyOrder("skip", "changelogDirectory", "lintFail", "lintIgnore",
                "reportDirectory");
    }

    @Test
    void allowDestructiveOnlyWhereAChangesetIsWritten() throws Exception {
        Map<String, Set<String>> goals = parametersByGoal();
        goals.remove("help");
        assertThat(goals.entrySet().stream().filter(e -> e.getValue().contains("allowDestructive")).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("generate", "sync", "sql");
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> out = new TreeSet<>();
        for (Set<String> s : sets) out.addAll(s);
        return out;
    }
}
