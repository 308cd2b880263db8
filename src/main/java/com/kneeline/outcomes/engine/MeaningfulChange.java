package com.kneeline.outcomes.engine;

/**
 * A change in a score where higher is better counts only when it reaches the minimal important change: the same
 * rule as the reassessment measures (a change exactly at the threshold is real).
 */
public final class MeaningfulChange {

    /** Rounding slack so that 62.1 - 50.0 still reaches 12.1. */
    private static final double EPS = 1e-9;

    private MeaningfulChange() {
    }

    public static ChangeOutcome of(double from, double to, double mcid) {
        double change = to - from;
        if (change >= mcid - EPS) {
            return ChangeOutcome.IMPROVED;
        }
        if (-change >= mcid - EPS) {
            return ChangeOutcome.WORSENED;
        }
        return ChangeOutcome.NO_REAL_CHANGE;
    }
}
