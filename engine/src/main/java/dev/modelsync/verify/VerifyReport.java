package dev.modelsync.verify;

import dev.modelsync.problem.ModelSyncException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(JSON_FILE), json(), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(JUNIT_FILE), junit(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModelSyncException("Cannot write the verify report to " + directory + ": " + e.getMessage(), e);
        }
    }

    String json() {
        StringBuilder b = new StringBuilder("{\n  \"ok\": ").append(findings.isEmpty()).append(",\n  \"checks\": [");
        b.append(checkedTables.keySet().stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", ")));
        b.append("],\n  \"findings\": [");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"check\": ").append(quote(f.check().name()))
                    .append(", \"code\": ").append(quote(f.code()))
                    .append(", \"table\": ").append(quote(f.table()))
                    .append(", \"message\": ").append(quote(f.message())).append('}');
        }
        return b.append(findings.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    String junit() {
        StringBuilder cases = new StringBuilder();
        int tests = 0;
        for (Finding.Check check : Finding.Check.values()) {
            if (!checkedTables.containsKey(check) && byTable(check).isEmpty()) continue;
            Set<String> tables = new TreeSet<>(checkedTables.getOrDefault(check, Set.of()));
            tables.addAll(byTable(check).keySet());
            if (tables.isEmpty()) tables.add(NO_TABLE);
            for (String table : tables) {
                tests++;
                List<Finding> list = byTable(check).getOrDefault(table, List.of());
                cases.append("  <testcase classname=\"modelsync.verify.").append(check).append("\" name=\"")
                        .append(xml(table)).append('"');
                if (list.isEmpty()) {
                    cases.append("/>\n");
                    continue;
                }
                cases.append(">\n");
                for (Finding f : list) {
                    cases.append("    <failure type=\"").append(xml(f.code())).append("\" message=\"")
                            .append(xml(f.message())).append("\">").append(xml(f.toString())).append("</failure>\n");
                }
                cases.append("  </testcase>\n");
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"modelsync-verify\" tests=\"" + tests
                + "\" failures=\"" + findings.size() + "\" errors=\"0\" skipped=\"0\">\n" + cases + "</testsuite>\n";
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

    private static String quote(String s) {
        return dev.modelsync.model.Json.write(s);
    }

    private static String xml(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#10;");
                default -> {
                    if (c >= 0x20 || c == '\t') b.append(c);
                }
            }
        }
        return b.toString();
    }
}
