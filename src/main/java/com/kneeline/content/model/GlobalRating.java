package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The single global-rating-of-change question asked at each check-in; points run from worse (negative) to better. */
public record GlobalRating(
        @NotNull String question,
        String help,
        @NotNull @Size(min = 3) List<PromAnswer> answers,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {
    public GlobalRating {
        answers = List.copyOf(answers);
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
