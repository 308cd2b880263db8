package com.kneeline.content.model;

/** An inclusive whole-number range such as a rep range. */
public record IntRange(int min, int max) implements Span {
    public IntRange {
        if (min > max) {
            throw new IllegalArgumentException("'min' (" + min + ") must not be more than 'max' (" + max + ")");
        }
    }

    @Override
    public double lower() {
        return min;
    }

    @Override
    public double upper() {
        return max;
    }
}
