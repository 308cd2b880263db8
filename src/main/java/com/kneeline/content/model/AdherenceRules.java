package com.kneeline.content.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * How adherence is counted: a planned session counts as done when it is done on its day or up to
 * {@code graceDays} days before or after it. A missed session is not carried over.
 */
public record AdherenceRules(
        @Min(0) @Max(3) int graceDays,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {
    public AdherenceRules {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
