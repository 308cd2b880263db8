package com.kneeline.tracking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a person stands with their next check-in (a repeat of the assessment).
 *
 * @param lastAssessed  the day the last completed assessment finished
 * @param dueDate       {@code lastAssessed} plus the interval
 * @param overdueFrom   the first day the check-in counts as overdue (the due date plus the content's due window)
 * @param requestedAt   when a trainer asked for a check-in that has not been done yet, else null
 */
public record ReassessmentStatus(State state, LocalDate lastAssessed, LocalDate dueDate, LocalDate overdueFrom,
                                 int intervalWeeks, Instant requestedAt, IntervalSetBy intervalSetBy) {

    /** Who chose the interval when it is not the content's default; a trainer's choice is shown as theirs. */
    public record IntervalSetBy(String name, boolean trainer, Instant at) {
    }

    public enum State {
        /** Not due yet. */
        UPCOMING,
        /** Due now: from the due date, for the content's due window. */
        DUE,
        /** Past the due window. */
        OVERDUE,
        /** A trainer asked for a check-in and none has been completed since. */
        REQUESTED
    }
}
