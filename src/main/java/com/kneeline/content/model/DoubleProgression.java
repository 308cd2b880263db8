package com.kneeline.content.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Double progression: climb the exercise's rep range first, then add load and drop back to the bottom of the range.
 * {@code repStep} reps (or {@code holdStepSeconds} for holds) are added per step; a new load is rounded to
 * {@code loadRoundingKg} (the smallest plate or dumbbell step a person can make at home).
 */
public record DoubleProgression(
        @NotNull String summary,
        @NotNull @DecimalMin("1") @DecimalMax("30") IntRange beginnerRepMax,
        @NotNull @DecimalMin("1") @DecimalMax("7") IntRange daysPerWeek,
        @NotNull @DecimalMin("0") @DecimalMax("5") IntRange extraRepsBeforeLoad,
        @NotNull @DecimalMin("0.5") @DecimalMax("25") NumberRange loadStepPercent,
        @DecimalMin("0.1") @DecimalMax("5") double loadRoundingKg,
        @Min(1) @Max(5) int repStep,
        @Min(1) @Max(60) int holdStepSeconds,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public DoubleProgression {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
