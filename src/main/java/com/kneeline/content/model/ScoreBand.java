package com.kneeline.content.model;

/** A named band of a quality score, inclusive at both ends. */
public record ScoreBand(String id, @MaxChars(30) String label, int min, int max) {
    public ScoreBand {
        if (min > max) {
            throw new IllegalArgumentException("'min' (" + min + ") must not be more than 'max' (" + max + ")");
        }
    }
}
