package com.kneeline.content.model;

import java.util.List;

/** Refer when no measure has changed by more than its real-change threshold after this long with good adherence. */
public record NoProgress(
        @Range(min = 1, max = 52) int weeks,
        @Range(min = 1, max = 10) int reassessments,
        @Range(min = 0, max = 100) int minAdherencePercent,
        String professional,
        String advice,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public NoProgress {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
