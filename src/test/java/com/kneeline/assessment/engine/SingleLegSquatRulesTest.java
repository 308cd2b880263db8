package com.kneeline.assessment.engine;

import static com.kneeline.assessment.engine.Found.finding;
import static com.kneeline.assessment.engine.Found.infer;
import static com.kneeline.assessment.engine.Side.LEFT;
import static com.kneeline.assessment.engine.Side.RIGHT;
import static com.kneeline.content.model.Strength.LIKELY;
import static com.kneeline.content.model.Strength.POSSIBLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The single-leg squat criteria and the knees-out cue that separates motor control from weakness. */
class SingleLegSquatRulesTest {

    private static final Set<String> WEAKNESS = Set.of("weak-glute-medius", "weak-glute-maximus",
            "weak-hip-external-rotators");

    private static AnswerSheet kneeCaves(String cueCorrects) {
        AnswerSheet sheet = AnswerSheet.create().yes("sls-knee-inward", LEFT);
        return cueCorrects == null ? sheet : sheet.set("cue-corrects-knee", LEFT, cueCorrects);
    }

    @Test
    void aKneeThatCavesButLinesUpWithTheCueIsPoorMotorControlOnly() {
        List<InferredFinding> findings = infer(kneeCaves("yes"));

        assertThat(findings).extracting("findingId", "side", "strength")
                .containsExactly(finding("poor-motor-control", LEFT, LIKELY));
        assertThat(Found.explanation(findings, "cue-corrects-knee")).isEqualTo("Your left knee moved inward but lined"
                + " up as soon as you focused on it: the strength is there, the timing needs training.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sls-pelvis-drop", "sls-front-thigh-only", "sls-trunk-sway", "sls-balance-lost",
            "sls-foot-collapse"})
    void aKneeThatLinesUpWithTheCueNeverGivesAWeaknessFindingFromTheSquat(String otherObservation) {
        List<InferredFinding> findings = infer(kneeCaves("yes").yes(otherObservation, LEFT));

        assertThat(findings).extracting(InferredFinding::findingId).doesNotContainAnyElementsOf(WEAKNESS)
                .contains("poor-motor-control");
    }

    @Test
    void aKneeThatCavesAndDoesNotLineUpWithTheCuePointsToWeaknessNotControl() {
        assertThat(infer(kneeCaves("no"))).extracting("findingId", "side", "strength").containsExactly(
                finding("weak-glute-maximus", LEFT, POSSIBLE), finding("weak-hip-external-rotators", LEFT, POSSIBLE));
    }

    @Test
    void aCavingKneeWithAHipDriftThatTheCueDoesNotFixIsALikelyWeakSideHip() {
        assertThat(infer(kneeCaves("no").yes("sls-pelvis-drop", LEFT))).extracting("findingId", "side", "strength")
                .containsExactly(finding("weak-glute-medius", LEFT, LIKELY),
                        finding("weak-glute-maximus", LEFT, POSSIBLE),
                        finding("weak-hip-external-rotators", LEFT, POSSIBLE));
    }

    @Test
    void aCavingKneeFeltOnlyInTheFrontThighThatTheCueDoesNotFixIsALikelyWeakButtock() {
        assertThat(infer(kneeCaves("no").yes("sls-front-thigh-only", LEFT)))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding("weak-glute-maximus", LEFT, LIKELY),
                        finding("weak-hip-external-rotators", LEFT, POSSIBLE),
                        finding("quadriceps-dominance", LEFT, POSSIBLE));
    }

    @Test
    void aCavingKneeWithTheCueCheckSkippedDecidesNeitherControlNorWeakness() {
        assertThat(infer(kneeCaves(null))).isEmpty();
        assertThat(infer(kneeCaves(null).yes("sls-pelvis-drop", LEFT))).isEmpty();
    }

    @Test
    void aPelvisDropInTheSquatWithoutACavingKneeIsAPossibleWeakSideHip() {
        assertThat(infer(AnswerSheet.create().no("sls-knee-inward", LEFT).yes("sls-pelvis-drop", LEFT)))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding("weak-glute-medius", LEFT, POSSIBLE));
    }

    @Test
    void aCueAnsweredYesWithoutACavingKneeIsNotMotorControl() {
        assertThat(infer(AnswerSheet.create().no("sls-knee-inward", LEFT).yes("cue-corrects-knee", LEFT))).isEmpty();
    }

    @Test
    void eachOtherSquatCriterionPointsToItsOwnFinding() {
        assertThat(infer(AnswerSheet.create().yes("sls-trunk-sway", RIGHT)))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding("trunk-control-deficit", RIGHT, LIKELY));
        assertThat(infer(AnswerSheet.create().yes("sls-balance-lost", RIGHT)))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding("poor-motor-control", RIGHT, POSSIBLE));
        assertThat(infer(AnswerSheet.create().yes("sls-foot-collapse", RIGHT)))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding("excessive-foot-pronation", RIGHT, POSSIBLE));
        assertThat(infer(AnswerSheet.create().yes("sls-front-thigh-only", RIGHT)))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding("quadriceps-dominance", RIGHT, POSSIBLE));
    }

    @Test
    void aSquatWithEveryCriterionNegativeGivesNoFinding() {
        AnswerSheet sheet = AnswerSheet.create();
        for (String id : List.of("sls-knee-inward", "sls-pelvis-drop", "sls-trunk-sway", "sls-balance-lost",
                "sls-foot-collapse", "sls-front-thigh-only")) {
            sheet.both(id, Answers.NO);
        }
        assertThat(infer(sheet.both("sls-pain", "0").both("sls-fppa-degrees", "5.5"))).isEmpty();
    }
}
