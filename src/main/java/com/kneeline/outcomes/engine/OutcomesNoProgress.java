package com.kneeline.outcomes.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import com.kneeline.content.model.NoProgress;

/**
 * The no-progress referral, the one rule for it: judged on the main outcomes (the questionnaires, the single-leg
 * squat, the FPPA when measured). From the content's weeks after the programme started and its number of check-ins,
 * refer when outcomes could be compared and none of them really improved since the start. A questionnaire counts
 * once answered twice; a single-leg squat that already passed at the start cannot improve and is left out by the
 * caller. While a check-in's questionnaires are still awaited the verdict waits, so an improvement about to be
 * reported is not missed. As in the content's rule, adherence does not suppress it: low adherence is often caused
 * by the pain a professional should see.
 */
public final class OutcomesNoProgress {

    /** One main outcome compared since the start: its name for the person and its change. */
    public record Compared(String name, ChangeOutcome change) {
    }

    /** Refer: after {@code weeks} weeks and {@code checkIns} check-ins, none of {@code outcomes} really improved. */
    public record Stalled(long weeks, int checkIns, List<String> outcomes) {
        public Stalled {
            outcomes = List.copyOf(outcomes);
        }
    }

    private OutcomesNoProgress() {
    }

    /**
     * @param programmeStart         the programme's first day (the weeks count from it)
     * @param checkIns               completed check-ins after the baseline assessment
     * @param awaitingQuestionnaires the latest check-in's questionnaires are still awaited (within the content's wait)
     * @param compared               the main outcomes that could be compared since the start
     */
    public static Optional<Stalled> judge(NoProgress rule, LocalDate programmeStart, LocalDate today, int checkIns,
            boolean awaitingQuestionnaires, List<Compared> compared) {
        long weeks = ChronoUnit.WEEKS.between(programmeStart, today);
        if (weeks < rule.weeks() || checkIns < rule.reassessments() || awaitingQuestionnaires || compared.isEmpty()
                || compared.stream().anyMatch(c -> c.change() == ChangeOutcome.IMPROVED)) {
            return Optional.empty();
        }
        return Optional.of(new Stalled(weeks, checkIns, compared.stream().map(Compared::name).distinct().toList()));
    }
}
