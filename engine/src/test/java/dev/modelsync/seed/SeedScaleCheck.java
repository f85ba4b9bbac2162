package dev.modelsync.seed;

import dev.modelsync.SeedResult;
import dev.modelsync.db.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue-7 volume (100,000 users, 10,000 projects, 1,000,000 junction rows with a role) on
 * PostgreSQL. Slow, so only with {@code -Dmodelsync.seed.scale=true}; run it with -Xmx512m:
 * {@code mvn -pl engine test -Dtest=SeedScaleCheck -Dmodelsync.seed.scale=true -DargLine=-Xmx512m}.
 */
@EnabledIfSystemProperty(named = "modelsync.seed.scale", matches = "true")
class SeedScaleCheck {
    @TempDir
    Path dir;

    @Test
    void millionJunctionRows() throws Exception {
        int users = Integer.getInteger("modelsync.seed.users", 100_000);
        int projects = users / 10;
        int perUser = 10;
        try (var run = new Fixtures.Run(Dialect.valueOf(System.getProperty("modelsync.seed.db", "POSTGRESQL")), dir)) {
            String[] roles = {"admin", "developer", "viewer"};
            try (BufferedWriter w = Files.newBufferedWriter(run.seeds.resolve("big.yaml"))) {
                w.write("Project:\n");
                for (int p = 0; p < projects; p++) w.write("  - { title: Project " + p + " }\n");
                w.write("User:\n");
                for (int u = 0; u < users; u++) {
                    w.write("  - name: User " + u + "\n    email: user" + u + "@example.com\n    projects:\n");
                    for (int k = 0; k < perUser; k++) {
                        w.write("      - { title: Project " + ((u + k * 997) % projects) + ", UserProject: { role: "
                                + roles[(u + k) % 3] + " } }\n");
                    }
                }
            }
            Runtime rt = Runtime.getRuntime();
            System.out.println("max heap " + rt.maxMemory() / (1 << 20) + " MB");
            long t0 = System.nanoTime();
            SeedResult r = run.seed();
            long t1 = System.nanoTime();
            run.log.forEach(System.out::println);
            long peak = 0;
            for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
            }
            System.out.printf("peak heap (sum of pool peaks) %d MB%n", peak >> 20);
            System.out.printf("first run %.1f s, %,.0f rows/s%n", (t1 - t0) / 1e9,
                    (users + projects + users * perUser) * 1e9 / (t1 - t0));
            assertThat(r.inserted()).containsEntry("UserProjects", users * perUser);
            run.log.clear();
            long t2 = System.nanoTime();
            SeedResult again = run.seed();
            long t3 = System.nanoTime();
            run.log.forEach(System.out::println);
            System.out.printf("second run %.1f s%n", (t3 - t2) / 1e9);
            assertThat(again.totalInserted()).isZero();
            assertThat(again.totalUpdated()).isZero();
        }
    }
}
