package com.kneeline.tracking.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.Measure;
import com.kneeline.tracking.engine.MeasureChange.Outcome;

/** Real change per measure and side: at the threshold counts, below it never "improved". */
class ComparisonTest {

    static final Comparison COMPARISON = new Comparison(Tk.CATALOGUE);
    static final Measure KTW = Tk.CATALOGUE.measures().stream()
            .filter(m -> m.kind() == com.kneeline.content.model.MeasureKind.NUMERIC
                    && m.worse() == com.kneeline.content.model.WorseSide.LOWER).findFirst().orElseThrow();
    static final Measure FPPA = Tk.CATALOGUE.measures().stream()
            .filter(m -> m.worse() == com.kneeline.content.model.WorseSide.HIGHER).findFirst().orElseThrow();
    static final Measure SLS = Tk.CATALOGUE.measures().stream()
            .filter(m -> m.kind() == com.kneeline.content.model.MeasureKind.PASS_FAIL).findFirst().orElseThrow();

    static Answers numeric(Measure m, double left, double right) {
        return Answers.of(Map.of(AnswerKey.of(m.input(), Side.LEFT), Double.toString(left),
                AnswerKey.of(m.input(), Side.RIGHT), Double.toString(right)));
    }

    static MeasureChange change(List<MeasureChange> all, Measure m, Side side) {
        return all.stream().filter(c -> c.measureId().equals(m.id()) && c.side() == side).findFirst().orElseThrow();
    }

    @Test
    void aChangeExactlyAtTheRealChangeCountsAndJustBelowItDoesNot() {
        double rc = KTW.realChange();
        var all = COMPARISON.compare(numeric(KTW, 8, 8), numeric(KTW, 8 + rc, 8 + rc - 0.1), null);
        assertThat(change(all, KTW, Side.LEFT).sinceBaseline()).isEqualTo(Outcome.IMPROVED);
        assertThat(change(all, KTW, Side.RIGHT).sinceBaseline()).isEqualTo(Outcome.NO_REAL_CHANGE);
        assertThat(change(all, KTW, Side.LEFT).realChange()).isEqualTo(rc);
        assertThat(change(all, KTW, Side.LEFT).latest()).isEqualTo(8 + rc);
    }

    @Test
    void theWorseDirectionComesFromTheContent() {
        double rc = FPPA.realChange();
        var all = COMPARISON.compare(numeric(FPPA, 10, 10), numeric(FPPA, 10 + rc, 10 - rc), null);
        assertThat(change(all, FPPA, Side.LEFT).sinceBaseline()).isEqualTo(Outcome.WORSENED);
        assertThat(change(all, FPPA, Side.RIGHT).sinceBaseline()).isEqualTo(Outcome.IMPROVED);
        var lower = COMPARISON.compare(numeric(KTW, 10, 10), numeric(KTW, 10 - KTW.realChange(), 10), null);
        assertThat(change(lower, KTW, Side.LEFT).sinceBaseline()).isEqualTo(Outcome.WORSENED);
    }

    @Test
    void theChangeSinceThePreviousReassessmentIsJudgedToo() {
        double rc = KTW.realChange();
        var all = COMPARISON.compare(numeric(KTW, 5, 5), numeric(KTW, 5 + rc, 5), numeric(KTW, 5 + rc - 1, 5));
        MeasureChange left = change(all, KTW, Side.LEFT);
        assertThat(left.sinceBaseline()).isEqualTo(Outcome.IMPROVED);
        assertThat(left.sincePrevious()).isEqualTo(Outcome.NO_REAL_CHANGE);
        assertThat(left.previous()).isEqualTo(5 + rc - 1);
    }

    @Test
    void singleLegSquatChangesOnlyBetweenPassAndFail() {
        int limit = SLS.passWhenPositiveAtMost();
        var all = COMPARISON.compare(sls(limit + 1, 0), sls(limit, limit + 1), sls(SLS.criteria().size(), 0));
        MeasureChange left = change(all, SLS, Side.LEFT);
        assertThat(left.baselinePassed()).isFalse();
        assertThat(left.latestPassed()).isTrue();
        assertThat(left.sinceBaseline()).isEqualTo(Outcome.IMPROVED);
        assertThat(left.sincePrevious()).isEqualTo(Outcome.IMPROVED);
        assertThat(change(all, SLS, Side.RIGHT).sinceBaseline()).isEqualTo(Outcome.WORSENED);
        // fewer positives but still failing: no real change
        var still = COMPARISON.compare(sls(SLS.criteria().size(), 0), sls(limit + 1, 0), null);
        assertThat(change(still, SLS, Side.LEFT).sinceBaseline()).isEqualTo(Outcome.NO_REAL_CHANGE);
    }

    @Test
    void aVisiblyCavingKneeFailsTheSingleLegSquatOnItsOwnWhateverTheOtherCriteriaSay() {
        assertThat(SLS.failsOnItsOwn()).containsExactly("sls-knee-inward");
        Map<AnswerKey, String> m = new HashMap<>(sls(0, 0).asMap());
        m.put(AnswerKey.of("sls-knee-inward", Side.LEFT), Answers.YES);
        var all = COMPARISON.compare(sls(0, 0), Answers.of(m), null);

        assertThat(change(all, SLS, Side.LEFT).latestPassed()).isFalse();
        assertThat(change(all, SLS, Side.LEFT).sinceBaseline()).isEqualTo(Outcome.WORSENED);
        assertThat(change(all, SLS, Side.RIGHT).latestPassed()).isTrue();
    }

    @Test
    void measuresWithoutAnAnswerAreLeftOut() {
        assertThat(COMPARISON.compare(Answers.empty(), numeric(KTW, 1, 1), null)).isEmpty();
    }

    @Test
    void aKneeThatCavesNeverReadsPassEvenAsTheOnlyPositiveCriterion() {
        String caving = Tk.CATALOGUE.prescription().cavingInput();
        assertThat(SLS.criteria()).contains(caving);
        assertThat(SLS.passWhenPositiveAtMost()).isPositive();
        Answers cavesOnly = sls(0, 0).with(AnswerKey.of(caving, Side.LEFT), Answers.YES);
        var all = COMPARISON.compare(cavesOnly, cavesOnly, null);
        assertThat(change(all, SLS, Side.LEFT).latestPassed()).isFalse();
        assertThat(change(all, SLS, Side.RIGHT).latestPassed()).isTrue();
    }

    /**
     * Single-leg squat answers with this many positive criteria on each side, taking the criteria that do not fail
     * the test on their own first (so a count within the limit passes).
     */
    static Answers sls(int positivesLeft, int positivesRight) {
        List<String> order = new java.util.ArrayList<>(SLS.criteria());
        order.sort(java.util.Comparator.comparing(SLS.failsOnItsOwn()::contains));
        Map<AnswerKey, String> m = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            m.put(AnswerKey.of(order.get(i), Side.LEFT), i < positivesLeft ? Answers.YES : Answers.NO);
            m.put(AnswerKey.of(order.get(i), Side.RIGHT), i < positivesRight ? Answers.YES : Answers.NO);
        }
        return Answers.of(m);
    }
}
