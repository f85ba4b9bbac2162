package dev.modelsync.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * P1: a whole Maven process running {@code model:verify} on a 500-table PostgreSQL schema, against
 * {@code model:help} in the same project (Maven's own floor: the JVM, Maven, the project and the
 * plugin's class realm, but none of modelsync's work). The two alternate, each run a fresh
 * {@code mvn} process, offline, on the plugin as built by this reactor (installed into
 * {@code bench/target/local-repo} by the invoker plugin, so the user's own local repository is not
 * touched). Reported: wall time and the process's CPU time, and the difference to the floor.
 */
final class P1VerifyProcess implements Bench {
    /** The target: a warm verify at most this much longer than model:help. */
    private static final double TARGET_SECONDS = 1.0;

    @Override
    public String id() {
        return "P1";
    }

    @Override
    public String title() {
        return "whole-process mvn model:verify vs. mvn model:help (PostgreSQL)";
    }

    @Override
    public void run(Context ctx) throws Exception {
        int n = ctx.quick() ? 25 : 250;
        int runs = ctx.quick() ? 1 : Integer.getInteger("bench.p1.runs", 5);
        Report report = ctx.report();
        Maven mvn = Maven.fromProperties();
        Project p = Project.create(ctx.dir("p1"));
        ModelSetGenerator.of(n).writeTo(p.models());
        try (ScratchDb db = ScratchDb.postgres()) {
            // the changelog and the schema, written by the engine in this JVM; the Maven runs only verify
            p.modelSync(db.url(), db.user()).sync();
            int tables = B2Verify.countTables(db);
            mvn.writeProject(p.dir(), db.url(), db.user());
            report.note(id(), "schema under test: " + tables + " tables in " + db.name() + "; " + mvn.describe());

            // once each, online: fills the private local repository and the replay cache of the plugin's jar
            mvn.run(p.dir(), false, "model:help");
            mvn.run(p.dir(), false, "model:verify");
            mvn.run(p.dir(), true, "model:verify", "-Dmodel.cache=false");

            // a model file whose comment changes before some runs: the same schema, another key for the
            // record of the last clean verify, so those runs resolve, replay (cached) and compare again
            Path touched;
            try (var files = Files.list(p.models())) {
                touched = files.filter(f -> f.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
            }
            String original = Files.readString(touched, StandardCharsets.UTF_8);

            List<Maven.Run> help = new ArrayList<>();
            List<Maven.Run> verify = new ArrayList<>();
            List<Maven.Run> edited = new ArrayList<>();
            List<Maven.Run> cold = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                help.add(mvn.run(p.dir(), true, "model:help"));
                verify.add(mvn.run(p.dir(), true, "model:verify"));
                Files.writeString(touched, original + "# edited before run " + i + "\n", StandardCharsets.UTF_8);
                edited.add(mvn.run(p.dir(), true, "model:verify"));
                cold.add(mvn.run(p.dir(), true, "model:verify", "-Dmodel.cache=false"));
            }
            double floor = Maven.Run.medianWall(help);
            double floorCpu = Maven.Run.medianCpu(help);
            double warm = Maven.Run.medianWall(verify);
            report.row(id(), "mvn model:verify, " + tables + " tables, unchanged since the last verify (replay cache"
                            + " and the record of the last clean verify filled)", Maven.Run.describe(verify),
                    "mvn model:help " + Maven.Run.describe(help),
                    "+" + Fmt.seconds(warm - floor) + " (" + Fmt.ratio(warm / floor) + "); cpu +"
                            + Fmt.seconds(Maven.Run.medianCpu(verify) - floorCpu),
                    "≤ floor + 1 s", warm - floor <= TARGET_SECONDS);
            double e = Maven.Run.medianWall(edited);
            report.row(id(), "mvn model:verify, " + tables + " tables, a model file's comment edited before each run"
                            + " (replay cache filled; the model is resolved and compared again)",
                    Maven.Run.describe(edited), "mvn model:help " + Fmt.seconds(floor),
                    "+" + Fmt.seconds(e - floor) + " (" + Fmt.ratio(e / floor) + "); cpu +"
                            + Fmt.seconds(Maven.Run.medianCpu(edited) - floorCpu),
                    "-", null);
            double c = Maven.Run.medianWall(cold);
            report.row(id(), "mvn model:verify -Dmodel.cache=false (Liquibase parses the changelog), " + tables + " tables",
                    Maven.Run.describe(cold), "mvn model:help " + Fmt.seconds(floor),
                    "+" + Fmt.seconds(c - floor) + " (" + Fmt.ratio(c / floor) + "); cpu +"
                            + Fmt.seconds(Maven.Run.medianCpu(cold) - floorCpu),
                    "-", null);
        }
    }

    /** Runs {@code mvn} as a user would, on a private local repository holding this build's plugin. */
    static final class Maven {
        private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s\\s*$");
        private final Path executable;
        private final Path localRepo;
        private final Path userRepo;
        private final String version;

        private Maven(Path executable, Path localRepo, Path userRepo, String version) {
            this.executable = executable;
            this.localRepo = localRepo;
            this.userRepo = userRepo;
            this.version = version;
        }

