package com.kneeline.outcomes;

import java.util.List;
import java.util.Locale;

import com.kneeline.content.model.OutcomesContent;
import com.kneeline.outcomes.engine.GateVerdict;

/** Turns a gate's reason codes into plain sentences; the engine never writes words. */
public final class GateWords {

    private GateWords() {
    }

    public static List<String> reasons(GateVerdict verdict, OutcomesContent content) {
        return verdict.reasons().stream().map(r -> sentence(r, content)).distinct().toList();
    }

    private static String sentence(GateVerdict.Reason r, OutcomesContent content) {
        String side = r.subject() == null ? "" : r.subject();
        String test = r.subject() == null ? "" : content.performanceTest(r.subject()).map(t -> t.name()).orElse(side);
        return switch (r.code()) {
            case SAFETY_SCREEN_NOT_CLEAR -> "You have an open reason to see a professional before exercising.";
            case PAIN_ABOVE_LIMIT -> "Your pain in your last session was " + n(r.value()) + " out of 10; hop tests need "
                    + n(r.limit()) + " or less.";
            case PAIN_NOT_REPORTED -> "Log a session first, so we know your pain is " + n(r.limit()) + " or less.";
            case PHASE_NOT_SINGLE_LEG -> "Your current phase does not load one leg yet; hop tests start in a later phase.";
            case FPPA_ABOVE_LIMIT -> "Your " + side + " knee angle (FPPA) was " + n(r.value()) + " degrees; it needs to be "
                    + n(r.limit()) + " or less.";
            case SINGLE_LEG_SQUAT_FAILED -> "Your " + side + " single-leg squat did not pass at your latest assessment.";
            case KNEE_ALIGNMENT_NOT_MEASURED -> "Your " + side
                    + " single-leg squat has not been assessed yet.";
            case STEP_DOWN_ABOVE_LIMIT -> "Your " + side + " step-down score was " + n(r.value()) + "; it needs to be "
                    + n(r.limit()) + " or less.";
            case STEP_DOWN_NOT_MEASURED -> "Do the lateral step-down test and enter your scores.";
            case LSI_BELOW_LIMIT -> test + ": symmetry " + n(r.value()) + " %, needs " + n(r.limit()) + " % or more.";
            case HOP_TEST_NOT_DONE -> test + ": not done yet.";
        };
    }

    public static String n(Double v) {
        if (v == null) {
            return "?";
        }
        return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.format(Locale.ROOT, "%.1f", v);
    }
}
