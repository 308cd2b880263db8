package com.kneeline.content.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Starting dosage; exactly one of reps / holdSeconds is set (the loader checks it and their bounds). */
public record Dosage(
        @Min(1) @Max(10) int sets,
        @DecimalMin("1") @DecimalMax("100") IntRange reps,
        @DecimalMin("1") @DecimalMax("600") IntRange holdSeconds,
        Tempo tempo,
        @Min(0) @Max(300) int restSeconds,
        @Min(1) @Max(7) int daysPerWeek) {

    public boolean isTimed() {
        return holdSeconds != null;
    }
}
