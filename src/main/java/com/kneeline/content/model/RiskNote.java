package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * How to present one risk a finding may raise: as a raised likelihood with its source, never as a consequence
 * (findings.yaml, {@code risk-notes}).
 */
public record RiskNote(
        @NotNull Risk risk,
        @NotNull String text,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public RiskNote {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
