package com.kneeline.assessment.engine;

import static com.kneeline.assessment.engine.Found.finding;
import static com.kneeline.assessment.engine.Side.LEFT;
import static com.kneeline.assessment.engine.Side.RIGHT;
import static com.kneeline.content.model.Strength.LIKELY;
import static com.kneeline.content.model.Strength.STRONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.kneeline.content.model.Input;
import com.kneeline.content.model.SafetyFlag;

/** The whole-person profiles the wizard's UI tests reuse, each pinned to its exact set of (finding, side, strength). */
class AssessmentProfilesTest {

    private static final FindingsEngine ENGINE = Bundled.ENGINE;

    static Stream<Named<Supplier<Answers>>> profiles() {
        return Stream.of(
                Named.of("noFindings", AssessmentProfiles::noFindings),
                Named.of("redFlagStop", AssessmentProfiles::redFlagStop),
                Named.of("leftPronationAndLimitedDorsiflexion", AssessmentProfiles::leftPronationAndLimitedDorsiflexion),
                Named.of("bilateralHipWeaknessTrendelenburg", AssessmentProfiles::bilateralHipWeaknessTrendelenburg),
                Named.of("motorControlOnly", AssessmentProfiles::motorControlOnly));
    }

    @Test
    void anUnremarkablePersonHasNoFlagAndNoFinding() {
        assertThat(ENGINE.screen(AssessmentProfiles.noFindings()).raised()).isEmpty();
        assertThat(ENGINE.infer(AssessmentProfiles.noFindings())).isEmpty();
    }

    @Test
    void profileA_aKneeThatGivesWayStopsTheAssessment() {
        SafetyOutcome outcome = ENGINE.screen(AssessmentProfiles.redFlagStop());

        assertThat(outcome.stop()).isTrue();
        assertThat(outcome.raised()).extracting(SafetyFlag::id).containsExactly("giving-way");
        assertThat(ENGINE.infer(AssessmentProfiles.redFlagStop())).isEmpty();
    }

    @Test
    void profileB_leftPronationAndAStiffLeftAnkleWithTheRightAlsoUnderTheTenCentimetreMark() {
        List<InferredFinding> findings = ENGINE.infer(AssessmentProfiles.leftPronationAndLimitedDorsiflexion());

        assertThat(ENGINE.screen(AssessmentProfiles.leftPronationAndLimitedDorsiflexion()).stop()).isFalse();
        assertThat(findings).extracting("findingId", "side", "strength").containsExactly(
                finding("limited-ankle-dorsiflexion", LEFT, LIKELY),
                finding("limited-ankle-dorsiflexion", RIGHT, LIKELY),
                finding("excessive-foot-pronation", LEFT, LIKELY));
        assertThat(Found.rules(findings, "limited-ankle-dorsiflexion", LEFT))
                .containsExactly("ktw-below-cutoff", "ktw-asymmetry");
        assertThat(Found.rules(findings, "limited-ankle-dorsiflexion", RIGHT)).containsExactly("ktw-below-cutoff");
        assertThat(Found.rules(findings, "excessive-foot-pronation", LEFT)).containsExactly("foot-signs-two");
    }

    @Test
    void profileC_bilateralHipWeaknessWithATrendelenburgPatternIsStrongOnBothSides() {
        List<InferredFinding> findings = ENGINE.infer(AssessmentProfiles.bilateralHipWeaknessTrendelenburg());

        assertThat(findings).extracting("findingId", "side", "strength").containsExactly(
                finding("weak-glute-medius", LEFT, STRONG),
                finding("weak-glute-medius", RIGHT, STRONG));
        // The single-sign rules restated by the combined one are dropped; the squat's hip drift is independent.
        assertThat(Found.rules(findings, "weak-glute-medius", RIGHT)).containsExactly(
                "gmed-pelvic-drop-and-short-hold", "gmed-sls-pelvis-drop");
    }

    @Test
    void profileD_aKneeThatCavesButLinesUpWithTheCueIsOnlyPoorMotorControl() {
        assertThat(ENGINE.infer(AssessmentProfiles.motorControlOnly())).extracting("findingId", "side", "strength")
                .containsExactly(finding("poor-motor-control", LEFT, LIKELY), finding("poor-motor-control", RIGHT, LIKELY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void everyProfileAnswersEveryRequiredQuestionOfThePackForBothLegsWithValuesThatFit(Supplier<Answers> profile) {
        Map<AnswerKey, String> answers = profile.get().asMap();

        for (SafetyFlag flag : Bundled.CATALOGUE.safetyQuestions()) {
            assertThat(answers).containsKey(AnswerKey.of(flag.id()));
        }
        for (var test : Bundled.CATALOGUE.tests()) {
            for (Input input : test.inputs()) {
                if (input.optional()) {
                    continue;
                }
                if (input.isPerSide()) {
                    assertThat(answers).containsKeys(AnswerKey.of(input.id(), LEFT), AnswerKey.of(input.id(), RIGHT));
                } else {
                    assertThat(answers).containsKey(AnswerKey.of(input.id()));
                }
            }
        }
        answers.forEach((key, raw) -> assertThat(ENGINE.checkValue(key.inputId(), raw)).as(key.storageKey()).isEmpty());
    }
}
