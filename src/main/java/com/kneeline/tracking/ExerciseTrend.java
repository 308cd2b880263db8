package com.kneeline.tracking;

import java.time.LocalDate;
import java.util.List;

import com.kneeline.assessment.engine.Side;

/**
 * One exercise (and side) over time, for the volume and load chart.
 *
 * @param timed  volume is seconds held rather than reps
 * @param loaded at least one set was done with an external load
 */
public record ExerciseTrend(String exerciseId, String name, Side side, boolean timed, boolean loaded,
                            List<Point> points) {

    public ExerciseTrend {
        points = List.copyOf(points);
    }

    /** What was done in one session: total reps (or seconds) over all sets and the heaviest load (null: none). */
    public record Point(LocalDate date, int sets, int volume, Double topLoadKg) {
    }

    /** "Split squat (left)". */
    public String label() {
        return side == null ? name : name + " (" + side.label().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
