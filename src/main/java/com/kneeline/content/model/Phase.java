package com.kneeline.content.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A programme phase; the tracker moves on when {@code advanceWhen} (the typed form of {@code moveOnWhen}) is met. */
public record Phase(
        @NotNull String id,
        @NotNull @Size(max = 60) String name,
        @NotNull String goal,
        @NotNull @DecimalMin("1") @DecimalMax("26") IntRange typicalWeeks,
        @NotNull String moveOnWhen,
        PhaseCriteria advanceWhen,
        @NotNull @Size(min = 1) List<Pillar> focus,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public Phase {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
        focus = List.copyOf(focus);
    }
}
