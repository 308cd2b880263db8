package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Which safety-flag levels stop the programme until a professional has cleared the person, and which input holds the
 * year of birth that age conditions read.
 */
public record RedFlagPolicy(
        @NotNull @Size(min = 1) List<FlagLevel> stopExerciseAt,
        @NotNull String advice,
        String birthYearInput,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public RedFlagPolicy {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
        stopExerciseAt = List.copyOf(stopExerciseAt);
    }
}
