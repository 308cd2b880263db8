package com.kneeline.outcomes.engine;

import com.kneeline.content.model.PerformanceTest;
import com.kneeline.content.model.WorseSide;

/** Compares the involved leg with the other one. */
public final class Symmetry {

    private Symmetry() {
    }

    /**
     * Limb symmetry index in percent: involved / uninvolved x 100 for distances. For a test where higher is worse
     * (time), uninvolved / involved x 100, so a slower involved leg also gives a lower index (Noyes 1991).
     */
    public static double lsi(PerformanceTest test, double involved, double uninvolved) {
        if (involved <= 0 || uninvolved <= 0) {
            throw new IllegalArgumentException("both legs need a result above zero");
        }
        return test.worse() == WorseSide.HIGHER ? uninvolved / involved * 100.0 : involved / uninvolved * 100.0;
    }

    /** True when the two sides of a reach test differ by at least the test's meaningful difference. */
    public static boolean reachDifferenceMeaningful(PerformanceTest test, double left, double right) {
        return Math.abs(left - right) >= test.meaningfulDifference() - 1e-9;
    }
}
