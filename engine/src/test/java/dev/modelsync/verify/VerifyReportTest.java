package dev.modelsync.verify;

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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * verify.json and the JUnit XML as a CI tool reads them: parsed (Jackson, the JDK's DOM parser), with
 * a message holding markup, quotes, a line break and control characters.
 */
class VerifyReportTest {
    static final String AWKWARD = "Users.note: default is '<b>&amp;' \"quoted\"\nnext line, bell \u0007, nul \u0000, tab\t";

    @TempDir
    Path dir;

    private VerifyReport report() {
        return new VerifyReport(List.of(
                new Finding(Finding.Check.DRIFT, "DEFAULT_MISMATCH", "Users", AWKWARD),
                new Finding(Finding.Check.DRIFT, "MISSING_COLUMN", "Users", "Users.rank: column is missing in the database"),
                new Finding(Finding.Check.PENDING, "PENDING_CHANGESET", "", "changeset a.yaml::1 is not applied")),
                Map.of(Finding.Check.DRIFT, List.of("Users", "Posts"), Finding.Check.PENDING, List.of()));
    }

    @Test
    void jsonParsesToEveryFindingAsWritten() throws Exception {
        report().write(dir);
        JsonNode json = new ObjectMapper().readTree(dir.resolve(VerifyReport.JSON_FILE).toFile());

        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("checks")).extracting(JsonNode::asText).containsExactlyInAnyOrder("DRIFT", "PENDING");
        JsonNode findings = json.get("findings");
        assertThat(findings).hasSize(3);
        assertThat(findings.get(0).get("check").asText()).isEqualTo("DRIFT");
        assertThat(findings.get(0).get("code").asText()).isEqualTo("DEFAULT_MISMATCH");
        assertThat(findings.get(0).get("table").asText()).isEqualTo("Users");
        assertThat(findings.get(0).get("message").asText()).isEqualTo(AWKWARD);
        assertThat(findings.get(2).get("table").asText()).isEmpty();
    }

    @Test
    void junitXmlParsesToOneTestCasePerCheckedTableAndOneFailurePerFinding() throws Exception {
        report().write(dir);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve(VerifyReport.JUNIT_FILE).toFile());

        Element suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("modelsync-verify");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("3");
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        // in check order: PENDING (changelog), then DRIFT Posts (passing) and Users (two failures)
        Element pending = (Element) cases.item(0);
        assertThat(pending.getAttribute("classname")).isEqualTo("modelsync.verify.PENDING");
        assertThat(pending.getAttribute("name")).isEqualTo(VerifyReport.NO_TABLE);
        Element posts = (Element) cases.item(1);
        assertThat(posts.getAttribute("classname")).isEqualTo("modelsync.verify.DRIFT");
        assertThat(posts.getAttribute("name")).isEqualTo("Posts");
        assertThat(posts.getElementsByTagName("failure").getLength()).isZero();
        Element users = (Element) cases.item(2);
        NodeList failures = users.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(2);
        Element awkward = (Element) failures.item(0);
        assertThat(awkward.getAttribute("type")).isEqualTo("DEFAULT_MISMATCH");
        // XML 1.0 holds no NUL or BEL: written as backslash-u escapes; the parser reads a line break in an attribute as a space
        String shown = AWKWARD.replace("\u0007", "\\u0007").replace("\u0000", "\\u0000");
        assertThat(awkward.getAttribute("message")).isEqualTo(shown.replace('\n', ' ').replace('\t', ' '));
        assertThat(awkward.getTextContent()).isEqualTo("[DEFAULT_MISMATCH] " + shown);
    }

    @Test
    void aCleanRunIsOkWithNoFailures() throws Exception {
        new VerifyReport(List.of(), Map.of(Finding.Check.DRIFT, List.of("Users"))).write(dir);
        JsonNode json = new ObjectMapper().readTree(dir.resolve(VerifyReport.JSON_FILE).toFile());
        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("findings")).isEmpty();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve(VerifyReport.JUNIT_FILE).toFile());
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(1);
    }
}
