package com.kneeline.content.model;

import java.util.List;

/** Double progression: climb the exercise's rep range first, then add load and drop back to the bottom of the range. */
public record DoubleProgression(
        String summary,
        @Range(min = 1, max = 30) IntRange beginnerRepMax,
        @Range(min = 1, max = 7) IntRange daysPerWeek,
        @Range(min = 0, max = 5) IntRange extraRepsBeforeLoad,
        @Range(min = 0.5, max = 25) NumberRange loadStepPercent,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public DoubleProgression {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
