package dev.modelsync.bench;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps Liquibase's INFO lines (one per snapshot, changeset, lock) out of the benchmark output. */
final class Quiet {
    private static final Logger LIQUIBASE = Logger.getLogger("liquibase");

    private Quiet() {
    }

    static void liquibase() {
        System.setProperty("liquibase.analytics.enabled", "false");
        LIQUIBASE.setLevel(Level.WARNING);
    }
}
