package com.kneeline.assessment.engine;

import static com.kneeline.assessment.engine.Found.finding;
import static com.kneeline.assessment.engine.Found.infer;
import static com.kneeline.assessment.engine.Side.LEFT;
import static com.kneeline.content.model.Strength.LIKELY;
import static com.kneeline.content.model.Strength.POSSIBLE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The knee angle (FPPA) and pelvic drop measured from the video: FPPA against the norm for the person's sex
 * (18.6 degrees for women, "prefer not to say" and no answer; 14 for men), with the knees-out cue deciding control
 * or strength as it does for the observed knee; pelvic drop above 5 degrees.
 */
class VideoMeasuredRulesTest {

    private static AnswerSheet fppa(String sex, String degrees, String cueCorrects) {
        AnswerSheet sheet = AnswerSheet.create().set("sls-fppa-degrees", LEFT, degrees)
                .set("cue-corrects-knee", LEFT, cueCorrects);
        return sex == null ? sheet : sheet.set("sex", sex);
    }

    @ParameterizedTest(name = "{0}, {1} degrees, cue corrects: {2} -> {3}")
    @CsvSource(nullValues = "none", value = {
            "female, 18.7, yes, poor-motor-control",
            "female, 18.7, no, weak-glute-medius",
            "not-said, 18.7, yes, poor-motor-control",
            "none, 18.7, no, weak-glute-medius",
            "male, 14.1, yes, poor-motor-control",
            "male, 14.1, no, weak-glute-medius"})
    void anAngleClearlyAboveTheNormForTheirSexIsALikelyFindingSplitByTheCue(String sex, String degrees, String cue,
                                                                             String finding) {
        assertThat(infer(fppa(sex, degrees, cue))).extracting("findingId", "side", "strength")
                .containsExactly(finding(finding, LEFT, LIKELY));
    }

    @ParameterizedTest(name = "{0}, {1} degrees")
    @CsvSource(nullValues = "none", value = {"female, 18.6", "not-said, 18.6", "none, 18.6", "male, 14", "female, 16.8",
            "female, -12"})
    void anAngleAtOrBelowTheNormForTheirSexIsNoFinding(String sex, String degrees) {
        assertThat(infer(fppa(sex, degrees, "yes"))).isEmpty();
        assertThat(infer(fppa(sex, degrees, "no"))).isEmpty();
    }

    @Test
    void theExplanationGivesTheAngleAndSaysItIsMovementQualityNotInjuryRisk() {
        String text = Found.explanation(infer(fppa("female", "24.2", "no")), "fppa-above-norm-cue-fails");

        assertThat(text).startsWith("Your left knee angle in the single-leg squat was 24.2 degrees inward")
                .endsWith("This describes movement quality, not injury risk.");
    }

    @Test
    void aMeasuredPelvicDropAboveFiveDegreesIsAPossibleWeakSideHip() {
        assertThat(infer(AnswerSheet.create().set("sls-pelvic-drop-degrees", LEFT, "5.1")))
                .extracting("findingId", "side", "strength").containsExactly(finding("weak-glute-medius", LEFT, POSSIBLE));
        assertThat(infer(AnswerSheet.create().set("sls-pelvic-drop-degrees", LEFT, "5"))).isEmpty();
        assertThat(infer(AnswerSheet.create().set("sls-pelvic-drop-degrees", LEFT, "-8"))).isEmpty();
    }
}
