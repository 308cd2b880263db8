package com.kneeline.tracking.engine;

import java.util.Objects;

/**
 * One set as done.
 *
 * @param done     reps done, or seconds held for a timed exercise
 * @param loadKg   external load, or null for body weight
 * @param rpe      effort 1..10 (rate of perceived exertion), or null when not rated
 * @param pain     knee pain during the set, 0..10
 * @param tracking how the knee tracked
 */
public record SetLog(int done, Double loadKg, Double rpe, int pain, KneeTracking tracking) {
    public SetLog {
        Objects.requireNonNull(tracking, "tracking");
        if (done < 0) {
            throw new IllegalArgumentException("done must not be negative: " + done);
        }
        if (pain < 0 || pain > 10) {
            throw new IllegalArgumentException("pain must be 0..10: " + pain);
        }
        if (rpe != null && (rpe < 1 || rpe > 10)) {
            throw new IllegalArgumentException("rpe must be 1..10: " + rpe);
        }
        if (loadKg != null && loadKg < 0) {
            throw new IllegalArgumentException("loadKg must not be negative: " + loadKg);
        }
    }
}
