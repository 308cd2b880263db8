package com.kneeline.content.model;

import java.util.List;

/** Static stretching dosage (ACSM). */
public record StretchDosage(
        @Range(min = 1, max = 180) IntRange holdSeconds,
        @Range(min = 1, max = 180) IntRange olderAdultHoldSeconds,
        @Range(min = 1, max = 10) IntRange reps,
        @Range(min = 10, max = 600) int totalSecondsPerMuscle,
        @Range(min = 1, max = 7) int minDaysPerWeek,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public StretchDosage {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
