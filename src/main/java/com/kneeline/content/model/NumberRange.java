package com.kneeline.content.model;

/** An inclusive decimal range such as a load step in percent. */
public record NumberRange(double min, double max) implements Span {
    public NumberRange {
        if (min > max) {
            throw new IllegalArgumentException("'min' (" + min + ") must not be more than 'max' (" + max + ")");
        }
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
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
