package com.kneeline.prescription.engine;

/**
 * A (finding, pillar slot) pair a programme covers: the finding needs exercises of that pillar. Its {@link #index}
 * keys the planner's per-pair arrays and {@link Compiled#candidates}.
 */
record Need(int finding, int slot) {

    /** Pillar slots per finding (strength, mobility, neuromuscular). */
    static final int SLOTS = Compiled.EXERCISE_PILLARS.length;

    static int index(int finding, int slot) {
        return finding * SLOTS + slot;
    }

    int index() {
        return index(finding, slot);
    }
}
