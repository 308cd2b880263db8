package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The maintenance programme offered once return to sport is reached: a neuromuscular warm-up and its dose. */
public record Maintenance(
        @NotNull @Size(max = 60) String name,
        @NotNull String description,
        @NotNull IntRange minutes,
        @NotNull IntRange timesPerWeek,
        @NotNull @Size(min = 1) List<String> exercises,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {
    public Maintenance {
        exercises = List.copyOf(exercises);
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
