package com.kneeline.outcomes.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.kneeline.content.model.NoProgress;
import com.kneeline.outcomes.engine.OutcomesNoProgress.Compared;

class OutcomesNoProgressTest {

    private static final NoProgress RULE = new NoProgress(6, 1, "A physiotherapist", "advice", List.of("x"),
            List.of(), null);
    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final Compared KUJALA = new Compared("Anterior Knee Pain Scale", ChangeOutcome.NO_REAL_CHANGE);
    private static final Compared SQUAT = new Compared("Single-leg squat (left)", ChangeOutcome.NO_REAL_CHANGE);
    private static final List<Compared> STALLED = List.of(KUJALA, SQUAT);

    @Test
    void stalledMainOutcomesAtTheContentsWeeksAfterACheckInRefer() {
        assertThat(OutcomesNoProgress.judge(RULE, START, START.plusWeeks(6), 1, false, STALLED)).hasValueSatisfying(
                s -> {
                    assertThat(s.weeks()).isEqualTo(6);
                    assertThat(s.checkIns()).isEqualTo(1);
                    assertThat(s.outcomes()).containsExactly("Anterior Knee Pain Scale", "Single-leg squat (left)");
                });
    }

    @Test
    void oneDayBeforeTheContentsWeeksDoesNotRefer() {
        assertThat(OutcomesNoProgress.judge(RULE, START, START.plusWeeks(6).minusDays(1), 1, false, STALLED)).isEmpty();
    }

    @Test
    void fewerCheckInsThanTheContentAsksDoesNotRefer() {
        assertThat(OutcomesNoProgress.judge(RULE, START, START.plusWeeks(10), 0, false, STALLED)).isEmpty();
    }

    @Test
    void aRealImprovementInAnyMainOutcomeDoesNotRefer() {
        assertThat(OutcomesNoProgress.judge(RULE, START, START.plusWeeks(6), 1, false,
                List.of(new Compared("Anterior Knee Pain Scale", ChangeOutcome.IMPROVED), SQUAT))).isEmpty();
        assertThat(OutcomesNoProgress.judge(RULE, START, START.plusWeeks(6), 1, false,
                List.of(KUJALA, new Compared("Knee angle (FPPA) (left)", ChangeOutcome.IMPROVED)))).isEmpty();
    }

    @Test
    void withNothingComparedThereIsNothingToJudge() {
        assertThat(OutcomesNoProgress.judge(RULE, START, START.plusWeeks(6), 1, false, List.of())).isEmpty();
    }

    @Test
    void theSingleLegSquatAloneIsEnoughWhenNoQuestionnaireWasAnswered() {
        assertThat(OutcomesNoProgress.judge(RULE, START, START.plusWeeks(6), 1, false, List.of(SQUAT))).isPresent();
    }

    @Test
    void whileTheCheckInsQuestionnairesAreAwaitedTheVerdictWaits() {
        assertThat(OutcomesNoProgress.judge(RULE, START, START.plusWeeks(6), 1, true, STALLED)).isEmpty();
    }

    @Test
    void worseningIsNotProgress() {
        assertThat(OutcomesNoProgress.judge(RULE, START, START.plusWeeks(6), 1, false,
                List.of(new Compared("Anterior Knee Pain Scale", ChangeOutcome.WORSENED)))).isPresent();
    }
}
