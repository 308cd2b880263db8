package com.kneeline.tracking.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.kneeline.assessment.engine.Answers;

/**
 * Everything {@link ReferralFlags#evaluate} reads.
 *
 * @param today            the date of the evaluation (never the system clock)
 * @param programmeStart   the programme's first day
 * @param sessions         session logs (any order)
 * @param checkIns         morning check-ins (any order)
 * @param raisedSafetyFlags ids of safety-screen flags answered yes since the programme started (acute injury etc.)
 * @param plannedDates     the planned session dates since the programme started, for adherence
 * @param assessments      the baseline assessment first, then each reassessment in order
 * @param stalled          the main outcomes' no-progress verdict ({@link StalledOutcomes}), or null when there is
 *                         nothing to refer for
 */
public record ReferralInput(LocalDate today, LocalDate programmeStart, List<SessionLog> sessions,
                            List<MorningCheckIn> checkIns, List<String> raisedSafetyFlags,
                            List<LocalDate> plannedDates, List<Answers> assessments, StalledOutcomes stalled) {
    public ReferralInput {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(programmeStart, "programmeStart");
        sessions = List.copyOf(sessions);
        checkIns = List.copyOf(checkIns);
        raisedSafetyFlags = List.copyOf(raisedSafetyFlags);
        plannedDates = List.copyOf(plannedDates);
        assessments = List.copyOf(assessments);
    }

    /** Without a no-progress verdict. */
    public ReferralInput(LocalDate today, LocalDate programmeStart, List<SessionLog> sessions,
                         List<MorningCheckIn> checkIns, List<String> raisedSafetyFlags, List<LocalDate> plannedDates,
                         List<Answers> assessments) {
        this(today, programmeStart, sessions, checkIns, raisedSafetyFlags, plannedDates, assessments, null);
    }
}
