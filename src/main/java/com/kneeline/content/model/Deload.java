package com.kneeline.content.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Planned lighter week: how often, how long, and how much volume and effort drop. */
public record Deload(
        @NotNull String summary,
        @NotNull @DecimalMin("1") @DecimalMax("16") IntRange everyWeeks,
        @Min(1) @Max(16) int defaultEveryWeeks,
        @Min(1) @Max(14) int lengthDays,
        @Min(0) @Max(90) int volumeCutPercent,
        @Min(0) @Max(5) int rpeCut,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public Deload {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
        if (defaultEveryWeeks < everyWeeks.min() || defaultEveryWeeks > everyWeeks.max()) {
            throw new IllegalArgumentException("'default-every-weeks' must lie within 'every-weeks'");
        }
    }
}
