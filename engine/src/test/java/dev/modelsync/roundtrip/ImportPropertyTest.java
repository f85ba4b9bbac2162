package dev.modelsync.roundtrip;

import dev.modelsync.ImportResult;
import dev.modelsync.ModelSync;
import dev.modelsync.db.Dialect;
import dev.modelsync.diff.DialectForms;
import dev.modelsync.diff.DiffOptions;
import dev.modelsync.diff.Differ;
import dev.modelsync.ModelImporter;
import dev.modelsync.adoption.ImportRoundTripTest;
import dev.modelsync.resolve.Resolved;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.SchemaDump;
import dev.modelsync.testing.TestDatabase;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip of import, property-based: a random model set (every attribute type and option,
 * every association kind, through models with attributes, self-references, underscored,
 * timestamps and paranoid models; {@link ModelGen}) is synced to an empty database (H2, PostgreSQL,
 * MariaDB), then imported
 * into an empty models directory. Import reports nothing it could not say, and the imported files
 * resolve to the schema the database holds: the model's own, as the database built it
 * ({@link AsBuilt}); the difference between the two is empty. Every junction comes back as a
 * belongsToMany.
 *
 * <p>Tries per property: jqwik's {@code jqwik.tries.default} (small by default, raised by the
 * {@code properties} Maven profile), as for {@link ConvergencePropertyTest}.
 */
class ImportPropertyTest {

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void importGivesBackTheModelOnH2(@ForAll("modelSets") ModelSpec model) throws Exception {
        roundTrip(Dialect.H2, model);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    @AddLifecycleHook(ConvergencePropertyTest.NeedsPostgres.class)
    void importGivesBackTheModelOnPostgres(@ForAll("modelSets") ModelSpec model) throws Exception {
        roundTrip(Dialect.POSTGRESQL, model);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    @AddLifecycleHook(NeedsMariaDb.class)
    void importGivesBackTheModelOnMariaDb(@ForAll("modelSets") ModelSpec model) throws Exception {
        roundTrip(Dialect.MARIADB, model);
    }

    /** Skips without MariaDB, except under CI=true, where {@link TestDatabase} fails instead. */
    static final class NeedsMariaDb implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            if (TestDatabase.mariadbAvailable() || "true".equalsIgnoreCase(System.getenv("CI"))) return SkipResult.doNotSkip();
            return SkipResult.skip("Skipping MariaDB property: MariaDB is not reachable (see TestDatabase)");
        }
    }

    @Provide
    Arbitrary<ModelSpec> modelSets() {
        return ModelGen.modelSets();
    }

    static void roundTrip(Dialect dialect, ModelSpec model) throws Exception {
        Path synced = Files.createTempDirectory("modelsync-import-prop");
        Path imported = Files.createTempDirectory("modelsync-import-prop");
        try (TestDatabase db = TestDatabase.create(dialect)) {
            LiveDb live = new LiveDb(db);
            ModelSync ms = live.facade(synced);
            Files.createDirectories(ms.config().modelsDirectory());
            Files.writeString(ms.config().modelsDirectory().resolve("models.yaml"), model.yaml());
            Resolved original = ms.resolve();
            Schema desired = original.schema();
            ms.sync();

            ModelSync again = live.facade(imported);
            ImportResult result = again.importModels(ModelImporter.Options.DEFAULT);
            String files = result.writtenFiles().stream().map(ImportPropertyTest::read).collect(Collectors.joining("\n"));
            assertThat(result.notes()).as("what import could not say; files:\n" + files).isEmpty();

            Schema resolvedBack = again.resolve().schema();
            // MariaDB's PRIMARY keys and unique keys, read in the model's form (as baseline records them)
            Schema built = Canonical.anyColumnOrder(DialectForms.asDesired(AsBuilt.of(desired, live), resolvedBack, dialect));
            Schema back = Canonical.anyColumnOrder(resolvedBack);
            assertThat(Differ.diff(built, back, DiffOptions.ALLOW_DESTRUCTIVE)).as("the imported model against the model;"
                    + " files:\n" + files + "\n--- model as built ---\n" + SchemaDump.dump(built)
                    + "\n--- imported, resolved ---\n" + SchemaDump.dump(back)).isEmpty();
            assertThat(ImportRoundTripTest.junctions(again.resolve())).as("the junction tables written as belongsToMany; files:\n"
                    + files).isEqualTo(ImportRoundTripTest.junctions(original));
        } finally {
            delete(synced);
            delete(imported);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is no test failure
        }
    }
}
