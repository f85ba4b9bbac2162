package dev.modelsync.bench;

import java.nio.file.Path;

/** One benchmark (B1 … B4). Throws when it cannot run; the runner records why and goes on. */
interface Bench {
    String id();

    /**
     * The database of a benchmark that runs once per database (B2, B3), chosen with {@code -Dbench.databases};
     * empty for the others (B1 needs none, B4 and B5 run on PostgreSQL).
     */
    default java.util.Optional<dev.modelsync.db.Dialect> database() {
        return java.util.Optional.empty();
    }

    /** Whether {@code all} runs it; the others run only when named in {@code -Dbench.only}. */
    default boolean inAll() {
        return true;
    }

    static String dbName(dev.modelsync.db.Dialect d) {
        return switch (d) {
            case POSTGRESQL -> "PostgreSQL";
            case MARIADB -> "MariaDB";
            case H2 -> "H2";
        };
    }

    String title();

    void run(Context ctx) throws Exception;

    /** What every benchmark gets: where to write, the report, and whether this is a quick (harness-check) run. */
    record Context(Path work, Report report, boolean quick) {
        Path dir(String name) {
            return work.resolve(name);
        }
    }
}
