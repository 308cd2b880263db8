package com.kneeline.content.model;

import java.util.List;

/** How often the person repeats the assessment; a trainer may change it within the allowed range. */
public record Reassessment(
        @Range(min = 1, max = 26) int defaultIntervalWeeks,
        @Range(min = 1, max = 26) IntRange allowedIntervalWeeks,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public Reassessment {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
        if (defaultIntervalWeeks < allowedIntervalWeeks.min() || defaultIntervalWeeks > allowedIntervalWeeks.max()) {
            throw new IllegalArgumentException("'default-interval-weeks' must lie within 'allowed-interval-weeks'");
        }
    }
}
