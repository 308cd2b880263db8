package com.kneeline.tracking.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.kneeline.assessment.engine.Side;

/**
 * Everything {@link PhaseAdvance#evaluate} reads.
 *
 * @param phaseId         the current phase (content phase id)
 * @param phaseStart      the day the person entered it
 * @param plannedDates    planned session dates since the phase began, for adherence
 * @param formCheckCaving the sides on which the latest form check saw the knee cave in
 */
public record PhaseInput(LocalDate today, String phaseId, LocalDate phaseStart, List<SessionLog> sessions,
                         List<MorningCheckIn> checkIns, List<LocalDate> plannedDates, Set<Side> formCheckCaving) {
    public PhaseInput {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(phaseId, "phaseId");
        Objects.requireNonNull(phaseStart, "phaseStart");
        sessions = List.copyOf(sessions);
        checkIns = List.copyOf(checkIns);
        plannedDates = List.copyOf(plannedDates);
        formCheckCaving = Set.copyOf(formCheckCaving);
    }
}
