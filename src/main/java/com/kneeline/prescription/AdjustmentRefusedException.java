package com.kneeline.prescription;

/**
 * A change to a programme that the bounds or the safety rules do not allow. The message is a sentence for the
 * person making the change, shown next to {@link #field()} (null: about the whole programme). An illegal argument,
 * like any other change the service refuses.
 */
public class AdjustmentRefusedException extends IllegalArgumentException {

    /** The form field a refusal belongs next to. */
    public enum Field { EXERCISE, REPLACEMENT, SETS, RANGE, LOAD_GUIDANCE, SESSIONS, MINUTES, PHASE }

    private final transient Field field;

    public AdjustmentRefusedException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
