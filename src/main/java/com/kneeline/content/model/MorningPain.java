package com.kneeline.content.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Refer when pain has not settled by the next morning N times within D days. */
public record MorningPain(
        @Min(1) @Max(30) int times,
        @Min(1) @Max(90) int withinDays,
        @NotNull String professional,
        @NotNull String advice,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public MorningPain {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
