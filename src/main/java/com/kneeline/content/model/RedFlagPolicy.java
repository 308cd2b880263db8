package com.kneeline.content.model;

import java.util.List;

/** Which safety-flag levels stop the programme until a professional has seen the person. */
public record RedFlagPolicy(
        @MinItems(1) List<FlagLevel> stopExerciseAt,
        String advice,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public RedFlagPolicy {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
        stopExerciseAt = List.copyOf(stopExerciseAt);
    }
}
