package com.kneeline.content.model;

import java.util.List;

/**
 * A patient-reported outcome questionnaire, scored as its authors publish it. {@code mcid} is the smallest change
 * in the 0-100 score that counts as meaningful; {@code licence} records the terms of use that were checked.
 */
public record Prom(
        String id,
        @MaxChars(60) String name,
        @MaxChars(20) String shortName,
        String purpose,
        String recall,
        PromScoring scoring,
        @Range(min = 0, max = 10) int maxMissing,
        @Range(min = 0.1, max = 50) double mcid,
        @MinItems(1) List<String> mcidReferences,
        @Opt List<EvidenceMarker> mcidEvidence,
        @Opt String mcidNote,
        String licence,
        @MinItems(2) List<PromItem> items,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced, Cited {

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
