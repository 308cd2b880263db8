package com.kneeline.content.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Static stretching dosage (ACSM). */
public record StretchDosage(
        @NotNull @DecimalMin("1") @DecimalMax("180") IntRange holdSeconds,
        @NotNull @DecimalMin("1") @DecimalMax("180") IntRange olderAdultHoldSeconds,
        @NotNull @DecimalMin("1") @DecimalMax("10") IntRange reps,
        @Min(10) @Max(600) int totalSecondsPerMuscle,
        @Min(1) @Max(7) int minDaysPerWeek,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public StretchDosage {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
