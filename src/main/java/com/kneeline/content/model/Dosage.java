package com.kneeline.content.model;

/** Starting dosage; exactly one of reps / holdSeconds is set (the loader checks it and their bounds). */
public record Dosage(
        @Range(min = 1, max = 10) int sets,
        @Opt @Range(min = 1, max = 100) IntRange reps,
        @Opt @Range(min = 1, max = 600) IntRange holdSeconds,
        @Opt Tempo tempo,
        @Range(min = 0, max = 300) int restSeconds,
        @Range(min = 1, max = 7) int daysPerWeek) {

    public boolean isTimed() {
        return holdSeconds != null;
    }
}
