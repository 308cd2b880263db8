package com.kneeline.tracking.engine;

import java.util.List;
import java.util.Objects;

import com.kneeline.assessment.engine.Side;

/**
 * One exercise of a session as done.
 *
 * @param side       the leg for unilateral work (each side is logged separately), or null
 * @param sets       the sets done, in order; empty when skipped
 * @param skipped    the person skipped it
 * @param skipReason the person's reason, or null
 */
public record ExerciseLog(String exerciseId, Side side, List<SetLog> sets, boolean skipped, String skipReason) {
    public ExerciseLog {
        Objects.requireNonNull(exerciseId, "exerciseId");
        sets = List.copyOf(sets);
    }

    public static ExerciseLog done(String exerciseId, Side side, List<SetLog> sets) {
        return new ExerciseLog(exerciseId, side, sets, false, null);
    }

    public static ExerciseLog skipped(String exerciseId, Side side, String reason) {
        return new ExerciseLog(exerciseId, side, List.of(), true, reason);
    }

    /** Highest pain of any set, 0 when no set was done. */
    public int maxPain() {
        return sets.stream().mapToInt(SetLog::pain).max().orElse(0);
    }

    public boolean anyTracking(KneeTracking tracking) {
        return sets.stream().anyMatch(s -> s.tracking() == tracking);
    }

    public boolean wasDone() {
        return !skipped && !sets.isEmpty();
    }
}
