package com.kneeline.tracking;

import java.time.LocalDate;
import java.util.Optional;

import com.kneeline.tracking.engine.StalledOutcomes;

/**
 * The no-progress referral's one rule, judged on the main outcomes (the questionnaires, the single-leg squat, the
 * FPPA when measured) by the feature that owns them. Tracking asks it when it evaluates the referral flags without
 * knowing that feature, so the feature graph keeps pointing one way (as {@link PhaseEntryCheck} does).
 */
public interface NoProgressCheck {

    /**
     * The verdict for the person at {@code today}, counting weeks from {@code programmeStart}; empty while there is
     * nothing to refer for (too early, nothing compared yet, or a main outcome really improved).
     */
    Optional<StalledOutcomes> stalled(long personId, LocalDate programmeStart, LocalDate today);
}
