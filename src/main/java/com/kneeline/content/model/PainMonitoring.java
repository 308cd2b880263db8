package com.kneeline.content.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Pain-monitoring model: how much pain during exercise is acceptable and what happens when it is exceeded. */
public record PainMonitoring(
        @NotNull String summary,
        @Min(0) @Max(10) int acceptableDuringMax,
        @Min(0) @Max(10) int safeMax,
        boolean mustSettleByNextMorning,
        @NotNull String whenExceeded,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public PainMonitoring {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
        if (safeMax > acceptableDuringMax) {
            throw new IllegalArgumentException("'safe-max' must not be more than 'acceptable-during-max'");
        }
    }
}
