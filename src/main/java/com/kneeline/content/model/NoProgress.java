package com.kneeline.content.model;

import java.util.List;

/**
 * Refer when, after {@code weeks} weeks of the programme and at least {@code reassessments} reassessments, no measure
 * that follows the person's findings (or the knee itself) has improved by its real-change threshold. Adherence does
 * not suppress it: low adherence is often caused by the pain a professional should see.
 */
public record NoProgress(
        @Range(min = 1, max = 52) int weeks,
        @Range(min = 1, max = 10) int reassessments,
        String professional,
        String advice,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public NoProgress {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
