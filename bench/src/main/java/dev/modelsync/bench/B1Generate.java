package dev.modelsync.bench;

import dev.modelsync.GenerateResult;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * B1: {@code generate} from nothing (full changelog) and incrementally (one attribute changed),
 * for growing model sets; warm medians. Baseline: reading the same model files and loading them
 * with plain SnakeYAML (safe constructor), in the same JVM.
 */
final class B1Generate implements Bench {
    private static final double TARGET_SECONDS_AT_1000 = 1.0;
    private static final double TARGET_MAX_EXPONENT = 1.2;

    @Override
    public String id() {
        return "B1";
    }

    @Override
    public String title() {
        return "generate (no database)";
    }

    @Override
    public void run(Context ctx) {
        int[] sizes = ctx.quick() ? new int[] {50, 100} : new int[] {250, 500, 1000, 2000};
        Report report = ctx.report();

        // JIT warm-up on a small set, so the first size is not charged with class loading.
        Project warm = prepare(ctx, ctx.quick() ? 20 : 100);
        Timing.measure(ctx.quick() ? 1 : 5, 1, warm::deleteChangelog, () -> warm.modelSync().generate());

        Map<Integer, Double> full = new LinkedHashMap<>();
        Map<Integer, Double> incremental = new LinkedHashMap<>();
        for (int n : sizes) {
            // the JIT is warm after the smaller sizes: fewer repetitions for the big ones keep the run short
            int warmups = ctx.quick() || n >= 500 ? 1 : 2;
            int runs = ctx.quick() || n >= 500 ? 3 : 5;
            boolean big = n >= 1000;
            Project p = prepare(ctx, n);
            Timing yaml = Timing.measure(warmups, runs, () -> snakeYamlLoadAll(p.models()));
            Timing resolve = Timing.measure(warmups, runs, () -> p.modelSync().resolve());

            Timing gen = Timing.measure(warmups, runs, big, p::deleteChangelog, () -> {
                GenerateResult r = p.modelSync().generate();
                if (r.upToDate() || r.writtenFile().isEmpty()) {
                    throw new IllegalStateException("full generate wrote nothing for N=" + n);
                }
            });
            full.put(n, gen.medianCpuSeconds());
            long files = changelogFiles(p);

            // the full changelog as a fixed starting point for the incremental runs
            Path saved = ctx.dir("b1-" + n + "-changelog");
            Project.deleteTree(saved);
            Project.copyTree(p.changelog(), saved);

            Timing noop = Timing.measure(warmups, runs, big, () -> { }, () -> {
                GenerateResult r = p.modelSync().generate();
                if (!r.upToDate()) {
                    throw new IllegalStateException("second generate with an unchanged model found "
                            + r.changes().size() + " changes for N=" + n + ", e.g. " + r.changes().get(0));
                }
            });

            ModelSetGenerator.of(n).withChangedAttribute().writeTo(p.models());
            Timing inc = Timing.measure(warmups, runs, big, () -> p.restoreChangelog(saved), () -> {
                GenerateResult r = p.modelSync().generate();
                if (r.changes().size() != 1) {
                    throw new IllegalStateException("one changed attribute gave " + r.changes().size()
                            + " changes for N=" + n + ": " + r.changes());
                }
            });
            incremental.put(n, inc.medianCpuSeconds());
            Timing cold = Timing.measure(big ? 0 : 1, big ? 1 : 3, big, () -> p.restoreChangelog(saved), () -> {
                GenerateResult r = p.modelSyncWithoutCache().generate();
                if (r.changes().size() != 1) {
                    throw new IllegalStateException("one changed attribute gave " + r.changes().size()
                            + " changes for N=" + n + " without the cache: " + r.changes());
                }
            });

            String size = "N=" + n + " (" + Fmt.count(2L * n) + " tables)";
            Double target = n == 1000 ? TARGET_SECONDS_AT_1000 : null;
            report.row(id(), "full generate, " + size, gen.describeWithCpu(), "SnakeYAML load " + yaml.describeWithCpu(),
                    Fmt.ratio(gen.medianSeconds() / yaml.medianSeconds()),
                    target == null ? "-" : "< 1 s", target == null ? null : gen.medianSeconds() < target);
            report.row(id(), "incremental generate (1 attribute), " + size, inc.describeWithCpu(),
                    "SnakeYAML load " + Fmt.seconds(yaml.medianSeconds()),
                    Fmt.ratio(inc.medianSeconds() / yaml.medianSeconds()),
                    target == null ? "-" : "< 1 s", target == null ? null : inc.medianSeconds() < target);
            report.row(id(), "incremental generate without the replay cache (Liquibase parses the changelog), " + size,
                    cold.describeWithCpu(), "SnakeYAML load " + Fmt.seconds(yaml.medianSeconds()),
                    Fmt.ratio(cold.medianSeconds() / yaml.medianSeconds()), "-", null);
            report.row(id(), "parse + resolve only, " + size, resolve.describeWithCpu(),
                    "SnakeYAML load " + Fmt.seconds(yaml.medianSeconds()),
                    Fmt.ratio(resolve.medianSeconds() / yaml.medianSeconds()), "-", null);
            report.row(id(), "no-op generate (unchanged), " + size, noop.describeWithCpu(),
                    "SnakeYAML load " + Fmt.seconds(yaml.medianSeconds()),
                    Fmt.ratio(noop.medianSeconds() / yaml.medianSeconds()), "-", null);
            report.note(id(), "N=" + n + ": the full changelog has " + files + " files");
        }
        growth(report, "full", full);
        growth(report, "incremental", incremental);
    }

