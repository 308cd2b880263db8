package com.kneeline.outcomes.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.kneeline.content.model.NoProgress;

class OutcomesNoProgressTest {

    private static final NoProgress RULE = new NoProgress(6, 2, 75, "A physiotherapist", "advice", List.of("x"),
            List.of(), null);
    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final List<ChangeOutcome> STALLED = List.of(ChangeOutcome.NO_REAL_CHANGE);

    @Test
    void stalledOutcomesAfterTheContentsWeeksWithGoodAdherenceRefer() {
        assertThat(OutcomesNoProgress.refer(RULE, START.plusWeeks(6), START, 80, STALLED, STALLED)).isTrue();
    }

    @Test
    void oneDayBeforeTheContentsWeeksDoesNotRefer() {
        assertThat(OutcomesNoProgress.refer(RULE, START.plusWeeks(6).minusDays(1), START, 80, STALLED, STALLED)).isFalse();
    }

    @Test
    void aRealImprovementInAnyMainOutcomeDoesNotRefer() {
        assertThat(OutcomesNoProgress.refer(RULE, START.plusWeeks(6), START, 80, List.of(ChangeOutcome.IMPROVED),
                STALLED)).isFalse();
        assertThat(OutcomesNoProgress.refer(RULE, START.plusWeeks(6), START, 80, STALLED,
                List.of(ChangeOutcome.NO_REAL_CHANGE, ChangeOutcome.IMPROVED))).isFalse();
    }

    @Test
    void adherenceBelowTheMinimumOrNoSecondQuestionnaireDoesNotRefer() {
        assertThat(OutcomesNoProgress.refer(RULE, START.plusWeeks(6), START, 74, STALLED, STALLED)).isFalse();
        assertThat(OutcomesNoProgress.refer(RULE, START.plusWeeks(6), START, 80, List.of(), STALLED)).isFalse();
    }
}
