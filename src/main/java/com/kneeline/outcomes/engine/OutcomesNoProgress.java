package com.kneeline.outcomes.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.kneeline.content.model.NoProgress;

/**
 * The no-progress referral judged on the main outcomes: after the content's weeks since the first questionnaire,
 * refer when none of the questionnaires, the single-leg squat and (when measured) the FPPA has really improved
 * since the start. A questionnaire needs two scores to count. As in the content's rule, adherence does not
 * suppress it: low adherence is often caused by the pain a professional should see.
 */
public final class OutcomesNoProgress {

    private OutcomesNoProgress() {
    }

    /**
     * @param firstAnswered   the date of the first questionnaire (the start of the outcomes), or null
     * @param promChanges     each questionnaire's change since its first score (only those answered twice)
     * @param otherMainOutcomes the single-leg squat and FPPA changes since the baseline, per side (may be empty)
     */
    public static boolean refer(NoProgress rule, LocalDate today, LocalDate firstAnswered,
            List<ChangeOutcome> promChanges, List<ChangeOutcome> otherMainOutcomes) {
        if (firstAnswered == null || promChanges.isEmpty()) {
            return false;
        }
        if (ChronoUnit.WEEKS.between(firstAnswered, today) < rule.weeks()) {
            return false;
        }
        return promChanges.stream().noneMatch(c -> c == ChangeOutcome.IMPROVED)
                && otherMainOutcomes.stream().noneMatch(c -> c == ChangeOutcome.IMPROVED);
    }
}
