package com.kneeline.tracking.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.kneeline.assessment.engine.Side;

/**
 * Everything {@link ProgressionEngine#decide} needs after a session.
 *
 * @param today             the date the decision is made (never the system clock)
 * @param programmeStart    the programme's first day; deload weeks are counted from it
 * @param deloadEveryWeeks  a trainer's deload cadence within the content's {@code every-weeks}, or null for the
 *                          content's default
 * @param current           the current prescriptions (one per exercise and side)
 * @param session           the session just done
 * @param checkIns          morning check-ins; the first one dated after the session is its "next morning"
 * @param formCheckCaving   the sides on which the latest form check (single-leg squat) saw the knee cave in
 * @param exercisePaused    a red flag at a stopping level is open (see {@link ReferralFlags}): no exercise
 * @param openFlags         the kinds of referral flag open (not yet acknowledged): nothing gets harder meanwhile
 * @param history           earlier sessions (any order; those dated before {@code session} count), for the caving
 *                          sessions in a row
 * @param heldExercises     exercise id to why another feature holds it back (the outcomes' cutting gate): the
 *                          ladder never moves up to it meanwhile
 */
public record ProgressionInput(LocalDate today, LocalDate programmeStart, Integer deloadEveryWeeks,
                               List<ExercisePrescription> current, SessionLog session, List<MorningCheckIn> checkIns,
                               Set<Side> formCheckCaving, boolean exercisePaused, Set<Flag.Kind> openFlags,
                               List<SessionLog> history, Map<String, String> heldExercises) {
    public ProgressionInput {
        heldExercises = Map.copyOf(heldExercises);
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(programmeStart, "programmeStart");
        Objects.requireNonNull(session, "session");
        current = List.copyOf(current);
        checkIns = List.copyOf(checkIns);
        formCheckCaving = Set.copyOf(formCheckCaving);
        openFlags = Set.copyOf(openFlags);
        history = List.copyOf(history);
    }

    /** Nothing held back. */
    public ProgressionInput(LocalDate today, LocalDate programmeStart, Integer deloadEveryWeeks,
                            List<ExercisePrescription> current, SessionLog session, List<MorningCheckIn> checkIns,
                            Set<Side> formCheckCaving, boolean exercisePaused, Set<Flag.Kind> openFlags,
                            List<SessionLog> history) {
        this(today, programmeStart, deloadEveryWeeks, current, session, checkIns, formCheckCaving, exercisePaused,
                openFlags, history, Map.of());
    }

    /** Without open flags of other kinds and without earlier sessions. */
    public ProgressionInput(LocalDate today, LocalDate programmeStart, Integer deloadEveryWeeks,
                            List<ExercisePrescription> current, SessionLog session, List<MorningCheckIn> checkIns,
                            Set<Side> formCheckCaving, boolean exercisePaused) {
        this(today, programmeStart, deloadEveryWeeks, current, session, checkIns, formCheckCaving, exercisePaused,
                Set.of(), List.of(), Map.of());
    }
}
