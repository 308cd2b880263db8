package com.kneeline.tracking.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.kneeline.content.model.Deload;
import com.kneeline.content.model.NumberRange;

/**
 * The content's deload weeks: which days fall in one, and what one does to a session (fewer sets, lower effort,
 * the prescription itself kept). Kept apart from the progression rules because it changes with the deload policy,
 * not with how an exercise is progressed.
 *
 * @param targetRpe the effort aimed for outside deload weeks, which a deload week lowers
 */
record DeloadWeek(Deload deload, NumberRange targetRpe) {

    /**
     * Whether {@code day} falls in a deload week: every {@code everyWeeks}-th week of the programme (the content's
     * default when null), for the content's {@code length-days} from that week's first day.
     */
    boolean includes(LocalDate programmeStart, LocalDate day, Integer everyWeeks) {
        int every = everyWeeks == null ? deload.defaultEveryWeeks() : everyWeeks;
        if (every < deload.everyWeeks().min() || every > deload.everyWeeks().max()) {
            throw new IllegalArgumentException("deload every " + every + " weeks is outside the content's "
                    + deload.everyWeeks().min() + "-" + deload.everyWeeks().max());
        }
        long days = ChronoUnit.DAYS.between(programmeStart, day);
        if (days < 0) {
            return false;
        }
        return (days / 7 + 1) % every == 0 && days % 7 < deload.lengthDays();
    }

    /** A deload week's sets for a session of {@code sets}. */
    int sets(int sets) {
        return Math.max(1, (int) Math.round(sets * (100 - deload.volumeCutPercent()) / 100.0));
    }

    /** The top of a deload week's target effort. */
    double rpe() {
        return Math.max(1, targetRpe.max() - deload.rpeCut());
    }

    /**
     * A decision made for a deload week: a regression stays a regression with fewer sets on top; anything else keeps
     * the prescription and becomes {@link Decision.Kind#DELOAD} for this week's session.
     */
    Decision apply(Decision base, ExercisePrescription p, String name) {
        NumberRange deloadRpe = new NumberRange(Math.max(1, targetRpe.min() - deload.rpeCut()),
                Math.max(1, targetRpe.max() - deload.rpeCut()));
        String deloadText = "this is a deload week: " + deload.volumeCutPercent() + " % fewer sets and effort around RPE "
                + Text.range(deloadRpe);
        return switch (base.kind()) {
            case REGRESS_LOAD, REGRESS_REPS, MOVE_DOWN_LADDER -> new Decision(base.kind(), p, base.next(),
                    cut(base.next()), deloadRpe, base.sentence() + " And " + deloadText + ".");
            default -> new Decision(Decision.Kind.DELOAD, p, p, cut(p), deloadRpe, name + ": " + Text.dose(p)
                    + " → " + Text.dose(cut(p)) + " for this week, because " + deloadText + ".");
        };
    }

    private ExercisePrescription cut(ExercisePrescription p) {
        return p.withSets(sets(p.sets()));
    }
}
