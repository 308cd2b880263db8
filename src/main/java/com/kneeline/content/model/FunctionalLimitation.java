package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Check-in question about significant functional limitation; a yes suggests a professional assessment. */
public record FunctionalLimitation(
        @NotNull String question,
        @NotNull String help,
        @NotNull String professional,
        @NotNull String advice,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public FunctionalLimitation {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