        static Maven fromProperties() {
            String exe = System.getProperty("bench.mvn", "mvn");
            String local = System.getProperty("bench.localRepo");
            String user = System.getProperty("bench.userRepo", System.getProperty("user.home") + "/.m2/repository");
            if (local == null || local.isBlank()) {
                throw new IllegalStateException("bench.localRepo is not set: run P1 through the bench module's build ("
                        + BenchMain.COMMAND + "), which installs the plugin into bench/target/local-repo");
            }
            return new Maven(Path.of(exe), Path.of(local).toAbsolutePath(), Path.of(user).toAbsolutePath(),
                    System.getProperty("bench.pluginVersion", "0.1.0-SNAPSHOT"));
        }

        String describe() {
            return "Maven " + executable + ", local repository " + localRepo + ", MAVEN_OPTS="
                    + String.valueOf(System.getenv("MAVEN_OPTS"));
        }

        /** A pom that declares the plugin (so the {@code model:} prefix resolves) and points it at the database. */
        void writeProject(Path dir, String url, String user) throws IOException {
            Files.writeString(dir.resolve("pom.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <modelVersion>4.0.0</modelVersion>
                      <groupId>dev.modelsync.bench</groupId>
                      <artifactId>p1</artifactId>
                      <version>1.0</version>
                      <packaging>pom</packaging>
                      <properties>
                        <model.url>%s</model.url>
                        <model.username>%s</model.username>
                      </properties>
                      <build>
                        <plugins>
                          <plugin>
                            <groupId>dev.modelsync</groupId>
                            <artifactId>model-maven-plugin</artifactId>
                            <version>%s</version>
                          </plugin>
                        </plugins>
                      </build>
                    </project>
                    """.formatted(url, user, version));
            // releases come from the user's local repository, read as a remote one (never written)
            Files.writeString(dir.resolve("settings.xml"), """
                    <settings>
                      <localRepository>%s</localRepository>
                      <profiles>
                        <profile>
                          <id>user-repo</id>
                          <activation><activeByDefault>true</activeByDefault></activation>
                          <repositories>
                            <repository><id>user-repo</id><url>%s</url>
                              <releases><checksumPolicy>ignore</checksumPolicy></releases>
                              <snapshots><enabled>false</enabled></snapshots></repository>
                          </repositories>
                          <pluginRepositories>
                            <pluginRepository><id>user-repo</id><url>%s</url>
                              <releases><checksumPolicy>ignore</checksumPolicy></releases>
                              <snapshots><enabled>false</enabled></snapshots></pluginRepository>
                          </pluginRepositories>
                        </profile>
                      </profiles>
                    </settings>
                    """.formatted(localRepo, userRepo.toUri(), userRepo.toUri()));
        }

        /** One {@code mvn -B -q} process in {@code dir}; fails unless it exits 0. */
        Run run(Path dir, boolean offline, String... goals) throws IOException, InterruptedException {
            List<String> cmd = new ArrayList<>(List.of("bash", "-c",
                    "\"$@\" > mvn.log 2>&1; rc=$?; times; exit $rc", "bash", executable.toString(), "-B", "-q",
                    "-s", "settings.xml"));
            if (offline) cmd.add("-o");
            Collections.addAll(cmd, goals);
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
            long t0 = System.nanoTime();
            Process proc = pb.start();
            String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int rc = proc.waitFor();
            long wall = System.nanoTime() - t0;
            if (rc != 0) {
                throw new IllegalStateException("mvn " + String.join(" ", goals) + " exited " + rc + ":\n"
                        + Files.readString(dir.resolve("mvn.log")));
            }
            // bash's `times`: the shell's own user/sys, then its children's (the Maven JVM)
            String[] lines = out.strip().split("\n");
            Matcher m = TIMES.matcher(lines[lines.length - 1]);
            double cpu = m.find() ? Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2))
                    + Integer.parseInt(m.group(3)) * 60 + Double.parseDouble(m.group(4)) : Double.NaN;
            Run r = new Run(wall / 1e9, cpu);
            System.out.println("  mvn " + String.join(" ", goals) + (offline ? " -o" : "") + ": " + r);
            return r;
        }

        record Run(double wall, double cpu) {
            @Override
            public String toString() {
                return String.format(Locale.ROOT, "%.2f s (cpu %.2f s)", wall, cpu);
            }

            static double medianWall(List<Run> runs) {
                return median(runs.stream().map(Run::wall).toList());
            }

            static double medianCpu(List<Run> runs) {
                return median(runs.stream().map(Run::cpu).toList());
            }

            static String describe(List<Run> runs) {
                double min = runs.stream().mapToDouble(Run::wall).min().orElse(Double.NaN);
                double max = runs.stream().mapToDouble(Run::wall).max().orElse(Double.NaN);
                return Fmt.seconds(medianWall(runs)) + " (median of " + runs.size() + ", " + Fmt.seconds(min) + "–"
                        + Fmt.seconds(max) + "; cpu " + Fmt.seconds(medianCpu(runs)) + ")";
            }

            private static double median(List<Double> values) {
                List<Double> sorted = new ArrayList<>(values);
                Collections.sort(sorted);
                int m = sorted.size() / 2;
                return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
            }
        }
    }
}
