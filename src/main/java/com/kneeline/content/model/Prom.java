package com.kneeline.content.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A patient-reported outcome questionnaire, scored as its authors publish it. {@code mcid} is the smallest change
 * in the 0-100 score that counts as meaningful; {@code licence} records the terms of use that were checked.
 */
public record Prom(
        @NotNull String id,
        @NotNull @Size(max = 60) String name,
        @NotNull @Size(max = 20) String shortName,
        @NotNull String purpose,
        @NotNull String recall,
        @NotNull PromScoring scoring,
        @Min(0) @Max(10) int maxMissing,
        @DecimalMin("0.1") @DecimalMax("50") double mcid,
        @NotNull @Size(min = 1) List<String> mcidReferences,
        List<EvidenceMarker> mcidEvidence,
        String mcidNote,
        @NotNull String licence,
        @NotNull @Size(min = 2) List<PromItem> items,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced, Cited {

    public Prom {
        mcidReferences = List.copyOf(mcidReferences);
        mcidEvidence = List.copyOf(mcidEvidence);
        items = List.copyOf(items);
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
        if (maxMissing >= items.size()) {
            throw new IllegalArgumentException("'max-missing' (" + maxMissing + ") must be less than the number of items");
        }
    }
}
