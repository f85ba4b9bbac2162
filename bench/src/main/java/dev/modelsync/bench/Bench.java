package dev.modelsync.bench;

import java.nio.file.Path;

/** One benchmark (B1 … B4). Throws when it cannot run; the runner records why and goes on. */
interface Bench {
    String id();

    String title();

    void run(Context ctx) throws Exception;

    /** What every benchmark gets: where to write, the report, and whether this is a quick (harness-check) run. */
    record Context(Path work, Report report, boolean quick) {
        Path dir(String name) {
            return work.resolve(name);
        }
    }
}
