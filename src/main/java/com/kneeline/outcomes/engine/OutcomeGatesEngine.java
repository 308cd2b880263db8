package com.kneeline.outcomes.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.kneeline.content.model.OutcomeGates;
import com.kneeline.content.model.PerformanceTest;
import com.kneeline.outcomes.engine.GateVerdict.Code;
import com.kneeline.outcomes.engine.GateVerdict.Reason;

/** The three decisions outcomes drive; every limit comes from the content's gates. */
public final class OutcomeGatesEngine {

    private static final double EPS = 1e-9;

    private OutcomeGatesEngine() {
    }

    /** Hop tests are offered only with a clear safety screen, pain within the limit and a single-leg phase. */
    public static GateVerdict hopTesting(OutcomeGates.HopTesting gate, boolean safetyScreenClear, Integer pain,
            String phase) {
        List<Reason> reasons = new ArrayList<>();
        if (!safetyScreenClear) {
            reasons.add(new Reason(Code.SAFETY_SCREEN_NOT_CLEAR, null, null, null));
        }
        if (pain == null) {
            reasons.add(new Reason(Code.PAIN_NOT_REPORTED, null, null, (double) gate.maxPain()));
        } else if (pain > gate.maxPain()) {
            reasons.add(new Reason(Code.PAIN_ABOVE_LIMIT, null, (double) pain, (double) gate.maxPain()));
        }
        if (phase == null || !gate.phases().contains(phase)) {
            reasons.add(new Reason(Code.PHASE_NOT_SINGLE_LEG, phase, null, null));
        }
        return GateVerdict.of(reasons);
    }

    /** One leg's knee-alignment and step-down results; any may be unknown (null). */
    public record SideChecks(String side, Double fppa, Boolean singleLegSquatPassed, Integer stepDownScore) {
    }

    /**
     * The speed phase needs the knee in line on a measured check on every side given (FPPA when measured,
     * otherwise the single-leg squat) and step-down quality within the limit.
     */
    public static GateVerdict speedEntry(OutcomeGates.SpeedEntry gate, List<SideChecks> sides) {
        List<Reason> reasons = new ArrayList<>();
        for (SideChecks s : sides) {
            if (s.fppa() != null) {
                if (s.fppa() > gate.fppaMaxDegrees() + EPS) {
                    reasons.add(new Reason(Code.FPPA_ABOVE_LIMIT, s.side(), s.fppa(), gate.fppaMaxDegrees()));
                }
            } else if (s.singleLegSquatPassed() == null) {
                reasons.add(new Reason(Code.KNEE_ALIGNMENT_NOT_MEASURED, s.side(), null, null));
            } else if (!s.singleLegSquatPassed()) {
                reasons.add(new Reason(Code.SINGLE_LEG_SQUAT_FAILED, s.side(), null, null));
            }
            if (s.stepDownScore() == null) {
                reasons.add(new Reason(Code.STEP_DOWN_NOT_MEASURED, s.side(), null, (double) gate.stepDownMaxScore()));
            } else if (s.stepDownScore() > gate.stepDownMaxScore()) {
                reasons.add(new Reason(Code.STEP_DOWN_ABOVE_LIMIT, s.side(), (double) s.stepDownScore(),
                        (double) gate.stepDownMaxScore()));
            }
        }
        return GateVerdict.of(reasons);
    }

    /** One hop test's best result per leg. */
    public record HopResult(double involved, double uninvolved) {
    }

    /** Cutting and return to sport need the limb symmetry index at or above the limit on every hop test. */
    public static GateVerdict returnToSport(OutcomeGates.ReturnToSport gate, List<PerformanceTest> hopTests,
            Map<String, HopResult> results) {
        List<Reason> reasons = new ArrayList<>();
        for (PerformanceTest t : hopTests) {
            HopResult r = results.get(t.id());
            if (r == null) {
                reasons.add(new Reason(Code.HOP_TEST_NOT_DONE, t.id(), null, gate.minLsiPercent()));
                continue;
            }
            double lsi = Symmetry.lsi(t, r.involved(), r.uninvolved());
            if (lsi < gate.minLsiPercent() - EPS) {
                reasons.add(new Reason(Code.LSI_BELOW_LIMIT, t.id(), lsi, gate.minLsiPercent()));
            }
        }
        return GateVerdict.of(reasons);
    }
}
