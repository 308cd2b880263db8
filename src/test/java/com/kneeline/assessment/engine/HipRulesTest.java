package com.kneeline.assessment.engine;

import static com.kneeline.assessment.engine.Found.finding;
import static com.kneeline.assessment.engine.Found.infer;
import static com.kneeline.assessment.engine.Found.rules;
import static com.kneeline.assessment.engine.Side.LEFT;
import static com.kneeline.assessment.engine.Side.RIGHT;
import static com.kneeline.content.model.Strength.LIKELY;
import static com.kneeline.content.model.Strength.POSSIBLE;
import static com.kneeline.content.model.Strength.STRONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pelvic drop, the side-lying hold (30 s, 20 % asymmetry), the side bridge and the hip tightness checks. */
class HipRulesTest {

    private static final String GMED = "weak-glute-medius";

    private static List<InferredFinding> holds(String left, String right) {
        return infer(AnswerSheet.create().set("hip-abduction-hold-seconds", LEFT, left)
                .set("hip-abduction-hold-seconds", RIGHT, right));
    }

    @Test
    void aPelvisThatDropsWhenStandingOnOneLegIsALikelyWeakSideHipOnThatLeg() {
        List<InferredFinding> findings = infer(AnswerSheet.create().yes("pelvic-drop", RIGHT).no("pelvic-drop", LEFT));

        assertThat(findings).extracting("findingId", "side", "strength").containsExactly(finding(GMED, RIGHT, LIKELY));
        assertThat(Found.explanation(findings, "gmed-pelvic-drop-test")).isEqualTo(
                "Your pelvis dropped when you stood on your right leg, a sign the side hip muscles are not holding it level.");
    }

    @Test
    void aPelvicDropWithAHoldJustUnderThirtySecondsIsStrongWithAllThreeSignsStrongestFirst() {
        List<InferredFinding> findings = infer(AnswerSheet.create().yes("pelvic-drop", LEFT)
                .set("hip-abduction-hold-seconds", LEFT, "29"));

        assertThat(findings).extracting("findingId", "side", "strength").containsExactly(finding(GMED, LEFT, STRONG));
        // The strong rule's sentence names both signs, so the two single-sign rules it restates are not repeated.
        assertThat(rules(findings, GMED, LEFT)).containsExactly("gmed-pelvic-drop-and-short-hold");
        assertThat(Found.explanation(findings, "gmed-pelvic-drop-and-short-hold")).isEqualTo(
                "On the left your pelvis dropped and you held the side leg lift for only 29 s: two signs of a weak side hip.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"30", "31"})
    void aPelvicDropWithAHoldOfThirtySecondsOrMoreStaysLikely(String seconds) {
        List<InferredFinding> findings = infer(AnswerSheet.create().yes("pelvic-drop", LEFT)
                .set("hip-abduction-hold-seconds", LEFT, seconds));

        assertThat(findings).extracting("findingId", "side", "strength").containsExactly(finding(GMED, LEFT, LIKELY));
        assertThat(rules(findings, GMED, LEFT)).containsExactly("gmed-pelvic-drop-test");
    }

    @Test
    void aPelvicDropWithTheHoldNotAnsweredStaysLikely() {
        assertThat(infer(AnswerSheet.create().yes("pelvic-drop", LEFT))).extracting("findingId", "side", "strength")
                .containsExactly(finding(GMED, LEFT, LIKELY));
    }

    @Test
    void aHoldOfTwentyNineSecondsIsShortAndThirtyIsNot() {
        assertThat(holds("29", "30")).extracting("findingId", "side", "strength")
                .containsExactly(finding(GMED, LEFT, POSSIBLE));
        assertThat(rules(holds("29", "30"), GMED, LEFT)).containsExactly("gmed-short-hold");
        assertThat(holds("30", "30")).isEmpty();
    }

    @Test
    void aHoldTwentyPercentShorterThanTheOtherSideCountsOnTheShorterSide() {
        // 48 s is 12 s, exactly 20 %, short of 60 s
        List<InferredFinding> findings = holds("60", "48");

        assertThat(findings).extracting("findingId", "side", "strength").containsExactly(finding(GMED, RIGHT, POSSIBLE));
        assertThat(rules(findings, GMED, RIGHT)).containsExactly("gmed-hold-asymmetry");
    }

    @Test
    void aHoldLessThanTwentyPercentShorterDoesNotCount() {
        assertThat(holds("60", "49")).isEmpty();
    }

    @Test
    void thePercentageIsOfTheBetterSide() {
        // 10 s short of 60 s is 16.7 % (it would be 20 % of the worse side's 50 s)
        assertThat(holds("50", "60")).isEmpty();
    }

    @Test
    void aHoldAsymmetryWithOneSideSkippedDoesNotCount() {
        assertThat(infer(AnswerSheet.create().set("hip-abduction-hold-seconds", LEFT, "40"))).isEmpty();
    }

    @Test
    void aSideBridgeTwentyPercentShorterPointsToTheSideHipAndTrunkOnThatSide() {
        List<InferredFinding> findings = infer(AnswerSheet.create().set("side-bridge-seconds", LEFT, "40")
                .set("side-bridge-seconds", RIGHT, "50"));

        assertThat(findings).extracting("findingId", "side", "strength").containsExactly(
                finding(GMED, LEFT, POSSIBLE), finding("trunk-control-deficit", LEFT, POSSIBLE));
        assertThat(infer(AnswerSheet.create().set("side-bridge-seconds", LEFT, "41")
                .set("side-bridge-seconds", RIGHT, "50"))).isEmpty();
    }

    @Test
    void workFeltAtTheFrontOfTheHipIsAPossibleTflTakeoverAndLikelyWithAPelvicDrop() {
        assertThat(infer(AnswerSheet.create().yes("hip-abduction-front-of-hip", LEFT)))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding("tfl-overactivity", LEFT, POSSIBLE));
        assertThat(infer(AnswerSheet.create().yes("hip-abduction-front-of-hip", LEFT).yes("pelvic-drop", LEFT)))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding(GMED, LEFT, LIKELY), finding("tfl-overactivity", LEFT, LIKELY));
    }

    @Test
    void tightInnerThighAndInnerHamstringChecksAreReportedPerSide() {
        assertThat(infer(AnswerSheet.create().yes("adductor-tight", RIGHT).yes("inner-hamstring-tight", LEFT)))
                .extracting("findingId", "side", "strength").containsExactly(
                        finding("tight-adductors", RIGHT, LIKELY), finding("tight-medial-hamstrings", LEFT, POSSIBLE));
    }
}
