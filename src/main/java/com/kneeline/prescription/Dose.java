package com.kneeline.prescription;

/**
 * A trainer's dose for one exercise; a null field keeps the plan's value.
 *
 * @param rangeMin     reps for rep-based exercises, hold seconds for holds (with {@code rangeMax}, both or neither)
 * @param loadGuidance how to choose the weight, in the trainer's words (only for exercises that may carry load)
 */
public record Dose(Integer sets, Integer rangeMin, Integer rangeMax, String loadGuidance) {

    public static final Dose NONE = new Dose(null, null, null, null);

    public Dose {
        loadGuidance = loadGuidance == null || loadGuidance.isBlank() ? null : loadGuidance.strip();
    }

    public boolean isEmpty() {
        return sets == null && rangeMin == null && rangeMax == null && loadGuidance == null;
    }
}
