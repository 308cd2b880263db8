package com.kneeline.tracking.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.kneeline.assessment.engine.Side;
import com.kneeline.content.load.ContentPackLoader;
import com.kneeline.content.load.PackSource;
import com.kneeline.content.model.ContentCatalogue;

/** The bundled pack, the tracking engines over it, and small builders for logs and prescriptions. */
final class Tk {

    static final ContentCatalogue CATALOGUE = new ContentPackLoader()
            .load(PackSource.classpath(Tk.class.getClassLoader(), "kneeline-content"));
    static final ProgressionEngine ENGINE = new ProgressionEngine(CATALOGUE);
    /** A Monday, the first day of the programme in most tests. */
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private Tk() {
    }

    /** Reps-based prescription at its exercise's dosage range. */
    static ExercisePrescription rx(String exerciseId, Side side, int sets, int target, Double loadKg) {
        var d = CATALOGUE.exercise(exerciseId).orElseThrow().dosage();
        boolean timed = d.isTimed();
        var range = timed ? d.holdSeconds() : d.reps();
        return new ExercisePrescription(exerciseId, side, sets, range.min(), range.max(), target, loadKg, timed);
    }

    static SetLog set(int done, Double load, Double rpe, int pain, KneeTracking tracking) {
        return new SetLog(done, load, rpe, pain, tracking);
    }

    /** n identical sets. */
    static List<SetLog> sets(int n, int done, Double load, double rpe, int pain, KneeTracking tracking) {
        List<SetLog> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new SetLog(done, load, rpe, pain, tracking));
        }
        return out;
    }

    /** The prescribed sets all done exactly as prescribed, at this effort and pain, with this tracking. */
    static ExerciseLog asPrescribed(ExercisePrescription p, double rpe, int pain, KneeTracking tracking) {
        return ExerciseLog.done(p.exerciseId(), p.side(), sets(p.sets(), p.target(), p.loadKg(), rpe, pain, tracking));
    }

    /** Decides one exercise after a session on {@code day} with a settled check-in the next morning. */
    static Decision decide(ExercisePrescription p, ExerciseLog log, LocalDate day, MorningCheckIn checkIn,
            Set<Side> formCaving) {
        return ENGINE.decide(new ProgressionInput(day.plusDays(1), START, null, List.of(p),
                new SessionLog(day, List.of(log)), checkIn == null ? List.of() : List.of(checkIn), formCaving, false))
                .decisions().get(0);
    }

    static Decision decide(ExercisePrescription p, ExerciseLog log) {
        LocalDate day = START.plusDays(2);
        return decide(p, log, day, MorningCheckIn.settled(day.plusDays(1)), Set.of());
    }
}
