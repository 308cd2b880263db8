package com.kneeline.outcomes.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.kneeline.content.model.NoProgress;

class OutcomesNoProgressTest {

    private static final NoProgress RULE = new NoProgress(6, 1, "A physiotherapist", "advice", List.of("x"),
            List.of(), null);
    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final List<ChangeOutcome> STALLED = List.of(ChangeOutcome.NO_REAL_CHANGE);

    @Test
    void stalledOutcomesAfterTheContentsWeeksWithGoodAdherenceRefer() {
        assertThat(OutcomesNoProgress.refer(RULE, START.plusWeeks(6), START, STALLED, STALLED)).isTrue();
    }

    @Test
    void oneDayBeforeTheContentsWeeksDoesNotRefer() {
        assertThat(OutcomesNoProgress.refer(RULE, START.plusWeeks(6).minusDays(1), START, STALLED, STALLED)).isFalse();
    }

    @Test
    void aRealImprovementInAnyMainOutcomeDoesNotRefer() {
        assertThat(OutcomesNoProgress.refer(RULE, START.plusWeeks(6), START, List.of(ChangeOutcome.IMPROVED),
                STALLED)).isFalse();
        assertThat(OutcomesNoProgress.refer(RULE, START.plusWeeks(6), START, STALLED,
                List.of(ChangeOutcome.NO_REAL_CHANGE, ChangeOutcome.IMPROVED))).isFalse();
    }

    @Test
    void withoutASecondQuestionnaireThereIsNothingToJudge() {
        assertThat(OutcomesNoProgress.refer(RULE, START.plusWeeks(6), START, List.of(), STALLED)).isFalse();
        assertThat(OutcomesNoProgress.refer(RULE, START.plusWeeks(6), null, STALLED, STALLED)).isFalse();
    }
}
