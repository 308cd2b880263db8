package com.kneeline.content.model;

import java.util.List;

/** Refer when measures get worse by more than their real-change threshold despite good adherence. */
public record Worsening(
        @Range(min = 1, max = 10) int reassessments,
        @Range(min = 0, max = 100) int minAdherencePercent,
        String professional,
        String advice,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public Worsening {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
