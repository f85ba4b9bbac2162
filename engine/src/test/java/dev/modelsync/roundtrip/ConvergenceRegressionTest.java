package dev.modelsync.roundtrip;

import dev.modelsync.db.Dialect;
import dev.modelsync.roundtrip.Convergence.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

/**
 * The shrunk cases of failures {@link ConvergenceProperties} found, kept as fixed model sequences
 * and checked on both databases by {@link Convergence}: each failed before its fix.
 */
class ConvergenceRegressionTest {

    /** PostgreSQL stores a jsonb default in its own form ({"theme": "dark"}): verify saw a default mismatch. */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void jsonbDefaultInPostgresFormIsNoDrift(Dialect dialect) throws Exception {
        Convergence.run(dialect, List.of(new Step("""
                models:
                  Author0:
                    attributes:
                      title1:
                        type: JSONB
                        defaultValue: { theme: dark, a: [1, 2] }
                """, false)));
    }
}
