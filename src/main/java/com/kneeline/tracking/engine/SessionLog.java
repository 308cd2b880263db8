package com.kneeline.tracking.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.kneeline.assessment.engine.Side;

/** One training session as done, on one date. */
public record SessionLog(LocalDate date, List<ExerciseLog> exercises) {
    public SessionLog {
        Objects.requireNonNull(date, "date");
        exercises = List.copyOf(exercises);
    }

    /** The log of one exercise (and side), if it was part of the session. */
    public Optional<ExerciseLog> exercise(String exerciseId, Side side) {
        return exercises.stream().filter(e -> e.exerciseId().equals(exerciseId) && e.side() == side).findFirst();
    }

    /** At least one exercise was done (not skipped): the session counts for adherence. */
    public boolean wasDone() {
        return exercises.stream().anyMatch(ExerciseLog::wasDone);
    }

    /** Highest pain during any set of the session, 0 when nothing was done. */
    public int maxPain() {
        return exercises.stream().mapToInt(ExerciseLog::maxPain).max().orElse(0);
    }

    public boolean anyCaved() {
        return exercises.stream().anyMatch(e -> e.anyTracking(KneeTracking.CAVED));
    }
}
