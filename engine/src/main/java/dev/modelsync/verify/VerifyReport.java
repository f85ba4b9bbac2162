package dev.modelsync.verify;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.report.JUnitXml;
import dev.modelsync.report.ReportFiles;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The findings of one verify run, as text for the log and as files for CI: {@code verify.json}
 * (every finding with check, code, table and message) and {@code TEST-modelsync-verify.xml}
 * in JUnit XML — one testcase per check and table (passing when the table has no finding),
 * one failure per finding.
 */
public final class VerifyReport {
    public static final String JSON_FILE = "verify.json";
    public static final String JUNIT_FILE = "TEST-modelsync-verify.xml";
    /** Test case name for findings that concern no table (pending changesets). */
    public static final String NO_TABLE = "(changelog)";

    private final List<Finding> findings;
    private final Map<Finding.Check, Set<String>> checkedTables;

    /** {@code checkedTables}: per check that ran, the tables it looked at (for passing test cases). */
    public VerifyReport(List<Finding> findings, Map<Finding.Check, ? extends Collection<String>> checkedTables) {
        this.findings = List.copyOf(findings);
        Map<Finding.Check, Set<String>> checked = new LinkedHashMap<>();
        checkedTables.forEach((check, tables) -> checked.put(check, new TreeSet<>(tables)));
        this.checkedTables = checked;
    }

    /** Lines for the log: a summary, then per check the findings grouped by table. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        if (findings.isEmpty()) {
            out.add("modelsync verify: no differences (checked: " + checkedTables.keySet().stream().map(VerifyReport::checked)
                    .collect(Collectors.joining(", ")) + ")");
            return out;
        }
        out.add("modelsync verify: " + findings.size() + (findings.size() == 1 ? " difference" : " differences"));
        for (Finding.Check check : Finding.Check.values()) {
            Map<String, List<Finding>> byTable = byTable(check);
            if (byTable.isEmpty()) continue;
            int n = byTable.values().stream().mapToInt(List::size).sum();
            out.add(title(check) + " (" + check + "): " + n);
            byTable.forEach((table, list) -> {
                out.add("  " + table);
                list.forEach(f -> out.add("    " + f));
            });
        }
        return out;
    }

    public void write(Path directory) {
        try {
            ReportFiles.write(directory, "verify report", JSON_FILE, this::json, JUNIT_FILE, this::junit);
        } catch (UncheckedIOException e) {
            throw new ModelSyncException(e.getMessage(), e);
        }
    }

    /** verify.json: the result, the checks that ran, and one line per finding. */
    void json(OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new OneFindingPerLine());
            g.writeStartObject();
            g.writeBooleanField("ok", findings.isEmpty());
            g.writeArrayFieldStart("checks");
            for (Finding.Check check : checkedTables.keySet()) g.writeString(check.name());
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : findings) {
                g.writeStartObject();
                g.writeStringField("check", f.check().name());
                g.writeStringField("code", f.code());
                g.writeStringField("table", f.table());
                g.writeStringField("message", f.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** The JUnit XML: per check, one test case per table it looked at, with one failure per finding. */
    void junit(OutputStream out) throws XMLStreamException {
        List<JUnitXml.TestCase> cases = new ArrayList<>();
        for (Finding.Check check : Finding.Check.values()) {
            Map<String, List<Finding>> byTable = byTable(check);
            if (!checkedTables.containsKey(check) && byTable.isEmpty()) continue;
            Set<String> tables = new TreeSet<>(checkedTables.getOrDefault(check, Set.of()));
            tables.addAll(byTable.keySet());
            if (tables.isEmpty()) tables.add(NO_TABLE);
            for (String table : tables) {
                cases.add(new JUnitXml.TestCase("modelsync.verify." + check, table, byTable.getOrDefault(table, List.of())
                        .stream().map(f -> new JUnitXml.Failure(f.code(), f.message(), f.toString())).toList()));
            }
        }
        JUnitXml.write(out, "modelsync-verify", cases);
    }

    private Map<String, List<Finding>> byTable(Finding.Check check) {
        Map<String, List<Finding>> map = new java.util.TreeMap<>();
        for (Finding f : findings) {
            if (f.check() != check) continue;
            map.computeIfAbsent(f.table().isEmpty() ? NO_TABLE : f.table(), k -> new ArrayList<>()).add(f);
        }
        return map;
    }

    /** What a passing check compared, for the summary line. */
    static String checked(Finding.Check check) {
        return switch (check) {
            case CHANGELOG_LAG -> "the changelog against the model";
            case PENDING -> "changesets not yet applied";
            case DRIFT -> "the database against the model";
        };
    }

    static String title(Finding.Check check) {
        return switch (check) {
            case CHANGELOG_LAG -> "The changelog lags the model";
            case PENDING -> "Changesets not applied to the database";
            case DRIFT -> "The database differs from the model";
        };
    }

    /**
     * verify.json's layout: the top-level entries one per line, lists of names on one line, each
     * finding on a line of its own ({@code {"check": "DRIFT", "code": …}}).
     */
    private static final class OneFindingPerLine implements PrettyPrinter {
        /** An open object or array; an array notes whether it holds objects (then one per line). */
        private static final class Open {
            final boolean array;
            boolean objects;

            Open(boolean array) {
                this.array = array;
            }
        }

        private final ArrayDeque<Open> open = new ArrayDeque<>();

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            Open in = open.peek();
            if (in != null && in.array) {
                in.objects = true;
                g.writeRaw("\n    ");
            }
            g.writeRaw('{');
            open.push(new Open(false));
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            if (open.size() == 1) g.writeRaw("\n  ");
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(open.size() == 1 ? ",\n  " : ", ");
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            open.pop();
            g.writeRaw(open.isEmpty() && entries > 0 ? "\n}" : "}");
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
            open.push(new Open(true));
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(open.peek().objects ? "," : ", ");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            g.writeRaw(open.pop().objects ? "\n  ]" : "]");
        }
    }
}
