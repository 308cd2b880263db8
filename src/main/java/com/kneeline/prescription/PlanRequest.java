package com.kneeline.prescription;

import java.util.List;

/**
 * A programme to generate for a client with a trainer's parameters (for example from a template): the week and
 * phase (null: the client's own answers and the content's rules) and what to do with particular exercises.
 */
public record PlanRequest(Integer sessionsPerWeek, Integer minutesPerSession, String phaseId,
                          List<ExerciseRule> exercises) {

    public PlanRequest {
        exercises = List.copyOf(exercises);
    }

    /**
     * When {@code exerciseId} is prescribed: use {@code replacementId} instead (null: keep it) and this dose.
     */
    public record ExerciseRule(String exerciseId, String replacementId, Dose dose) {
        public ExerciseRule {
            dose = dose == null ? Dose.NONE : dose;
        }
    }

    /** The programme made, and each part of the request that was not applied, with the reason. */
    public record Outcome(ProgrammeDetails programme, List<String> skipped) {
        public Outcome {
            skipped = List.copyOf(skipped);
        }
    }
}
