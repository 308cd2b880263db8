package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A named band of a quality score, inclusive at both ends. */
public record ScoreBand(@NotNull String id, @NotNull @Size(max = 30) String label, int min, int max) {
    public ScoreBand {
        if (min > max) {
            throw new IllegalArgumentException("'min' (" + min + ") must not be more than 'max' (" + max + ")");
        }
    }
}
