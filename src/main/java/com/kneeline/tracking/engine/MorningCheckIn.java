package com.kneeline.tracking.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The morning after a session: has the pain settled, and (when asked) does the knee limit everyday life.
 *
 * @param painSettled           pain is back to where it was before the session
 * @param functionalLimitation  answer to the content's functional-limitation question, or null when not asked
 */
public record MorningCheckIn(LocalDate date, boolean painSettled, Boolean functionalLimitation) {
    public MorningCheckIn {
        Objects.requireNonNull(date, "date");
    }

    public static MorningCheckIn settled(LocalDate date) {
        return new MorningCheckIn(date, true, null);
    }

    public static MorningCheckIn notSettled(LocalDate date) {
        return new MorningCheckIn(date, false, null);
    }
}
