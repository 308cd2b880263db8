package com.kneeline.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one time-zone source: KneeLine has no per-person time zone yet, so every calendar day (a session's date, a
 * check-in's morning, a due date) and every time shown is in the server's zone.
 */
public final class Dates {

    public static final ZoneId ZONE = ZoneId.systemDefault();

    private Dates() {
    }

    /** The calendar day an instant falls on. */
    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** Today, by the application clock. */
    public static LocalDate today(Clock clock) {
        return day(clock.instant());
    }
}
