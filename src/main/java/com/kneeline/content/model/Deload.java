package com.kneeline.content.model;

import java.util.List;

/** Planned lighter week: how often, how long, and how much volume and effort drop. */
public record Deload(
        String summary,
        @Range(min = 1, max = 16) IntRange everyWeeks,
        @Range(min = 1, max = 16) int defaultEveryWeeks,
        @Range(min = 1, max = 14) int lengthDays,
        @Range(min = 0, max = 90) int volumeCutPercent,
        @Range(min = 0, max = 5) int rpeCut,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public Deload {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
        if (defaultEveryWeeks < everyWeeks.min() || defaultEveryWeeks > everyWeeks.max()) {
            throw new IllegalArgumentException("'default-every-weeks' must lie within 'every-weeks'");
        }
    }
}
