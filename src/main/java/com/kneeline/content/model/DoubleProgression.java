package com.kneeline.content.model;

import java.util.List;

/**
 * Double progression: climb the exercise's rep range first, then add load and drop back to the bottom of the range.
 * {@code repStep} reps (or {@code holdStepSeconds} for holds) are added per step; a new load is rounded to
 * {@code loadRoundingKg} (the smallest plate or dumbbell step a person can make at home).
 */
public record DoubleProgression(
        String summary,
        @Range(min = 1, max = 30) IntRange beginnerRepMax,
        @Range(min = 1, max = 7) IntRange daysPerWeek,
        @Range(min = 0, max = 5) IntRange extraRepsBeforeLoad,
        @Range(min = 0.5, max = 25) NumberRange loadStepPercent,
        @Range(min = 0.1, max = 5) double loadRoundingKg,
        @Range(min = 1, max = 5) int repStep,
        @Range(min = 1, max = 60) int holdStepSeconds,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public DoubleProgression {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
