package com.kneeline.assessment.engine;

import static com.kneeline.assessment.engine.Found.finding;
import static com.kneeline.assessment.engine.Found.infer;
import static com.kneeline.assessment.engine.Found.rules;
import static com.kneeline.assessment.engine.Side.LEFT;
import static com.kneeline.assessment.engine.Side.RIGHT;
import static com.kneeline.content.model.Strength.LIKELY;
import static com.kneeline.content.model.Strength.POSSIBLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.kneeline.content.model.Strength;

/** Foot pronation (signs, navicular drop > 10 / > 15 mm, FPI-6 ≥ 6 / ≥ 10) and static valgus / build. */
class FootAndBuildRulesTest {

    private static final String PRONATION = "excessive-foot-pronation";

    @ParameterizedTest
    @ValueSource(strings = {"0", "9.9", "10", "10.0"})
    void aNavicularDropOfTenMillimetresOrLessIsNotExcessive(String mm) {
        assertThat(infer(AnswerSheet.create().set("navicular-drop-mm", LEFT, mm))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"10.1, LIKELY", "15, LIKELY", "15.1, STRONG", "30, STRONG"})
    void aNavicularDropAboveTenMillimetresIsLikelyAndAboveFifteenStrong(String mm, String strength) {
        assertThat(infer(AnswerSheet.create().set("navicular-drop-mm", LEFT, mm)))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding(PRONATION, LEFT, Strength.valueOf(strength)));
    }

    @Test
    void theNavicularExplanationShowsTheMeasurement() {
        assertThat(Found.explanation(infer(AnswerSheet.create().set("navicular-drop-mm", RIGHT, "12.5")),
                "navicular-drop-excessive"))
                .isEqualTo("Your right navicular drop was 12.5 mm, more than the usual 10 mm.");
    }

    @ParameterizedTest
    @CsvSource({"6, LIKELY", "9, LIKELY", "10, STRONG", "12, STRONG"})
    void aFootPostureIndexOfSixOrMoreIsPronatedAndTenOrMoreHighlyPronated(String fpi, String strength) {
        assertThat(infer(AnswerSheet.create().set("fpi6-total", LEFT, fpi)))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding(PRONATION, LEFT, Strength.valueOf(strength)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "0", "-12"})
    void aFootPostureIndexBelowSixIsNotPronated(String fpi) {
        assertThat(infer(AnswerSheet.create().set("fpi6-total", LEFT, fpi))).isEmpty();
    }

    @Test
    void theFootPostureExplanationShowsTheTotal() {
        assertThat(Found.explanation(infer(AnswerSheet.create().set("fpi6-total", LEFT, "6")), "fpi-pronated"))
                .isEqualTo("Your left Foot Posture Index was 6, in the pronated band (+6 to +9).");
    }

    @Test
    void skippedOptionalFootMeasurementsGiveNoFinding() {
        assertThat(infer(AnswerSheet.create().both("foot-outer-edge-lifts", Answers.NO)
                .both("foot-arch-collapses", Answers.NO).both("foot-outer-edge-not-felt", Answers.NO))).isEmpty();
    }

    @Test
    void oneFootSignIsPossibleAndTwoAreLikely() {
        assertThat(infer(AnswerSheet.create().yes("foot-arch-collapses", LEFT).no("foot-outer-edge-lifts", LEFT)))
                .extracting("findingId", "side", "strength").containsExactly(finding(PRONATION, LEFT, POSSIBLE));
        List<InferredFinding> two = infer(AnswerSheet.create().yes("foot-arch-collapses", LEFT)
                .yes("sls-foot-collapse", LEFT));
        assertThat(two).extracting("findingId", "side", "strength").containsExactly(finding(PRONATION, LEFT, LIKELY));
        // "At least one sign" is restated by "at least two", so only the stronger sentence is shown.
        assertThat(rules(two, PRONATION, LEFT)).containsExactly("foot-signs-two");
    }

    @Test
    void footSignsAreCountedPerLeg() {
        assertThat(infer(AnswerSheet.create().yes("foot-arch-collapses", LEFT).yes("foot-outer-edge-lifts", RIGHT)))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding(PRONATION, LEFT, POSSIBLE), finding(PRONATION, RIGHT, POSSIBLE));
    }

    @Test
    void kneesThatTouchWithTheAnklesApartAreALikelyStaticValgusForThePersonNotALeg() {
        List<InferredFinding> findings = infer(AnswerSheet.create().yes("static-valgus-knees-touch"));

        assertThat(findings).extracting("findingId", "side", "strength")
                .containsExactly(finding("static-valgus", null, LIKELY));
        assertThat(Found.explanation(findings, "knees-touch-standing"))
                .isEqualTo("Your knees touch while your ankles stay apart when you stand still.");
    }

    @Test
    void kneesThatDoNotTouchOrAreNotAnsweredAreNotStaticValgus() {
        assertThat(infer(AnswerSheet.create().no("static-valgus-knees-touch"))).isEmpty();
        assertThat(infer(AnswerSheet.create())).isEmpty();
    }

    @Test
    void kneecapsPointingInwardArePossibleStructuralFactorsAndASkippedAnswerIsNot() {
        assertThat(infer(AnswerSheet.create().yes("kneecaps-point-inward")))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding("structural-factors", null, POSSIBLE));
        assertThat(infer(AnswerSheet.create().no("kneecaps-point-inward"))).isEmpty();
    }
}
