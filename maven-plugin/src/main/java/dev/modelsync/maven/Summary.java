package dev.modelsync.maven;

import dev.modelsync.GenerateResult;
import dev.modelsync.diff.ChangeDescriber;
import dev.modelsync.diff.SchemaChange;
import org.apache.maven.plugin.logging.Log;

import java.util.List;

/** One-line descriptions of engine results for the build log. */
final class Summary {
    private Summary() {
    }

    static void generated(Log log, GenerateResult result) {
        if (result.upToDate()) {
            log.info("Changelog is up to date with the model: no changeset written.");
            return;
        }
        String where = result.writtenFile().map(f -> "Wrote " + f).orElse("Found");
        log.info(where + " with " + count(result.changes().size(), "change") + ":");
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
