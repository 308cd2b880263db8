package com.kneeline.tracking.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.kneeline.content.model.DoubleProgression;

/** Load steps stay within the content's percent range, rounded to its rounding step. */
class LoadsTest {

    static final DoubleProgression DP = Tk.CATALOGUE.progression().doubleProgression();

    @Test
    void aStepUpIsTheMiddleOfThePercentRangeRoundedAndKeptInsideIt() {
        assertThat(Loads.up(8, DP)).isEqualTo(8.5);
        assertThat(Loads.up(20, DP)).isEqualTo(21.0);
        assertThat(Loads.up(40, DP)).isEqualTo(42.5);
        for (double load = 5; load <= 100; load += 0.5) {
            double next = Loads.up(load, DP);
            double pct = (next - load) / load * 100;
            assertThat(pct).as("step from %s kg", load)
                    .isBetween(DP.loadStepPercent().min() - 1e-9, DP.loadStepPercent().max() + 1e-9);
            assertThat(next / DP.loadRoundingKg()).isEqualTo(Math.rint(next / DP.loadRoundingKg()));
        }
    }

    @Test
    void aLoadTooLightForAPercentStepGoesUpByOneRoundingStep() {
        assertThat(Loads.up(2, DP)).isEqualTo(2.5);
        assertThat(Loads.up(4, DP)).isEqualTo(4.5);
    }

    @Test
    void aStepDownMirrorsItAndEndsAtBodyWeight() {
        assertThat(Loads.down(10, DP)).isEqualTo(9.5);
        assertThat(Loads.down(40, DP)).isEqualTo(37.5);
        assertThat(Loads.down(1, DP)).isEqualTo(0.5);
        assertThat(Loads.down(0.5, DP)).isNull();
    }
}
