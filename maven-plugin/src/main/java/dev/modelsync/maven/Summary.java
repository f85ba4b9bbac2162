package dev.modelsync.maven;

import dev.modelsync.GenerateResult;
import dev.modelsync.diff.ChangeDescriber;
import dev.modelsync.diff.SchemaChange;
import org.apache.maven.plugin.logging.Log;

import java.util.List;

/**
 * What the goals add to the engine's own log lines (which say what was written, applied and
 * seeded): the list of changes in a new changeset, and lists the engine does not print.
 */
final class Summary {
    private Summary() {
    }

    /** One line per change of a newly written changeset; nothing when the changelog was up to date. */
    static void changes(Log log, GenerateResult result) {
        if (result.upToDate()) return;
        log.info("Changes in " + result.writtenFile().map(f -> String.valueOf(f.getFileName()))
                .orElse("the new changeset") + ":");
        for (SchemaChange change : result.changes()) log.info("  " + ChangeDescriber.describe(change));
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static void list(Log log, String heading, List<String> items) {
        log.info(heading);
        for (String item : items) log.info("  " + item);
    }
}
