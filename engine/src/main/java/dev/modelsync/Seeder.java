package dev.modelsync;

import dev.modelsync.config.Config;

import dev.modelsync.seed.SeedSchema;
import dev.modelsync.seed.JunctionSpec;
import dev.modelsync.seed.plan.Planner;
import dev.modelsync.seed.SeedProblems;
import dev.modelsync.seed.write.Progress;
import dev.modelsync.seed.read.ReadAhead;
import dev.modelsync.seed.write.RowWriter;
import dev.modelsync.problem.ProblemException;
import dev.modelsync.seed.SeedModel;
import dev.modelsync.seed.read.SeedParser;
import dev.modelsync.seed.read.SeedReader;
import dev.modelsync.seed.SeedTable;
import dev.modelsync.seed.Sources;
import dev.modelsync.seed.plan.TableOrder;
import dev.modelsync.seed.write.Writer;

import dev.modelsync.problem.ModelSyncException;
import dev.modelsync.db.Db;
import dev.modelsync.db.Dialect;
import dev.modelsync.apply.lock.DatabaseLock;
import dev.modelsync.yaml.YamlFiles;
import dev.modelsync.resolve.Resolved;
import dev.modelsync.problem.Words;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads the seed files (docs/seeding.md): every {@code *.yaml}/{@code *.yml} file under the seed
 * directory in file-name order, in one transaction. Steps: read and check every file
 * ({@link SeedReader}, {@link SeedParser}); decide per row what to do ({@link Planner});
 * write ({@link Writer}); commit. Any error rolls everything back and is reported with its
 * file, line and column. Seeds run under the {@link DatabaseLock}, so two at once do not both insert.
 */
public final class Seeder {
    private Seeder() {
    }

    /**
     * Loads every seed file of {@code config.seedDirectory()} into the configured database, whose
     * schema must match {@code resolved}. Throws {@link ProblemException} listing every problem with its
     * file:line:column, or {@link ModelSyncException}; either way nothing is written.
     */
    public static SeedResult seed(Config config, Resolved resolved) {
        Path dir = config.seedDirectory();
        if (!Files.isDirectory(dir)) {
            throw new ModelSyncException("Seed directory " + dir + " does not exist; create it with *.yaml seed"
                    + " files, or point seedDirectory at yours " + Words.option("seedDirectory") + ".");
        }
        List<Path> files;
        try {
            files = YamlFiles.under(dir);
        } catch (IOException e) {
            throw new ModelSyncException("Cannot list seed directory " + dir + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            config.log().accept("seed: no *.yaml files in " + dir + "; nothing to load");
            return new SeedResult(Map.of(), Map.of(), Map.of());
        }
        long t0 = System.nanoTime();
        Sources sources = new Sources();
        SeedProblems problems = new SeedProblems(sources);
        SeedSchema catalog = new SeedSchema(resolved);
        SeedParser parser = new SeedParser(catalog, problems);
        try (ReadAhead ahead = new ReadAhead(files)) {
            for (int i = 0; i < files.size(); i++) {
                int index = sources.add(display(config.baseDir(), files.get(i)));
                try (ReadAhead.Stream events = ahead.open(i)) {
                    Path file = files.get(i);
                    new SeedReader(index, problems, () -> textOf(file)).read(events, parser);
                } catch (UncheckedIOException e) {
                    problems.add(Sources.pack(index, 1, 1), "cannot read the file: " + e.getCause().getMessage());
                }
            }
        }
        problems.throwIfAny();
        config.log().accept("seed: read " + Words.count(files.size(), "file") + ": " + Words.count(parser.rowCount(), "row")
                + ", " + Words.count(parser.linkCount(), "link") + Progress.took(System.nanoTime() - t0));

        Map<SeedTable, List<SeedModel>> modelsByTable = new HashMap<>();
        Set<SeedTable> involved = new LinkedHashSet<>();
        for (SeedModel m : catalog.allModels()) {
            if (m.rows().isEmpty()) continue;
            modelsByTable.computeIfAbsent(m.table(), k -> new ArrayList<>()).add(m);
            involved.add(m.table());
        }
        for (JunctionSpec s : catalog.junctions()) if (!s.links().isEmpty()) involved.add(s.through().table());
        List<List<SeedTable>> order = TableOrder.of(involved);

        Dialect dialect = Dialect.fromUrl(config.url());
        try (DatabaseLock lock = DatabaseLock.acquire(config, "seed");
             Connection conn = Db.connect(url(config.url(), dialect), config.username(), config.password())) {
            Planner.requireTables(conn, involved, config.shownUrl());
            conn.setAutoCommit(false);
            try {
                Planner planner = new Planner(conn, dialect, catalog, problems, config.strictReferences());
                planner.plan(order, modelsByTable);
                if (problems.any()) {
                    conn.rollback();
                    problems.throwIfAny();
                }
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
                Writer writer = new Writer(conn, dialect, catalog, new Progress(config.log()), now);
                try {
                    writer.write(order, modelsByTable);
                } catch (RowWriter.WriteFailure f) {
                    conn.rollback();
                    problems.add(f.pos(), f.getMessage());
                    problems.throwIfAny();
                }
                conn.commit();
                for (String line : planner.createdFromReferences(CREATED_SHOWN)) {
                    config.log().accept("seed: " + line);
                }
                SeedResult result = result(writer.stats());
                config.log().accept(String.format(Locale.ROOT,
                        "seed: done in %.1f s: %,d inserted, %,d updated, %,d unchanged",
                        (System.nanoTime() - t0) / 1e9, result.totalInserted(), result.totalUpdated(),
                        result.unchanged().values().stream().mapToInt(Integer::intValue).sum()));
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(conn);
                if (e instanceof RuntimeException r) throw r;
                throw new ModelSyncException("Seeding failed, nothing was written: " + RowWriter.firstLine((SQLException) e)
                        + "\nCheck that the database schema is up to date with the model (run model:sync first).", e);
            }
        } catch (SQLException e) {
            throw new ModelSyncException("Seeding failed: " + e.getMessage(), e);
        }
    }

    private static SeedResult result(Map<String, int[]> stats) {
        Map<String, Integer> ins = new HashMap<>();
        Map<String, Integer> upd = new HashMap<>();
        Map<String, Integer> same = new HashMap<>();
        stats.forEach((table, s) -> {
            ins.put(table, s[0]);
            upd.put(table, s[1]);
            same.put(table, s[2]);
        });
        return new SeedResult(ins, upd, same);
    }

    private static void rollbackQuietly(Connection conn) {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }

    /** PostgreSQL batches are rewritten into multi-row inserts unless the URL says otherwise. */
    static String url(String url, Dialect dialect) {
        if (dialect != Dialect.POSTGRESQL || url.toLowerCase(Locale.ROOT).contains("rewritebatchedinserts")) return url;
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    /** How many rows created from references are listed one by one. */
    private static final int CREATED_SHOWN = 20;

    /** The file's text, to explain a YAML syntax error; null when it cannot be read (the error stays SnakeYAML's). */
    private static String textOf(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    private static String display(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
