package com.kneeline.content.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Refer when measures get worse by more than their real-change threshold despite good adherence. */
public record Worsening(
        @Min(1) @Max(10) int reassessments,
        @Min(0) @Max(100) int minAdherencePercent,
        @NotNull String professional,
        @NotNull String advice,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public Worsening {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
