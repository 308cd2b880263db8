package com.kneeline.prescription;

/**
 * A change to a programme that the bounds or the safety rules do not allow. The message is a sentence for the
 * person making the change, shown next to {@link #field()} (null: about the whole programme). An illegal argument,
 * like any other change the service refuses.
 */
public class AdjustmentRefusedException extends IllegalArgumentException {

    public static final String EXERCISE = "exercise";
    public static final String REPLACEMENT = "replacement";
    public static final String SETS = "sets";
    public static final String RANGE = "range";
    public static final String LOAD_GUIDANCE = "loadGuidance";
    public static final String SESSIONS = "sessionsPerWeek";
    public static final String MINUTES = "minutesPerSession";
    public static final String PHASE = "phase";

    private final String field;

    public AdjustmentRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
