package com.kneeline.tracking.engine;

import java.util.Locale;
import java.util.Optional;

import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.DoubleProgression;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.NumberRange;

/**
 * The kinds of decision the progression rules reach, each with its next dose and its one sentence for the person:
 * the rules in {@link ProgressionEngine} say which applies and why, this says what it does to the dose and how it
 * reads.
 */
final class Decisions {

    private final ContentCatalogue catalogue;
    private final DoubleProgression dp;
    private final NumberRange targetRpe;

    Decisions(ContentCatalogue catalogue) {
        this.catalogue = catalogue;
        this.dp = catalogue.progression().doubleProgression();
        this.targetRpe = catalogue.progression().effort().targetRpe();
    }

    /** Less: load down a step, else a step down the ladder, else the bottom of the range, else held gently. */
    Decision regress(ExercisePrescription p, ExercisePrescription from, Exercise ex, String because) {
        if (from.loaded()) {
            return change(Decision.Kind.REGRESS_LOAD, p, ex, from.withLoad(Loads.down(from.loadKg(), dp),
                    from.target()), because);
        }
        Optional<Exercise> easier = catalogue.easier(ex.id());
        if (easier.isPresent()) {
            return move(Decision.Kind.MOVE_DOWN_LADDER, p, ex, easier.get(), because);
        }
        if (from.target() > from.rangeMin()) {
            return change(Decision.Kind.REGRESS_REPS, p, ex, from.withTarget(from.rangeMin()), because);
        }
        return hold(p, from, ex, because + "; it is already the easiest step, so keep it gentle");
    }

    /** Another step of the ladder, at the bottom of its range. */
    Decision move(Decision.Kind kind, ExercisePrescription p, Exercise from, Exercise to, String because) {
        boolean timed = to.dosage().isTimed();
        int min = timed ? to.dosage().holdSeconds().min() : to.dosage().reps().min();
        int max = timed ? to.dosage().holdSeconds().max() : to.dosage().reps().max();
        ExercisePrescription next = new ExercisePrescription(to.id(), p.side(), p.sets(), min, max, min, null, timed);
        String sentence = name(from, p) + ": " + Text.dose(p) + " → " + to.name() + " " + Text.dose(next)
                + ", because " + because + ".";
        return new Decision(kind, p, next, next, targetRpe, sentence);
    }

    /** The same exercise at another dose. */
    Decision change(Decision.Kind kind, ExercisePrescription p, Exercise ex, ExercisePrescription next,
            String because) {
        return new Decision(kind, p, next, next, targetRpe,
                name(ex, p) + ": " + Text.dose(p) + " → " + Text.dose(next) + ", because " + because + ".");
    }

    Decision hold(ExercisePrescription p, ExercisePrescription next, Exercise ex, String because) {
        return new Decision(Decision.Kind.HOLD, p, next, next, targetRpe,
                name(ex, p) + ": stay at " + Text.dose(next) + ", because " + because + ".");
    }

    /** Held while a flag is open: the sentence says what lifts it. */
    Decision pause(ExercisePrescription p, ExercisePrescription next, Exercise ex, String until) {
        return new Decision(Decision.Kind.PAUSE, p, next, next, targetRpe, name(ex, p)
                + ": stays at " + Text.dose(next) + " while your programme is paused, until " + until + ".");
    }

    /** Nothing decided before the morning check-in says whether the pain settled. */
    Decision waiting(ExercisePrescription p, ExercisePrescription next, Exercise ex) {
        return new Decision(Decision.Kind.WAITING, p, next, next, targetRpe, name(ex, p)
                + ": decided after your morning check-in.");
    }

    /** The same dose again, done the way the content describes for a knee that caves at the easiest step. */
    Decision supported(ExercisePrescription p, ExercisePrescription next, Exercise ex, String variant,
            String because) {
        return new Decision(Decision.Kind.SUPPORTED, p, next, next, targetRpe, name(ex, p)
                + ": stay at " + Text.dose(next) + " but " + variant + ", because " + because
                + " and this is already the easiest step.");
    }

    /** The same dose again with the exercise's first cue. */
    Decision cue(ExercisePrescription p, ExercisePrescription next, Exercise ex, String because) {
        return new Decision(Decision.Kind.CUE, p, next, next, targetRpe, name(ex, p)
                + ": stay at " + Text.dose(next) + ", because " + because + "; think: "
                + Text.lowerFirst(ex.cues().get(0)) + ".");
    }

    /** "Single-leg glute bridge (left)": unilateral work is decided per side, so the sentence says which. */
    static String name(Exercise ex, ExercisePrescription p) {
        return p.side() == null ? ex.name() : ex.name() + " (" + p.side().label().toLowerCase(Locale.ROOT) + ")";
    }
}
