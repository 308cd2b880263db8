package com.kneeline.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.kneeline.tracking.engine.ExerciseLog;

/** One logged session as it was saved, with what the engine decided after it. */
public record SessionDetails(long id, LocalDate date, int number, Instant loggedAt, Instant editedAt,
                             boolean editable, List<PlannedSession.Item> prescribed, List<ExerciseLog> exercises,
                             List<String> decisions) {

    public SessionDetails {
        prescribed = List.copyOf(prescribed);
        exercises = List.copyOf(exercises);
        decisions = List.copyOf(decisions);
    }

    static SessionDetails of(TrainingSession s, Instant now) {
        return new SessionDetails(s.getId(), s.getSessionDate(), s.getSessionNumber(), s.getLoggedAt(),
                s.getEditedAt(), s.editableAt(now), s.getPrescribed(), s.getExercises(), s.getDecisions());
    }
}
