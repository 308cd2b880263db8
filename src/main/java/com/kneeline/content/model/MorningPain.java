package com.kneeline.content.model;

import java.util.List;

/** Refer when pain has not settled by the next morning N times within D days. */
public record MorningPain(
        @Range(min = 1, max = 30) int times,
        @Range(min = 1, max = 90) int withinDays,
        String professional,
        String advice,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public MorningPain {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
