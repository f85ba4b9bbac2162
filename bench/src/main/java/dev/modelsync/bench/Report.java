package dev.modelsync.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one benchmark run found: result rows (ours vs. baseline, the ratio, the target and
 * whether it was met), rows that could not run (and why), and notes. Printed as Markdown.
 */
public final class Report {
    /** One measured comparison. {@code verdict}: met, MISSED, or "-" when the row has no target. */
    public record Row(String bench, String what, String ours, String baseline, String ratio, String target,
                      String verdict) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public synchronized void row(String bench, String what, String ours, String baseline, String ratio,
                                 String target, Boolean met) {
        Row r = new Row(bench, what, ours, baseline, ratio, target, met == null ? "-" : met ? "met" : "MISSED");
        rows.add(r);
        System.out.println("[" + bench + "] " + what + ": ours " + ours + " | baseline " + baseline + " | ratio "
                + ratio + " | target " + target + " | " + r.verdict());
    }

    public synchronized void failed(String bench, String why) {
        failures.add(bench + ": " + why);
        System.out.println("[" + bench + "] NOT RUN: " + why);
    }

    public synchronized void note(String bench, String text) {
        notes.add(bench + ": " + text);
        System.out.println("[" + bench + "] " + text);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public String markdown(List<String> header) {
        StringBuilder md = new StringBuilder();
        for (String h : header) md.append(h).append('\n');
        md.append('\n');
        md.append("| bench | what | ours | baseline | ratio | target | result |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ").append(String.join(" | ", r.bench(), r.what(), r.ours(), r.baseline(), r.ratio(),
                    r.target(), r.verdict())).append(" |\n");
        }
        if (!failures.isEmpty()) {
            md.append("\nNot run:\n\n");
            for (String f : failures) md.append("- ").append(f).append('\n');
        }
        if (!notes.isEmpty()) {
            md.append("\nNotes:\n\n");
            for (String n : notes) md.append("- ").append(n).append('\n');
        }
        return md.toString();
    }

    public void write(Path file, List<String> header) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown(header));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the benchmark report " + file, e);
        }
    }
}
