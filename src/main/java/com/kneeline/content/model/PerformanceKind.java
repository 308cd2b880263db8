package com.kneeline.content.model;

/** Hop tests compare legs by limb symmetry; the step-down is a quality score; reach compares the sides in cm. */
public enum PerformanceKind {
    HOP,
    QUALITY_SCORE,
    REACH;
}
