package com.kneeline.assessment;

import java.time.Instant;
import java.util.List;

import com.kneeline.content.model.SafetyFlag;

/**
 * The person's programme is on hold since their latest assessment stopped at the safety screen.
 *
 * @param assessmentId      the stopped assessment, whose page says whom to see and how soon
 * @param since             when it stopped
 * @param flags             the reasons, most urgent first
 * @param awaitingClearance it stopped again because no professional's clearance was recorded after an earlier stop
 */
public record SafetyHold(long assessmentId, Instant since, List<SafetyFlag> flags, boolean awaitingClearance) {

    public SafetyHold {
        flags = List.copyOf(flags);
    }
}
