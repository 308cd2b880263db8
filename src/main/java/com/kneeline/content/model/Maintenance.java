package com.kneeline.content.model;

import java.util.List;

/** The maintenance programme offered once return to sport is reached: a neuromuscular warm-up and its dose. */
public record Maintenance(
        @MaxChars(60) String name,
        String description,
        IntRange minutes,
        IntRange timesPerWeek,
        @MinItems(1) List<String> exercises,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {
    public Maintenance {
        exercises = List.copyOf(exercises);
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
