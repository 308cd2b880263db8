package com.kneeline.tracking;

import java.time.LocalDate;
import java.util.List;

import com.kneeline.tracking.engine.ExercisePrescription;

/**
 * The session to do today, or the next one: the programme's session for that day of the week, with each
 * exercise at its current prescription (one item per side for unilateral work).
 *
 * @param today    planned for today (otherwise for {@code date}, and it may be done early today)
 * @param paused      an open red flag stops exercise until a professional has cleared the person; sessions can
 *                    still be logged
 * @param pausedUntil while any referral flag is open nothing gets harder: what lifts the pause, in words; null when
 *                    nothing is open
 * @param deload      the session falls in a deload week: fewer sets and a lower effort than the current doses
 */
public record PlannedSession(long programmeId, int number, LocalDate date, boolean today, List<String> warmUp,
                             List<Item> items, boolean paused, String pausedUntil, boolean deload) {

    public PlannedSession {
        warmUp = List.copyOf(warmUp);
        items = List.copyOf(items);
    }

    /**
     * One exercise (and side) of the session.
     *
     * @param slotId       the programme's planned exercise this item stands for
     * @param prescription the current dose (its exercise may be a ladder step away from the slot's)
     * @param sets         sets for this session (fewer than the prescription's in a deload week)
     * @param targetRpe    the top of the effort to aim for
     * @param loadGuidance how to choose a weight, or null when the exercise is not loaded (or may not be)
     * @param why          why the dose changed after the latest session, or null when it did not
     */
    public record Item(String slotId, ExercisePrescription prescription, int sets, double targetRpe,
                       String loadGuidance, String why) {
    }
}
