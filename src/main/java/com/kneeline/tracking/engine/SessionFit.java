package com.kneeline.tracking.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.PrescriptionEngine;

/**
 * Keeps a session within its planned minutes after progression. Each slot keeps its planned sets; progression only
 * moves reps within an exercise's range (which the plan already timed at its top), load, or the ladder step. A step
 * with a longer range or tempo could make the session longer than the person's minutes, so the sets are trimmed,
 * one at a time from the longest slot and never below the content's minimum, then if need be the reps per set,
 * never below the exercise's range, until the session fits. The time of each slot comes from the prescription
 * engine, the one rule the planner also uses.
 */
public final class SessionFit {

    private final PrescriptionEngine prescription;
    private final int minSets;

    public SessionFit(PrescriptionEngine prescription, int minSets) {
        this.prescription = Objects.requireNonNull(prescription, "prescription");
        this.minSets = minSets;
    }

    /**
     * Per slot, the sets (before a side's extra sets) and the most reps or seconds per set that keep the session
     * within its minutes; {@code top} is {@link Integer#MAX_VALUE} where the exercise's own range fits.
     */
    public record Fit(int[] sets, int[] top) {
    }

    /**
     * Fits a session into {@code minutes}: first fewer sets, one at a time from the longest slot and never below the
     * content's minimum; then, if that is not enough, fewer reps (or seconds) per set for the longest slot, never
     * below the bottom of its exercise's range.
     *
     * @param slots      the session's planned exercises, in order
     * @param currentIds per slot, the exercise it is at now on each side (a ladder step away from the planned one,
     *                   or the same); the one that takes longer is timed
     * @param minutes    the session's budget: the planned session's minutes, which the planner fitted to the
     *                   person's minutes per session
     */
    public Fit fit(List<PlannedExercise> slots, List<List<String>> currentIds, int minutes) {
        List<PlannedExercise> now = timed(slots, currentIds);
        int n = now.size();
        int[] sets = new int[n];
        int[] top = new int[n];
        for (int i = 0; i < n; i++) {
            sets[i] = slots.get(i).sets();
            top[i] = Integer.MAX_VALUE;
        }
        while (prescription.estimatedMinutes(now) > minutes) {
            int i = longest(now, k -> sets[k] > minSets);
            if (i < 0) {
                break;
            }
            sets[i]--;
            now.set(i, prescription.reestimated(withSets(now.get(i), sets[i])));
        }
        while (prescription.estimatedMinutes(now) > minutes) {
            int i = longest(now, k -> perSet(now.get(k)) > bottom(now.get(k)));
            if (i < 0) {
                break;
            }
            PlannedExercise p = now.get(i);
            top[i] = Math.max(bottom(p), perSet(p) - (p.holdSecondsMax() > 0 ? 5 : 1));
            now.set(i, prescription.reestimated(withTop(p, top[i])));
        }
        return new Fit(sets, top);
    }

    /**
     * One side's dose in the fitted session: the slot's fitted sets plus the side's extra sets, and at most the
     * fitted reps (or seconds) per set.
     */
    public static ExercisePrescription dose(Fit fit, int slot, ExercisePrescription p, int extraSets) {
        ExercisePrescription out = p.withSets(fit.sets()[slot] + extraSets);
        return fit.top()[slot] < out.target() ? out.withTarget(Math.max(out.rangeMin(), fit.top()[slot])) : out;
    }

    /**
     * Whether the session fits its minutes once fitted (fewest sets and reps allowed) with the slots at these steps,
     * and still fits if any slot is later moved down its ladder: a step down after pain or a caving knee is never
     * refused for time, and an easier step can take longer (a hold instead of a few reps), so a step up is only
     * taken while every easier step of every slot would still fit. Each slot is timed at the longest of its
     * current step and the steps below it.
     */
    public boolean fits(List<PlannedExercise> slots, List<List<String>> currentIds, int minutes) {
        List<List<String>> worst = new ArrayList<>();
        for (List<String> ids : currentIds) {
            List<String> steps = new ArrayList<>();
            for (String id : ids) {
                for (String step : prescription.thisAndEasierSteps(id)) {
                    if (!steps.contains(step)) {
                        steps.add(step);
                    }
                }
            }
            worst.add(steps);
        }
        return minutes(slots, worst, fit(slots, worst, minutes)) <= minutes;
    }

    /**
     * A step up the ladder that would not fit the session's minutes even with the fewest sets and reps: the
     * exercise stays at the top of its range instead, and the sentence says why.
     */
    public static Decision heldForTime(Decision up, String exerciseName, String nextStepName, int minutes) {
        ExercisePrescription stay = up.before().withTarget(up.before().rangeMax());
        return new Decision(Decision.Kind.HOLD, up.before(), stay, stay, up.targetRpe(), exerciseName + ": stay at "
                + Text.dose(stay) + ", because the next step, " + nextStepName + ", would not fit your " + minutes
                + "-minute session.");
    }

