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

/** Knee-to-wall (10 cm cut-off, 1.5 cm asymmetry) and the calf checks, against the bundled pack. */
class AnkleRulesTest {

    private static final String DORSIFLEXION = "limited-ankle-dorsiflexion";

    private static List<InferredFinding> kneeToWall(String left, String right) {
        AnswerSheet sheet = AnswerSheet.create().both("knee-to-wall-result", "measured");
        if (left != null) {
            sheet.set("knee-to-wall-cm", LEFT, left);
        }
        if (right != null) {
            sheet.set("knee-to-wall-cm", RIGHT, right);
        }
        return infer(sheet);
    }

    @Test
    void aKneeToWallJustUnderTenCentimetresIsLimitedDorsiflexionOnThatSide() {
        assertThat(kneeToWall("9.9", null)).extracting("findingId", "side", "strength")
                .containsExactly(finding(DORSIFLEXION, LEFT, LIKELY));
        assertThat(rules(kneeToWall("9.9", null), DORSIFLEXION, LEFT)).containsExactly("ktw-below-cutoff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "10.0", "10.1"})
    void aKneeToWallOfTenCentimetresOrMoreIsNotBelowTheCutOff(String cm) {
        assertThat(kneeToWall(cm, null)).isEmpty();
    }

    @Test
    void theExplanationShowsTheDistanceAsPeopleWriteIt() {
        assertThat(Found.explanation(kneeToWall("6.0", "12"), "ktw-below-cutoff"))
                .isEqualTo("Your left knee-to-wall distance was 6 cm, below 10 cm, a common rule of thumb for a stiff ankle.");
        assertThat(Found.explanation(kneeToWall("12", "6.50"), "ktw-below-cutoff"))
                .isEqualTo("Your right knee-to-wall distance was 6.5 cm, below 10 cm, a common rule of thumb for a stiff ankle.");
    }

    @Test
    void anAsymmetryOfExactlyOneAndAHalfCentimetresCountsForTheShorterSideOnly() {
        List<InferredFinding> findings = kneeToWall("12", "13.5");

        assertThat(findings).extracting("findingId", "side", "strength")
                .containsExactly(finding(DORSIFLEXION, LEFT, LIKELY));
        assertThat(rules(findings, DORSIFLEXION, LEFT)).containsExactly("ktw-asymmetry");
        assertThat(Found.explanation(findings, "ktw-asymmetry"))
                .isEqualTo("Your left knee-to-wall distance was 1.5 cm less than the right (12 cm against 13.5 cm).");
    }

    @Test
    void anAsymmetryOfOnePointFourCentimetresDoesNotCount() {
        assertThat(kneeToWall("12.1", "13.5")).isEmpty();
        assertThat(kneeToWall("13.5", "12.1")).isEmpty();
    }

    @Test
    void anAsymmetryOfOnePointSixCentimetresCountsOnTheRightWhenTheRightIsShorter() {
        assertThat(kneeToWall("13.5", "11.9")).extracting("findingId", "side", "strength")
                .containsExactly(finding(DORSIFLEXION, RIGHT, LIKELY));
    }

    @Test
    void aDifferenceOfOnePointFiveThatBinaryFloatingPointWouldRoundDownStillCounts() {
        // 16.4 - 14.9 is 1.4999999999999982 in double arithmetic
        assertThat(rules(kneeToWall("14.9", "16.4"), DORSIFLEXION, LEFT)).containsExactly("ktw-asymmetry");
    }

    @Test
    void anAsymmetryNeedsBothSidesAnswered() {
        assertThat(kneeToWall("12", null)).isEmpty();
        assertThat(rules(kneeToWall("6", null), DORSIFLEXION, LEFT)).containsExactly("ktw-below-cutoff");
    }

    @Test
    void aKneeThatCouldNotReachTheWallIsAStrongSign() {
        List<InferredFinding> findings = infer(AnswerSheet.create()
                .set("knee-to-wall-result", LEFT, "could-not-reach").set("knee-to-wall-result", RIGHT, "measured")
                .set("knee-to-wall-cm", RIGHT, "11"));

        assertThat(findings).extracting("findingId", "side", "strength")
                .containsExactly(finding(DORSIFLEXION, LEFT, STRONG));
    }

    @Test
    void aPainfulKneeToWallIsNotReadAsStiffness() {
        assertThat(infer(AnswerSheet.create().both("knee-to-wall-result", "painful"))).isEmpty();
    }

    @Test
    void aLimitWithTheKneeBentPointsToTheAnkleAndWithTheKneeStraightOnlyToTheUpperCalf() {
        assertThat(infer(AnswerSheet.create().yes("calf-bent-knee-limited", LEFT).no("calf-straight-knee-limited", LEFT)))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding(DORSIFLEXION, LEFT, POSSIBLE));
        assertThat(infer(AnswerSheet.create().no("calf-bent-knee-limited", LEFT).yes("calf-straight-knee-limited", LEFT)))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding("tight-gastrocnemius", LEFT, LIKELY));
        assertThat(infer(AnswerSheet.create().yes("calf-bent-knee-limited", LEFT).yes("calf-straight-knee-limited", LEFT)))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding(DORSIFLEXION, LEFT, POSSIBLE), finding("tight-gastrocnemius", LEFT, POSSIBLE));
    }

    @Test
    void aStraightKneeLimitWithTheBentKneeCheckSkippedIsNotCalledUpperCalf() {
        assertThat(infer(AnswerSheet.create().yes("calf-straight-knee-limited", LEFT))).isEmpty();
    }
}
