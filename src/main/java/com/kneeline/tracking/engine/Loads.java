package com.kneeline.tracking.engine;

import com.kneeline.content.model.DoubleProgression;
import com.kneeline.content.model.NumberRange;

/**
 * Load steps: the middle of the content's load-step percent, rounded to its load-rounding step and kept within
 * the percent range. When no rounded load lies within the range (light loads: 2-10 % of 3 kg is less than one
 * 0.5 kg step), the step is the smallest one a person can make: one rounding step.
 */
final class Loads {

    private static final double EPS = 1e-9;

    private Loads() {
    }

    static double up(double load, DoubleProgression dp) {
        return step(load, dp, +1);
    }

    /** One step down, or null (body weight) when nothing is left. */
    static Double down(double load, DoubleProgression dp) {
        double next = step(load, dp, -1);
        return next <= EPS ? null : next;
    }

    private static double step(double load, DoubleProgression dp, int sign) {
        NumberRange pct = dp.loadStepPercent();
        double inc = dp.loadRoundingKg();
        double a = load * (1 + sign * pct.min() / 100);
        double b = load * (1 + sign * pct.max() / 100);
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        double mid = load * (1 + sign * (pct.min() + pct.max()) / 200);
        double loR = Math.ceil(lo / inc - EPS) * inc;
        double hiR = Math.floor(hi / inc + EPS) * inc;
        double out;
        if (loR > hiR + EPS) {
            out = Math.round(load / inc) * inc + sign * inc;
        } else {
            out = Math.min(hiR, Math.max(loR, Math.round(mid / inc) * inc));
        }
        return Math.max(0, Math.round(out * 1000) / 1000.0);
    }
}
