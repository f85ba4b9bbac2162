package dev.modelsync.seed.write;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The time and rate shown after a seed step: only for steps of a second or more. */
class ProgressTest {
    @Test
    void aStepUnderASecondShowsNoRate() {
        assertThat(Progress.took(44, 45_000_000L)).isEmpty();
        assertThat(Progress.took(999_999_999L)).isEmpty();
    }

    @Test
    void aStepOfASecondOrMoreShowsTimeAndRate() {
        assertThat(Progress.took(30_000, 2_000_000_000L)).isEqualTo(" in 2.0 s (15,000 rows/s)");
        assertThat(Progress.took(1_500_000_000L)).isEqualTo(" in 1.5 s");
    }
}
