package com.kneeline.prescription.engine;

import java.util.List;

/**
 * One session of the weekly schedule.
 *
 * @param dayOfWeek 1 = Monday ... 7 = Sunday, spread over the week
 * @param warmUp    short warm-up steps, from the content pack
 */
public record SessionPlan(int number, int dayOfWeek, List<String> warmUp, List<PlannedExercise> exercises,
                          int estimatedMinutes) {

    public SessionPlan {
        warmUp = List.copyOf(warmUp);
        exercises = List.copyOf(exercises);
    }
}
