package com.kneeline.content.model;

import java.util.List;

/**
 * How adherence is counted: a planned session counts as done when it is done on its day or up to
 * {@code graceDays} days before or after it. A missed session is not carried over.
 */
public record AdherenceRules(
        @Range(min = 0, max = 3) int graceDays,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {
    public AdherenceRules {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
