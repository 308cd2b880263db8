package com.kneeline.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.kneeline.tracking.engine.ExerciseLog;
import com.kneeline.tracking.engine.KneeTracking;
import com.kneeline.tracking.engine.SetLog;

/** A row of the session history. */
public record SessionSummary(long id, LocalDate date, int number, int exercisesDone, int exercisesPlanned,
                             int maxPain, String tracking, Instant editedAt, boolean editable) {

    static SessionSummary of(TrainingSession s, Instant now) {
        List<ExerciseLog> logs = s.getExercises();
        int done = (int) logs.stream().filter(ExerciseLog::wasDone).count();
        int maxPain = logs.stream().mapToInt(ExerciseLog::maxPain).max().orElse(0);
        return new SessionSummary(s.getId(), s.getSessionDate(), s.getSessionNumber(), done, logs.size(), maxPain,
                trackingSummary(logs), s.getEditedAt(), s.editableAt(now));
    }

    /** "Good", or how many sets caved in or were unsure. */
    static String trackingSummary(List<ExerciseLog> logs) {
        List<SetLog> sets = logs.stream().flatMap(l -> l.sets().stream()).toList();
        if (sets.isEmpty()) {
            return "–";
        }
        long caved = sets.stream().filter(s -> s.tracking() == KneeTracking.CAVED).count();
        long unsure = sets.stream().filter(s -> s.tracking() == KneeTracking.NOT_SURE).count();
        if (caved == 0 && unsure == 0) {
            return "Good";
        }
        List<String> parts = new ArrayList<>();
        if (caved > 0) {
            parts.add("caved in " + caved + (caved == 1 ? " set" : " sets"));
        }
        if (unsure > 0) {
            parts.add("not sure in " + unsure + (unsure == 1 ? " set" : " sets"));
        }
        String text = String.join(", ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
