package com.kneeline.content.model;

import java.util.List;

/** A programme phase; the tracker moves on when {@code advanceWhen} (the typed form of {@code moveOnWhen}) is met. */
public record Phase(
        String id,
        @MaxChars(60) String name,
        String goal,
        @Range(min = 1, max = 26) IntRange typicalWeeks,
        String moveOnWhen,
        @Opt PhaseCriteria advanceWhen,
        @MinItems(1) List<Pillar> focus,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public Phase {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
        focus = List.copyOf(focus);
    }
}
