package com.kneeline.tracking;

import java.util.List;

/**
 * The session's plan changed after the Today page showed it (a trainer saved a new week or changed an exercise, or
 * another tab swapped one): nothing was logged. Names the exercises that changed, and carries the plan as it is now,
 * so the page can keep what the person typed and save against the new plan when they confirm.
 */
public class PlanChangedException extends RuntimeException {

    private final transient PlannedSession now;
    private final transient List<String> changedExerciseIds;

    PlanChangedException(PlannedSession now, List<String> changedExerciseIds) {
        super("The plan of session " + now.number() + " changed since it was shown");
        this.now = now;
        this.changedExerciseIds = List.copyOf(changedExerciseIds);
    }

    public PlannedSession now() {
        return now;
    }

    /** Exercise ids that were added, removed, swapped or re-dosed, as shown before and as planned now. */
    public List<String> changedExerciseIds() {
        return changedExerciseIds;
    }
}