    /**
     * A ladder step onto an exercise that another slot of the same session is already at on the same side (two
     * slots of one ladder, such as an entry step and a higher step, meeting) would list that exercise twice in one
     * session: the step is not taken. A step up stays at the top of its range; a step down after pain or a caving
     * knee keeps the exercise at the bottom of its range instead, so it still gets easier.
     */
    public static Decision keptApart(Decision move, String exerciseName, String stepName) {
        if (move.kind() == Decision.Kind.MOVE_UP_LADDER) {
            ExercisePrescription stay = move.before().withTarget(move.before().rangeMax());
            return new Decision(Decision.Kind.HOLD, move.before(), stay, stay.withSets(move.session().sets()),
                    move.targetRpe(), exerciseName
                    + ": stay at " + Text.dose(stay) + ", because the next step, " + stepName
                    + ", is already in this session.");
        }
        ExercisePrescription easier = move.before().withTarget(move.before().rangeMin());
        return new Decision(Decision.Kind.REGRESS_REPS, move.before(), easier,
                easier.withSets(move.session().sets()), move.targetRpe(),
                exerciseName + ": " + Text.dose(move.before()) + " → " + Text.dose(easier) + ", because the easier step, "
                        + stepName + ", is already in this session, so this one is done with fewer "
                        + (move.before().timed() ? "seconds" : "reps") + ".");
    }

    /** The sets per slot only; see {@link #fit}. */
    public int[] sets(List<PlannedExercise> slots, List<List<String>> currentIds, int minutes) {
        return fit(slots, currentIds, minutes).sets();
    }

    /** Minutes of a session with these slots at these exercises, as fitted, as the planner counts them. */
    public int minutes(List<PlannedExercise> slots, List<List<String>> currentIds, Fit fit) {
        List<PlannedExercise> now = timed(slots, currentIds);
        for (int i = 0; i < now.size(); i++) {
            PlannedExercise p = withSets(now.get(i), fit.sets()[i]);
            now.set(i, prescription.reestimated(fit.top()[i] < perSet(p) ? withTop(p, fit.top()[i]) : p));
        }
        return prescription.estimatedMinutes(now);
    }

    private static int longest(List<PlannedExercise> now, java.util.function.IntPredicate allowed) {
        int most = -1;
        for (int i = 0; i < now.size(); i++) {
            if (allowed.test(i) && (most < 0 || now.get(i).estimatedSeconds() > now.get(most).estimatedSeconds())) {
                most = i;
            }
        }
        return most;
    }

    private static int perSet(PlannedExercise p) {
        return p.holdSecondsMax() > 0 ? p.holdSecondsMax() : p.repsMax();
    }

    private static int bottom(PlannedExercise p) {
        return p.holdSecondsMax() > 0 ? p.holdSecondsMin() : p.repsMin();
    }

    private static PlannedExercise withTop(PlannedExercise p, int top) {
        boolean timed = p.holdSecondsMax() > 0;
        return new PlannedExercise(p.exerciseId(), p.pillar(), p.sets(), p.repsMin(), timed ? p.repsMax() : top,
                p.holdSecondsMin(), timed ? top : p.holdSecondsMax(), p.tempo(), p.restSeconds(), p.extraSetsOn(),
                p.extraSets(), p.loadGuidance(), p.estimatedSeconds(), p.rationale());
    }

    /** Each slot at its current exercise (the longer one where the sides differ), timed at the slot's sets. */
    private List<PlannedExercise> timed(List<PlannedExercise> slots, List<List<String>> currentIds) {
        if (slots.size() != currentIds.size()) {
            throw new IllegalArgumentException("the current exercises of every slot are needed");
        }
        List<PlannedExercise> now = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            PlannedExercise slot = slots.get(i);
            PlannedExercise longest = null;
            for (String id : currentIds.get(i)) {
                PlannedExercise at = prescription.reestimated(slot.exerciseId().equals(id) ? slot
                        : withSets(prescription.swapped(slot, id), slot.sets()));
                if (longest == null || at.estimatedSeconds() > longest.estimatedSeconds()) {
                    longest = at;
                }
            }
            now.add(longest == null ? prescription.reestimated(slot) : longest);
        }
        return now;
    }


    private static PlannedExercise withSets(PlannedExercise p, int sets) {
        return new PlannedExercise(p.exerciseId(), p.pillar(), sets, p.repsMin(), p.repsMax(), p.holdSecondsMin(),
                p.holdSecondsMax(), p.tempo(), p.restSeconds(), p.extraSetsOn(), p.extraSets(), p.loadGuidance(),
                p.estimatedSeconds(), p.rationale());
    }
}