    /**
     * Growth exponent k of time ∝ N^k: the least-squares slope of log(CPU time) over log(N), all
     * sizes. CPU time of the JVM rather than wall time, because other work on a shared machine
     * moves wall times far more than CPU times.
     */
    private void growth(Report report, String kind, Map<Integer, Double> cpu) {
        List<Integer> ns = new ArrayList<>(cpu.keySet());
        double mx = 0, my = 0;
        for (int n : ns) {
            mx += Math.log(n);
            my += Math.log(cpu.get(n));
        }
        mx /= ns.size();
        my /= ns.size();
        double sxy = 0, sxx = 0;
        for (int n : ns) {
            double dx = Math.log(n) - mx;
            sxy += dx * (Math.log(cpu.get(n)) - my);
            sxx += dx * dx;
        }
        double k = sxy / sxx;
        StringBuilder steps = new StringBuilder();
        for (int i = 1; i < ns.size(); i++) {
            if (i > 1) steps.append(", ");
            steps.append(String.format(Locale.ROOT, "%d→%d: %.2f×", ns.get(i - 1), ns.get(i),
                    cpu.get(ns.get(i)) / cpu.get(ns.get(i - 1))));
        }
        report.row(id(), "growth of " + kind + " generate (CPU time), N=" + ns.get(0) + "…" + ns.get(ns.size() - 1),
                String.format(Locale.ROOT, "time ∝ N^%.2f", k), "linear: N^1.00 (2.00× per doubling)",
                steps.toString(), "near-linear (k ≤ " + TARGET_MAX_EXPONENT + ")", k <= TARGET_MAX_EXPONENT);
    }

    private static Project prepare(Context ctx, int n) {
        Project p = Project.create(ctx.dir("b1-" + n));
        ModelSetGenerator.of(n).writeTo(p.models());
        return p;
    }

    /** The baseline: read every model file and load it with plain SnakeYAML. */
    static int snakeYamlLoadAll(Path modelsDir) {
        int models = 0;
        try (Stream<Path> files = Files.list(modelsDir)) {
            for (Path f : files.sorted().toList()) {
                Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
                Object doc = yaml.load(Files.readString(f));
                models += ((Map<?, ?>) ((Map<?, ?>) doc).get("models")).size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return models;
    }

    private static long changelogFiles(Project p) {
        try (Stream<Path> all = Files.walk(p.changelog())) {
            return all.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
