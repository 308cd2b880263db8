package com.kneeline.content.model;

/** Absolute left-right difference in the input's unit, or the difference as a percentage of the better side. */
public enum AsymmetryMeasure {
    ABSOLUTE,
    PERCENT;
}
