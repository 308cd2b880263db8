package com.kneeline.outcomes.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.kneeline.content.model.OutcomeGates;
import com.kneeline.content.model.OutcomesContent;
import com.kneeline.content.model.PerformanceTest;
import com.kneeline.outcomes.engine.GateVerdict.Code;
import com.kneeline.outcomes.engine.OutcomeGatesEngine.HopResult;
import com.kneeline.outcomes.engine.OutcomeGatesEngine.SideChecks;

/** Each gate just below and at its content threshold. */
class OutcomeGatesBoundaryTest {

    private static final OutcomesContent O = BundledOutcomes.OUTCOMES;
    private static final OutcomeGates G = O.gates();

    @Test
    void returnToSportNeedsAtLeastNinetyPercentOnEveryHopTest() {
        assertThat(G.returnToSport().minLsiPercent()).isEqualTo(90.0);
        assertThat(OutcomeGatesEngine.returnToSport(G.returnToSport(), O.hopTests(), allHops(90, 100)).met()).isTrue();
        GateVerdict at89 = OutcomeGatesEngine.returnToSport(G.returnToSport(), O.hopTests(), allHops(89, 100));
        assertThat(at89.met()).isFalse();
        assertThat(at89.reasons()).extracting(GateVerdict.Reason::code).containsOnly(Code.LSI_BELOW_LIMIT).hasSize(4);
    }

    @Test
    void oneHopTestBelowNinetyOrNotDoneKeepsReturnToSportClosed() {
        Map<String, HopResult> r = allHops(95, 100);
        r.put("crossover-hop", new HopResult(89, 100));
        assertThat(OutcomeGatesEngine.returnToSport(G.returnToSport(), O.hopTests(), r).reasons())
                .singleElement().satisfies(x -> {
                    assertThat(x.subject()).isEqualTo("crossover-hop");
                    assertThat(x.value()).isEqualTo(89.0);
                });
        r.remove("crossover-hop");
        assertThat(OutcomeGatesEngine.returnToSport(G.returnToSport(), O.hopTests(), r).reasons())
                .extracting(GateVerdict.Reason::code).containsExactly(Code.HOP_TEST_NOT_DONE);
    }

    @Test
    void timedHopSymmetryDividesTheOtherLegsTimeByTheInvolvedLegs() {
        PerformanceTest timed = O.performanceTest("timed-hop").orElseThrow();
        assertThat(Symmetry.lsi(timed, 2.5, 2.25)).isCloseTo(90.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Symmetry.lsi(timed, 2.53, 2.25)).isLessThan(90.0);
        Map<String, HopResult> r = allHops(95, 100);
        r.put("timed-hop", new HopResult(2.5, 2.25));
        assertThat(OutcomeGatesEngine.returnToSport(G.returnToSport(), O.hopTests(), r).met()).isTrue();
        r.put("timed-hop", new HopResult(2.53, 2.25));
        assertThat(OutcomeGatesEngine.returnToSport(G.returnToSport(), O.hopTests(), r).met()).isFalse();
    }

