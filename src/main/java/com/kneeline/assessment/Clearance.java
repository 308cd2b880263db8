package com.kneeline.assessment;

import java.time.LocalDate;

/**
 * A professional's go-ahead after a safety stop, as the person reports it at the start of the next assessment:
 * who cleared them and on which day. {@code given} false (or no clearance at all) means "not yet".
 */
public record Clearance(boolean given, String by, LocalDate on) {

    /** The longest "who cleared you" the form and the database accept. */
    public static final int BY_MAX_LENGTH = 100;

    public static Clearance notYet() {
        return new Clearance(false, null, null);
    }

    public Clearance {
        by = by == null || by.isBlank() ? null : by.strip();
    }
}
