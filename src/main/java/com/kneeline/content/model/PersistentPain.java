package com.kneeline.content.model;

import java.util.List;

/** Refer when pain during exercise is above the limit in N sessions within D days, or rises N sessions in a row. */
public record PersistentPain(
        @Range(min = 0, max = 10) int painAbove,
        @Range(min = 1, max = 30) int sessions,
        @Range(min = 1, max = 90) int withinDays,
        @Range(min = 2, max = 30) int risingSessions,
        String professional,
        String advice,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public PersistentPain {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
