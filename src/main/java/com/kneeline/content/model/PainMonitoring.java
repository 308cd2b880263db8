package com.kneeline.content.model;

import java.util.List;

/** Pain-monitoring model: how much pain during exercise is acceptable and what happens when it is exceeded. */
public record PainMonitoring(
        String summary,
        @Range(min = 0, max = 10) int acceptableDuringMax,
        @Range(min = 0, max = 10) int safeMax,
        boolean mustSettleByNextMorning,
        String whenExceeded,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public PainMonitoring {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
        if (safeMax > acceptableDuringMax) {
            throw new IllegalArgumentException("'safe-max' must not be more than 'acceptable-during-max'");
        }
    }
}
