package com.kneeline.prescription;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

/**
 * A trainer's dose for one exercise; a null field keeps the plan's value. The bounds are declared here once, as
 * constraints: {@link DoseBounds} checks them for the services, and the plan editor's form binds to them. The range
 * is reps or hold seconds depending on the exercise, so its bounds sit in the {@link Reps} or {@link Hold} group.
 *
 * @param rangeMin     reps for rep-based exercises, hold seconds for holds (with {@code rangeMax}, both or neither)
 * @param loadGuidance how to choose the weight, in the trainer's words (only for exercises that may carry load)
 */
public record Dose(
        @Range(min = ProgrammeOverride.MIN_SETS, max = ProgrammeOverride.MAX_SETS,
                message = "Sets from {min} to {max}.")
        Integer sets,
        @Range(min = ProgrammeOverride.MIN_REPS, max = ProgrammeOverride.MAX_REPS, groups = Reps.class,
                message = REPS)
        @Range(min = ProgrammeOverride.MIN_HOLD_SECONDS, max = ProgrammeOverride.MAX_HOLD_SECONDS, groups = Hold.class,
                message = HOLD)
        Integer rangeMin,
        @Range(min = ProgrammeOverride.MIN_REPS, max = ProgrammeOverride.MAX_REPS, groups = Reps.class,
                message = REPS)
        @Range(min = ProgrammeOverride.MIN_HOLD_SECONDS, max = ProgrammeOverride.MAX_HOLD_SECONDS, groups = Hold.class,
                message = HOLD)
        Integer rangeMax,
        @Size(max = ProgrammeOverride.LOAD_GUIDANCE_MAX_LENGTH, message = "At most {max} characters.")
        String loadGuidance) {

    /** The range bounds of a rep-based exercise. */
    public interface Reps {
    }

    /** The range bounds of a held exercise. */
    public interface Hold {
    }

    static final String REPS = "Reps from " + ProgrammeOverride.MIN_REPS + " to " + ProgrammeOverride.MAX_REPS
            + ", the lower number first.";
    static final String HOLD = "Hold from " + ProgrammeOverride.MIN_HOLD_SECONDS + " to "
            + ProgrammeOverride.MAX_HOLD_SECONDS + " seconds, the lower number first.";

    public static final Dose NONE = new Dose(null, null, null, null);

    public Dose {
        loadGuidance = loadGuidance == null || loadGuidance.isBlank() ? null : loadGuidance.strip();
    }

    public boolean isEmpty() {
        return sets == null && rangeMin == null && rangeMax == null && loadGuidance == null;
    }

    /** Both ends of the range, or neither. */
    @AssertTrue(message = "Give both ends of the range, or neither.")
    public boolean isRangeComplete() {
        return (rangeMin == null) == (rangeMax == null);
    }

    /** The lower number first. */
    @AssertTrue(groups = Reps.class, message = REPS)
    @AssertTrue(groups = Hold.class, message = HOLD)
    public boolean isRangeInOrder() {
        return rangeMin == null || rangeMax == null || rangeMin <= rangeMax;
    }
}
