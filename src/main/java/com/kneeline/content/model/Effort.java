package com.kneeline.content.model;

import java.util.List;

/** Target effort per working set, as RPE and the equivalent reps in reserve. */
public record Effort(
        String summary,
        @Range(min = 1, max = 10) NumberRange targetRpe,
        @Range(min = 0, max = 6) IntRange repsInReserve,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public Effort {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
