package com.kneeline.content.model;

import java.util.List;

/** The single global-rating-of-change question asked at each check-in; points run from worse (negative) to better. */
public record GlobalRating(
        String question,
        @Opt String help,
        @MinItems(3) List<PromAnswer> answers,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {
    public GlobalRating {
        answers = List.copyOf(answers);
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
