package com.kneeline.prescription.engine;

import java.util.List;

import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.Pillar;

/**
 * One exercise in a session, with its dose for this person.
 *
 * @param repsMin        0 for holds
 * @param holdSecondsMin 0 for rep-based exercises
 * @param extraSetsOn    for unilateral exercises, the side that gets {@code extraSets} more sets; null otherwise
 * @param loadGuidance   how to choose and progress load, or null when the exercise is not loaded (or not allowed to be)
 * @param rationale      at least one entry: the findings it addresses for this person
 */
public record PlannedExercise(String exerciseId, Pillar pillar, int sets, int repsMin, int repsMax,
                              int holdSecondsMin, int holdSecondsMax, String tempo, int restSeconds,
                              Side extraSetsOn, int extraSets, String loadGuidance, int estimatedSeconds,
                              List<Rationale> rationale) {

    public PlannedExercise {
        rationale = List.copyOf(rationale);
    }
}
