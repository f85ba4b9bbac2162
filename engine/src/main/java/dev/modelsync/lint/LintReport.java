package dev.modelsync.lint;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.modelsync.problem.ModelSyncException;

import dev.modelsync.report.JUnitXml;
import dev.modelsync.report.ReportFiles;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hazards of one lint run as files for CI: {@code lint.json} (every hazard with code, rule,
 * squawk and Atlas names, changeset, table, statement and reason) and {@code TEST-modelsync-lint.xml}
 * in JUnit XML, one testcase per changeset checked (passing when it has no hazard), one failure per hazard.
 */
public final class LintReport {
    public static final String JSON_FILE = "lint.json";
    public static final String JUNIT_FILE = "TEST-modelsync-lint.xml";

    private final List<String> changeSets;
    private final List<Hazard> hazards;

    /** {@code changeSets}: every changeset checked ({@code file::id}), in changelog order. */
    public LintReport(List<String> changeSets, List<Hazard> hazards) {
        this.changeSets = List.copyOf(changeSets);
        this.hazards = List.copyOf(hazards);
    }

    public void write(Path directory) {
        try {
            ReportFiles.write(directory, "lint report", JSON_FILE, this::json, JUNIT_FILE, this::junit);
        } catch (UncheckedIOException e) {
            throw new ModelSyncException(e.getMessage(), e);
        }
    }

    void json(OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeBooleanField("ok", hazards.isEmpty());
            g.writeNumberField("changeSetsChecked", changeSets.size());
            g.writeArrayFieldStart("hazards");
            for (Hazard h : hazards) {
                g.writeStartObject();
                g.writeStringField("code", h.code().name());
                g.writeStringField("rule", h.code().rule());
                g.writeStringField("squawk", h.code().squawk());
                g.writeStringField("atlas", h.code().atlas());
                g.writeStringField("changeSet", h.changeSet());
                g.writeStringField("table", h.table());
                g.writeStringField("statement", h.statement());
                g.writeStringField("reason", h.code().reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    void junit(OutputStream out) throws XMLStreamException {
        Map<String, List<JUnitXml.Failure>> byChangeSet = new LinkedHashMap<>();
        changeSets.forEach(cs -> byChangeSet.put(cs, new ArrayList<>()));
        hazards.forEach(h -> byChangeSet.computeIfAbsent(h.changeSet(), k -> new ArrayList<>())
                .add(new JUnitXml.Failure(h.code().name() + " " + h.code().rule(), h.code().reason(), h.toString())));
        List<JUnitXml.TestCase> cases = new ArrayList<>();
        byChangeSet.forEach((changeSet, failures) -> {
            int sep = changeSet.lastIndexOf("::");
            cases.add(new JUnitXml.TestCase("modelsync.lint." + (sep < 0 ? "" : changeSet.substring(0, sep)),
                    sep < 0 ? changeSet : changeSet.substring(sep + 2), failures));
        });
        JUnitXml.write(out, "modelsync-lint", cases);
    }
}
