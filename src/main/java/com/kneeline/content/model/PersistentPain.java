package com.kneeline.content.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Refer when pain during exercise is above the limit in N sessions within D days, or rises N sessions in a row. */
public record PersistentPain(
        @Min(0) @Max(10) int painAbove,
        @Min(1) @Max(30) int sessions,
        @Min(1) @Max(90) int withinDays,
        @Min(2) @Max(30) int risingSessions,
        @NotNull String professional,
        @NotNull String advice,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public PersistentPain {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
