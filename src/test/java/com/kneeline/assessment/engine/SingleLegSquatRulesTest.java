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

    /** The left knee caves; the left ankle and foot are normal, so the hip may be blamed when the cue fails. */
    private static AnswerSheet kneeCaves(String cueCorrects) {
        AnswerSheet sheet = AnswerSheet.create().yes("sls-knee-inward", LEFT)
                .set("knee-to-wall-result", LEFT, "measured").set("knee-to-wall-cm", LEFT, "12")
                .no("calf-bent-knee-limited", LEFT).no("foot-outer-edge-lifts", LEFT).no("foot-arch-collapses", LEFT)
                .no("foot-outer-edge-not-felt", LEFT).no("sls-foot-collapse", LEFT);
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
    void aKneeThatCavesAndDoesNotLineUpWithTheCuePointsToWeaknessWithControlStillToTrain() {
        assertThat(infer(kneeCaves("no"))).extracting("findingId", "side", "strength").containsExactly(
                finding("weak-glute-maximus", LEFT, POSSIBLE), finding("weak-hip-external-rotators", LEFT, POSSIBLE),
                finding("poor-motor-control", LEFT, POSSIBLE));
    }

    @Test
    void aCavingKneeWithAHipDriftThatTheCueDoesNotFixIsALikelyWeakSideHip() {
        assertThat(infer(kneeCaves("no").yes("sls-pelvis-drop", LEFT))).extracting("findingId", "side", "strength")
                .containsExactly(finding("weak-glute-medius", LEFT, LIKELY),
                        finding("weak-glute-maximus", LEFT, POSSIBLE),
                        finding("weak-hip-external-rotators", LEFT, POSSIBLE),
                        finding("poor-motor-control", LEFT, POSSIBLE));
    }

    @Test
    void aCavingKneeFeltOnlyInTheFrontThighThatTheCueDoesNotFixIsALikelyWeakButtock() {
        assertThat(infer(kneeCaves("no").yes("sls-front-thigh-only", LEFT)))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding("weak-glute-maximus", LEFT, LIKELY),
                        finding("weak-hip-external-rotators", LEFT, POSSIBLE),
                        finding("quadriceps-dominance", LEFT, POSSIBLE),
                        finding("poor-motor-control", LEFT, POSSIBLE));
    }

    @Test
    void aCavingKneeWithNoOtherSignIsAtLeastPossibleMovementControlNeverNothingToCorrect() {
        assertThat(infer(kneeCaves(null))).extracting("findingId", "side", "strength")
                .containsExactly(finding("poor-motor-control", LEFT, POSSIBLE));
        assertThat(infer(AnswerSheet.create().yes("sls-knee-inward", RIGHT))).extracting("findingId", "side", "strength")
                .containsExactly(finding("poor-motor-control", RIGHT, POSSIBLE));
    }

    @Test
    void withTheCueCheckMissingTheHipIsNotBlamedButTheKneeStillCounts() {
        assertThat(infer(kneeCaves(null).yes("sls-pelvis-drop", LEFT))).extracting(InferredFinding::findingId)
                .doesNotContainAnyElementsOf(WEAKNESS).containsExactly("poor-motor-control");
    }

    @Test
    void theCueAnswerIsRequiredOnEverySideWhoseKneeCaved() {
        var cue = Bundled.CATALOGUE.input("cue-corrects-knee").orElseThrow();
        assertThat(cue.requiredWhen()).isNotNull();
        assertThat(cue.requiredWhen().input()).isEqualTo("sls-knee-inward");
        assertThat(cue.requiredWhen().equals()).isEqualTo("yes");
    }

    @Test
    void withAStiffAnkleOnThatSideTheAnkleLeadsAndTheHipIsNotBlamedByDefault() {
        List<InferredFinding> findings = infer(kneeCaves("no").yes("sls-pelvis-drop", LEFT)
                .set("knee-to-wall-cm", LEFT, "6").set("knee-to-wall-cm", RIGHT, "12"));

        assertThat(findings).extracting(InferredFinding::findingId).doesNotContainAnyElementsOf(WEAKNESS)
                .contains("limited-ankle-dorsiflexion", "poor-motor-control");
    }

    @ParameterizedTest
    @ValueSource(strings = {"foot-outer-edge-lifts", "foot-arch-collapses", "foot-outer-edge-not-felt",
            "sls-foot-collapse"})
    void withAFootSignOnThatSideTheFootLeadsAndTheHipIsNotBlamedByDefault(String footSign) {
        List<InferredFinding> findings = infer(kneeCaves("no").yes(footSign, LEFT));

        assertThat(findings).extracting(InferredFinding::findingId).doesNotContainAnyElementsOf(WEAKNESS)
                .contains("excessive-foot-pronation", "poor-motor-control");
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
