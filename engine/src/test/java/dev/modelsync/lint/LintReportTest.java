package dev.modelsync.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** lint.json and the JUnit XML as a CI tool reads them, with a statement holding markup, quotes and control characters. */
class LintReportTest {
    static final String STATEMENT = "UPDATE \"t\" SET note = '<x> & \"y\"' || chr(7) -- \u0007\u0001";

    @TempDir
    Path dir;

    @Test
    void bothReportsParseToTheHazardsAsWritten() throws Exception {
        Hazard h = new Hazard(HazardCode.MS101, "changes/0002.yaml::2-index", "users", STATEMENT);
        new LintReport(List.of("changes/0002.yaml::1-add", "changes/0002.yaml::2-index"), List.of(h)).write(dir);

        JsonNode json = new ObjectMapper().readTree(dir.resolve(LintReport.JSON_FILE).toFile());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("changeSetsChecked").asInt()).isEqualTo(2);
        JsonNode hazard = json.get("hazards").get(0);
        assertThat(hazard.get("code").asText()).isEqualTo("MS101");
        assertThat(hazard.get("rule").asText()).isEqualTo(HazardCode.MS101.rule());
        assertThat(hazard.get("changeSet").asText()).isEqualTo("changes/0002.yaml::2-index");
        assertThat(hazard.get("table").asText()).isEqualTo("users");
        assertThat(hazard.get("statement").asText()).isEqualTo(STATEMENT);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve(LintReport.JUNIT_FILE).toFile());
        assertThat(xml.getDocumentElement().getAttribute("name")).isEqualTo("modelsync-lint");
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("2");
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(((Element) cases.item(0)).getAttribute("classname")).isEqualTo("modelsync.lint.changes/0002.yaml");
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("1-add");
        assertThat(((Element) cases.item(0)).getElementsByTagName("failure").getLength()).isZero();
        Element failure = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("MS101 " + HazardCode.MS101.rule());
        assertThat(failure.getAttribute("message")).isEqualTo(HazardCode.MS101.reason());
        // XML 1.0 holds no BEL or SOH: written as backslash-u escapes
        assertThat(failure.getTextContent()).isEqualTo(h.toString().replace("\u0007", "\\u0007").replace("\u0001", "\\u0001"));
    }
}
