package com.kneeline.tracking.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.kneeline.assessment.engine.Side;
import com.kneeline.prescription.engine.PlannedExercise;

/**
 * The current dose of one exercise (on one side for unilateral work), as the tracker progresses it.
 *
 * @param rangeMin bottom of the rep range, or of the hold range in seconds for timed work
 * @param rangeMax top of that range
 * @param target   reps (or seconds) per set the person aims for now, within the range
 * @param loadKg   external load, or null for body weight
 * @param timed    a hold in seconds rather than reps
 */
public record ExercisePrescription(String exerciseId, Side side, int sets, int rangeMin, int rangeMax, int target,
                                   Double loadKg, boolean timed) {
    public ExercisePrescription {
        Objects.requireNonNull(exerciseId, "exerciseId");
        if (sets < 1 || rangeMin < 1 || rangeMin > rangeMax || target < rangeMin || target > rangeMax) {
            throw new IllegalArgumentException("invalid dose for " + exerciseId + ": " + sets + " sets, range "
                    + rangeMin + "-" + rangeMax + ", target " + target);
        }
    }

    /**
     * The tracker's starting doses for one planned exercise of a programme: at the bottom of its range, without
     * load; unilateral work gets one prescription per side (the side with extra sets gets them).
     */
    public static List<ExercisePrescription> fromPlan(PlannedExercise planned, boolean unilateral) {
        boolean timed = planned.holdSecondsMax() > 0;
        int min = timed ? planned.holdSecondsMin() : planned.repsMin();
        int max = timed ? planned.holdSecondsMax() : planned.repsMax();
        if (!unilateral) {
            return List.of(new ExercisePrescription(planned.exerciseId(), null, planned.sets(), min, max, min, null,
                    timed));
        }
        List<ExercisePrescription> out = new ArrayList<>();
        for (Side side : Side.values()) {
            int sets = planned.sets() + (side == planned.extraSetsOn() ? planned.extraSets() : 0);
            out.add(new ExercisePrescription(planned.exerciseId(), side, sets, min, max, min, null, timed));
        }
        return List.copyOf(out);
    }

    public boolean loaded() {
        return loadKg != null && loadKg > 0;
    }

    ExercisePrescription withTarget(int newTarget) {
        return new ExercisePrescription(exerciseId, side, sets, rangeMin, rangeMax, newTarget, loadKg, timed);
    }

    ExercisePrescription withLoad(Double newLoad, int newTarget) {
        return new ExercisePrescription(exerciseId, side, sets, rangeMin, rangeMax, newTarget, newLoad, timed);
    }

    /** The same dose with another number of sets (a session's own sets, or a deload week's). */
    public ExercisePrescription withSets(int newSets) {
        return new ExercisePrescription(exerciseId, side, newSets, rangeMin, rangeMax, target, loadKg, timed);
    }
}
