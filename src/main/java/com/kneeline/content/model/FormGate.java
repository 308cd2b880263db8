package com.kneeline.content.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Do not load a movement while the knee still caves in; form-gated ladders hold at their max-level-while-caving.
 * On an unloaded movement, {@code cavingSessionsToHold} sessions in a row with the knee caving hold the dose with the
 * exercise's cue, and {@code cavingSessionsToStepDown} in a row step it down its ladder (or, at the easiest step, to
 * the supported way of doing it that {@code supportedVariant} describes).
 */
public record FormGate(
        @NotNull String rule,
        @NotNull String whenCaving,
        @Min(1) @Max(10) int cavingSessionsToHold,
        @Min(1) @Max(10) int cavingSessionsToStepDown,
        @NotNull String supportedVariant,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public FormGate {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
