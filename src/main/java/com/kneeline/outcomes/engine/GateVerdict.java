package com.kneeline.outcomes.engine;

import java.util.List;

/**
 * A gate's answer: met, or the reasons it is not. Each reason is a code with the subject it concerns (a test,
 * phase or side), the value found (null when missing) and the limit; the UI turns codes into words.
 */
public record GateVerdict(boolean met, List<Reason> reasons) {

    public GateVerdict {
        reasons = List.copyOf(reasons);
    }

    static GateVerdict of(List<Reason> reasons) {
        return new GateVerdict(reasons.isEmpty(), reasons);
    }

    public record Reason(Code code, String subject, Double value, Double limit) {
    }

    public enum Code {
        /** The safety screen has a flag that stops exercise. */
        SAFETY_SCREEN_NOT_CLEAR,
        /** Pain is above the gate's limit, or not yet reported. */
        PAIN_ABOVE_LIMIT,
        PAIN_NOT_REPORTED,
        /** The current phase does not yet load one leg. */
        PHASE_NOT_SINGLE_LEG,
        /** Measured FPPA above the in-line limit on a side. */
        FPPA_ABOVE_LIMIT,
        /** Single-leg squat failed on a side (used when FPPA was not measured). */
        SINGLE_LEG_SQUAT_FAILED,
        /** Neither FPPA nor the single-leg squat result is known for a side. */
        KNEE_ALIGNMENT_NOT_MEASURED,
        STEP_DOWN_ABOVE_LIMIT,
        STEP_DOWN_NOT_MEASURED,
        /** A hop test's limb symmetry index is below the limit. */
        LSI_BELOW_LIMIT,
        HOP_TEST_NOT_DONE;
    }
}
