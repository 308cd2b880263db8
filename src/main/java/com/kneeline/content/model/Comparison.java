package com.kneeline.content.model;

/** Numeric comparisons a rule condition may use: below (&lt;), above (&gt;), at-most (&le;), at-least (&ge;). */
public enum Comparison {
    BELOW, ABOVE, AT_MOST, AT_LEAST;

    public boolean test(double actual, double threshold) {
        return switch (this) {
            case BELOW -> actual < threshold;
            case ABOVE -> actual > threshold;
            case AT_MOST -> actual <= threshold;
            case AT_LEAST -> actual >= threshold;
        };
    }
}
