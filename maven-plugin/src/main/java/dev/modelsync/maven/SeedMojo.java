package dev.modelsync.maven;

import dev.modelsync.ModelSync;
import dev.modelsync.SeedResult;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.Map;
import java.util.TreeSet;

/** Loads the seed files into the database in one transaction; seeding twice changes nothing. */
@Mojo(name = "seed", defaultPhase = LifecyclePhase.PROCESS_TEST_RESOURCES, requiresProject = true,
        threadSafe = true)
public class SeedMojo extends AbstractModelMojo {
    @Override
    protected void run(ModelSync modelSync) {
        SeedResult result = modelSync.seed();
        getLog().info("Seeded " + modelSync.config().url() + ": " + result.totalInserted() + " inserted, "
                + result.totalUpdated() + " updated.");
        TreeSet<String> tables = new TreeSet<>(result.inserted().keySet());
        tables.addAll(result.updated().keySet());
        tables.addAll(result.unchanged().keySet());
        for (String table : tables) {
            getLog().info("  " + table + ": " + get(result.inserted(), table) + " inserted, "
                    + get(result.updated(), table) + " updated, " + get(result.unchanged(), table) + " unchanged");
        }
    }

    private static int get(Map<String, Integer> counts, String table) {
        return counts.getOrDefault(table, 0);
    }

    @Override
    protected String goal() {
        return "seed";
    }
}
