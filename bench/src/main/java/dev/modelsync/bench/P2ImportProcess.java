package dev.modelsync.bench;

import dev.modelsync.bench.P1VerifyProcess.Maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * P2: a whole Maven process running {@code model:import} of a 500-table PostgreSQL schema into an
 * empty project, against {@code model:help} in the same project (Maven's own floor), run as P1 runs
 * its processes. The schema is made by the engine from the generated model set; the import project
 * holds no model files, and each import overwrites what the one before wrote.
 */
final class P2ImportProcess implements Bench {
    /** The target: an import at most this much longer than model:help. */
    private static final double TARGET_SECONDS = 2.0;

    @Override
    public String id() {
        return "P2";
    }

    @Override
    public String title() {
        return "whole-process mvn model:import vs. mvn model:help (PostgreSQL)";
    }

    @Override
    public void run(Context ctx) throws Exception {
        int n = ctx.quick() ? 25 : 250;
        int runs = ctx.quick() ? 1 : Integer.getInteger("bench.p2.runs", 5);
        Report report = ctx.report();
        Maven mvn = Maven.fromProperties();
        Project source = Project.create(ctx.dir("p2-source"));
        ModelSetGenerator.of(n).writeTo(source.models());
        Project target = Project.create(ctx.dir("p2"));
        try (ScratchDb db = ScratchDb.postgres()) {
            source.modelSync(db.url(), db.user()).sync();
            int tables = B2Verify.countTables(db);
            mvn.writeProject(target.dir(), db.url(), db.user());
            report.note(id(), "schema under test: " + tables + " tables in " + db.name() + "; " + mvn.describe());

            mvn.run(target.dir(), false, "model:help");
            mvn.run(target.dir(), false, "model:import", "-Dmodel.overwrite=true");
            List<Maven.Run> help = new ArrayList<>();
            List<Maven.Run> imports = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                help.add(mvn.run(target.dir(), true, "model:help"));
                imports.add(mvn.run(target.dir(), true, "model:import", "-Dmodel.overwrite=true"));
            }
            long files;
            try (Stream<Path> s = Files.list(target.models())) {
                files = s.count();
            }
            double floor = Maven.Run.medianWall(help);
            double took = Maven.Run.medianWall(imports);
            report.row(id(), "mvn model:import, " + tables + " tables → " + files + " model files",
                    Maven.Run.describe(imports), "mvn model:help " + Maven.Run.describe(help),
                    "+" + Fmt.seconds(took - floor) + " (" + Fmt.ratio(took / floor) + "); cpu +"
                            + Fmt.seconds(Maven.Run.medianCpu(imports) - Maven.Run.medianCpu(help)),
                    "≤ floor + 2 s", took - floor <= TARGET_SECONDS);
        }
    }
}
