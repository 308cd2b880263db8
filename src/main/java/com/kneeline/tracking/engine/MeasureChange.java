package com.kneeline.tracking.engine;

import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.MeasureKind;

/**
 * One reassessment measure on one side (null side for measures that are not per side), with the numbers.
 * For numeric measures the values are in the input's unit; for pass-fail measures they are the number of positive
 * criteria and {@code ...Passed} says pass or fail. A change smaller than {@code realChange} is never counted.
 *
 * @param previous        null when there is no previous reassessment (then {@code sincePrevious} is null too)
 * @param realChange      the content's real-change threshold; null for pass-fail (a change of pass/fail is real)
 */
public record MeasureChange(String measureId, String name, MeasureKind kind, Side side, double baseline,
                            Double previous, double latest, Double realChange, Boolean baselinePassed,
                            Boolean previousPassed, Boolean latestPassed, Outcome sinceBaseline,
                            Outcome sincePrevious) {

    public enum Outcome {
        IMPROVED, NO_REAL_CHANGE, WORSENED
    }
}
