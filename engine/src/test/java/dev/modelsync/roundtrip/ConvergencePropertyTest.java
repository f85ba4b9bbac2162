package dev.modelsync.roundtrip;

import dev.modelsync.db.Dialect;
import dev.modelsync.roundtrip.Convergence.Step;
import dev.modelsync.roundtrip.ModelGen.Edit;
import dev.modelsync.testing.TestDatabase;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

import java.util.ArrayList;
import java.util.List;

/**
 * Proven convergence (property-based): random model sets — every attribute type and option,
 * every association kind, through models with attributes, self-references, underscored,
 * timestamps and paranoid models — evolved through 3 to 8 random edits (adds, renames with
 * renamedFrom, widenings, drops with allowDestructive, allowNull, indexes), each step synced on
 * a database holding rows and checked by {@link Convergence}.
 *
 * <p>The number of tries per property is jqwik's {@code jqwik.tries.default}: small in
 * {@code junit-platform.properties}; the {@code properties} Maven profile (or
 * {@code -Djqwik.tries.default=N}) raises it for longer runs.
 * jqwik shrinks a failing case; the shrunk case of every failure found is kept as a fixed
 * regression test in {@link ConvergenceRegressionTest}.
 */
class ConvergencePropertyTest {

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void convergesOnH2(@ForAll("modelSets") ModelSpec start, @ForAll("edits") List<Edit> edits) throws Exception {
        Convergence.run(Dialect.H2, steps(start, edits));
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    @AddLifecycleHook(NeedsPostgres.class)
    void convergesOnPostgres(@ForAll("modelSets") ModelSpec start, @ForAll("edits") List<Edit> edits) throws Exception {
        Convergence.run(Dialect.POSTGRESQL, steps(start, edits));
    }

    @Provide
    Arbitrary<ModelSpec> modelSets() {
        return ModelGen.modelSets();
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return ModelGen.edits();
    }

    /** The model file of the start and of every edit that changes it; drops allow destructive changes. */
    static List<Step> steps(ModelSpec start, List<Edit> edits) {
        List<Step> steps = new ArrayList<>();
        ModelSpec current = start.copy();
        steps.add(new Step(current.yaml(), false));
        for (Edit e : edits) {
            ModelSpec next = current.copy();
            if (ModelGen.apply(next, e) && !next.yaml().equals(current.yaml())) {
                Statistics.label("applied edits").collect(e.kind());
                steps.add(new Step(next.yaml(), e.destructive()));
                current = next;
            }
        }
        return steps;
    }

    /** Skips without PostgreSQL, except under CI=true, where {@link TestDatabase} fails instead. */
    static final class NeedsPostgres implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            if (TestDatabase.postgresAvailable() || "true".equalsIgnoreCase(System.getenv("CI"))) return SkipResult.doNotSkip();
            return SkipResult.skip("Skipping PostgreSQL property: PostgreSQL is not reachable (see TestDatabase)");
        }
    }
}