    @Test
    void distanceSymmetryIsInvolvedOverUninvolved() {
        PerformanceTest single = O.performanceTest("single-hop").orElseThrow();
        assertThat(Symmetry.lsi(single, 135, 150)).isCloseTo(90.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void promChangeCountsAtTheMcidAndNotOnePointBelow() {
        double kujala = O.prom("kujala").orElseThrow().mcid();
        assertThat(kujala).isEqualTo(10.0);
        assertThat(MeaningfulChange.of(60, 60 + kujala - 1, kujala)).isEqualTo(ChangeOutcome.NO_REAL_CHANGE);
        assertThat(MeaningfulChange.of(60, 60 + kujala, kujala)).isEqualTo(ChangeOutcome.IMPROVED);
        assertThat(MeaningfulChange.of(60, 60 + kujala + 1, kujala)).isEqualTo(ChangeOutcome.IMPROVED);
        assertThat(MeaningfulChange.of(60, 60 - kujala + 1, kujala)).isEqualTo(ChangeOutcome.NO_REAL_CHANGE);
        assertThat(MeaningfulChange.of(60, 60 - kujala, kujala)).isEqualTo(ChangeOutcome.WORSENED);
        double koos = O.prom("koos-sport").orElseThrow().mcid();
        assertThat(MeaningfulChange.of(50, 50 + koos - 1, koos)).isEqualTo(ChangeOutcome.NO_REAL_CHANGE);
        assertThat(MeaningfulChange.of(50, 50 + koos, koos)).isEqualTo(ChangeOutcome.IMPROVED);
        assertThat(MeaningfulChange.of(50, 50 + koos + 1, koos)).isEqualTo(ChangeOutcome.IMPROVED);
    }

    @Test
    void hopTestsAreOfferedOnlyWithAClearScreenPainWithinLimitsAndASingleLegPhase() {
        OutcomeGates.HopTesting h = G.hopTesting();
        assertThat(OutcomeGatesEngine.hopTesting(h, true, 3, "strength").met()).isTrue();
        assertThat(OutcomeGatesEngine.hopTesting(h, true, 4, "strength").reasons())
                .extracting(GateVerdict.Reason::code).containsExactly(Code.PAIN_ABOVE_LIMIT);
        assertThat(OutcomeGatesEngine.hopTesting(h, true, 0, "control").reasons())
                .extracting(GateVerdict.Reason::code).containsExactly(Code.PHASE_NOT_SINGLE_LEG);
        assertThat(OutcomeGatesEngine.hopTesting(h, false, 0, "speed").reasons())
                .extracting(GateVerdict.Reason::code).containsExactly(Code.SAFETY_SCREEN_NOT_CLEAR);
        assertThat(OutcomeGatesEngine.hopTesting(h, true, null, "speed").reasons())
                .extracting(GateVerdict.Reason::code).containsExactly(Code.PAIN_NOT_REPORTED);
    }

    @Test
    void speedPhaseNeedsTheKneeInLineAndStepDownQualityOnBothSides() {
        OutcomeGates.SpeedEntry s = G.speedEntry();
        double fppa = s.fppaMaxDegrees();
        int step = s.stepDownMaxScore();
        assertThat(OutcomeGatesEngine.speedEntry(s, List.of(new SideChecks("left", fppa, false, step),
                new SideChecks("right", fppa - 1, null, 0))).met()).isTrue();
        assertThat(OutcomeGatesEngine.speedEntry(s, List.of(new SideChecks("left", fppa + 1, true, step),
                new SideChecks("right", null, true, step + 1))).reasons())
                .extracting(GateVerdict.Reason::code).containsExactly(Code.FPPA_ABOVE_LIMIT, Code.STEP_DOWN_ABOVE_LIMIT);
        assertThat(OutcomeGatesEngine.speedEntry(s, List.of(new SideChecks("left", null, false, null),
                new SideChecks("right", null, null, 1))).reasons())
                .extracting(GateVerdict.Reason::code).containsExactly(Code.SINGLE_LEG_SQUAT_FAILED,
                        Code.STEP_DOWN_NOT_MEASURED, Code.KNEE_ALIGNMENT_NOT_MEASURED);
    }

    @Test
    void aReachDifferenceCountsFromFourCentimetres() {
        PerformanceTest y = O.performanceTest("y-balance-anterior").orElseThrow();
        assertThat(Symmetry.reachDifferenceMeaningful(y, 70, 66)).isTrue();
        assertThat(Symmetry.reachDifferenceMeaningful(y, 70, 67)).isFalse();
    }

    private static Map<String, HopResult> allHops(double distanceLsi, double base) {
        Map<String, HopResult> r = new HashMap<>();
        for (PerformanceTest t : O.hopTests()) {
            r.put(t.id(), t.worse() == com.kneeline.content.model.WorseSide.HIGHER
                    ? new HopResult(2.0 * base / distanceLsi, 2.0) : new HopResult(distanceLsi, base));
        }
        return r;
    }
}
