package dev.modelsync.online;

import dev.modelsync.lint.LintOptions;
import dev.modelsync.lint.LintResult;
import dev.modelsync.ModelSync;
import dev.modelsync.lint.Hazard;
import dev.modelsync.lint.HazardCode;
import dev.modelsync.lint.LintReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The lint over a hand-written changelog (src/test/resources/lint): plain forms flagged, safe forms and new tables not. */
class LintTest {
    @TempDir
    Path project;

    private ModelSync copy() throws Exception {
        Path from = Path.of("src/test/resources/lint");
        Path to = project.resolve("changelog");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
        return ModelSync.configure().baseDir(project).changelogDirectory(to).cacheDirectory(null).load();
    }

    @Test
    void flagsEachPlainFormOfTheHandWrittenChangelogAndNothingElse() throws Exception {
        ModelSync ms = copy();
        Path reports = project.resolve("target/modelsync");
        LintResult r = ms.lint(new LintOptions(Optional.of(reports), Set.of()));

        assertThat(r.hazards().stream().map(h -> h.code() + " " + h.changeSet().replaceAll(".*::", "")
                + (h.table().isEmpty() ? "" : " " + h.table())))
                .containsExactlyInAnyOrder(
                        "MS101 index users", "MS111 index users",
                        "MS103 concurrently-in-transaction users",
                        "MS104 foreign-key users",
                        "MS106 not-null users",
                        "MS107 unique users",
                        "MS109 types users",
                        "MS110 volatile-default users",
                        "MS102 drop-index users",
                        "MS105 check-and-validate users", "MS112 check-and-validate users",
                        "MS113 table-copy users");
        assertThat(r.hazards()).filteredOn(h -> h.code() == HazardCode.MS109).singleElement()
                .extracting(Hazard::statement).asString().contains("age TYPE BIGINT").doesNotContain("code");
        assertThat(r.changeSetsChecked()).hasSize(18).noneMatch(cs -> cs.endsWith("::h2-only"));
        assertThat(r.notChecked()).isEmpty();

        String json = Files.readString(reports.resolve(LintReport.JSON_FILE));
        assertThat(json).contains("\"ok\" : false", "\"code\" : \"MS101\"", "\"squawk\" : \"require-concurrent-index-creation\"",
                "\"atlas\" : \"PG101\"");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(reports.resolve(LintReport.JUNIT_FILE).toFile());
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(18);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(12);
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("12");
    }

    @Test
    void ignoredCodesAreNotReported() throws Exception {
        LintResult r = copy().lint(new LintOptions(Optional.empty(), Set.of(HazardCode.MS111, HazardCode.MS101)));
        assertThat(r.hazards()).hasSize(10).noneMatch(h -> h.code() == HazardCode.MS111 || h.code() == HazardCode.MS101);
    }
}
