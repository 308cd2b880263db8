package com.kneeline.content.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Refer when, after {@code weeks} weeks of the programme and at least {@code reassessments} reassessments, no measure
 * that follows the person's findings (or the knee itself) has improved by its real-change threshold. Adherence does
 * not suppress it: low adherence is often caused by the pain a professional should see.
 */
public record NoProgress(
        @Min(1) @Max(52) int weeks,
        @Min(1) @Max(10) int reassessments,
        @NotNull String professional,
        @NotNull String advice,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public NoProgress {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
