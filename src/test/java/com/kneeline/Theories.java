package com.kneeline;

import org.quicktheories.QuickTheory;
import org.quicktheories.core.Configuration;

/** QuickTheories the same on every run, unless a run asks otherwise. */
public final class Theories {

    private Theories() {
    }

    /** The fixed seed and count, unless QT_SEED or QT_EXAMPLES is given on the command line. */
    public static QuickTheory qt(long seed, int examples) {
        QuickTheory qt = QuickTheory.qt();
        if (System.getProperty(Configuration.SEED) == null) {
            qt = qt.withFixedSeed(seed);
        }
        return System.getProperty(Configuration.EXAMPLES) == null ? qt.withExamples(examples) : qt;
    }
}
