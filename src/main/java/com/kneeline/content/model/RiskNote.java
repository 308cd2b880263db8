package com.kneeline.content.model;

import java.util.List;

/**
 * How to present one risk a finding may raise: as a raised likelihood with its source, never as a consequence
 * (findings.yaml, {@code risk-notes}).
 */
public record RiskNote(
        Risk risk,
        String text,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public RiskNote {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
