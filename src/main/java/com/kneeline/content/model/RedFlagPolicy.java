package com.kneeline.content.model;

import java.util.List;

/**
 * Which safety-flag levels stop the programme until a professional has cleared the person, and which input holds the
 * year of birth that age conditions read.
 */
public record RedFlagPolicy(
        @MinItems(1) List<FlagLevel> stopExerciseAt,
        String advice,
        @Opt String birthYearInput,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public RedFlagPolicy {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
        stopExerciseAt = List.copyOf(stopExerciseAt);
    }
}
