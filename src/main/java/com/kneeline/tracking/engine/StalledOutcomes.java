package com.kneeline.tracking.engine;

import java.util.List;

/**
 * The no-progress verdict on the main outcomes, judged by the feature that owns them (outcomes, through
 * {@link com.kneeline.tracking.NoProgressCheck}); {@link ReferralFlags} turns it into the referral flag.
 *
 * @param weeks         whole weeks since the programme started
 * @param reassessments check-ins compared with the baseline
 * @param outcomes      the outcomes compared, none of which really improved ("Anterior Knee Pain Scale",
 *                      "Single-leg squat (left)")
 */
public record StalledOutcomes(long weeks, int reassessments, List<String> outcomes) {
    public StalledOutcomes {
        outcomes = List.copyOf(outcomes);
    }
}
