package com.kneeline.tracking.engine;

/** How the knee tracked during a set, as the person saw it (mirror or phone video). */
public enum KneeTracking {
    /** The knee stayed over the foot. */
    GOOD,
    /** The person could not tell. */
    NOT_SURE,
    /** The knee caved in (valgus). */
    CAVED
}
