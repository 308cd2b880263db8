package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;

import java.util.List;

/** Everything the progression engine needs; rep ranges come from each exercise's dosage. */
public record ProgressionRules(
        @NotNull DoubleProgression doubleProgression,
        @NotNull Effort effort,
        @NotNull PainMonitoring painMonitoring,
        @NotNull FormGate formGate,
        @NotNull Deload deload,
        @NotNull StretchDosage stretching,
        @NotNull AdherenceRules adherence,
        List<Phase> phases) {

    public ProgressionRules {
        phases = List.copyOf(phases);
    }
}
