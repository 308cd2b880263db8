package com.kneeline.tracking.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which planned session to offer next, and on which day. One rule for the person's Today page and their trainer's
 * roster, so the two never disagree:
 * <ul>
 *   <li>today's planned session if nothing is logged today, else the next planned day;</li>
 *   <li>a missed session is not carried over: the plan moves on to the next planned day;</li>
 *   <li>a session done early, within the grace days before its own day, is not offered again on its day.</li>
 * </ul>
 */
public final class NextSession {

    /** Looks at most a week and a day ahead: every weekly plan has a session within that. */
    private static final int LOOK_AHEAD_DAYS = 8;

    /** A session of the weekly plan: its number and the day of the week it is planned on. */
    public record Planned(int number, DayOfWeek day) {
        public Planned {
            Objects.requireNonNull(day, "day");
        }
    }

    /** A logged session: the day it was done and the planned session it was. */
    public record Logged(LocalDate date, int number) {
        public Logged {
            Objects.requireNonNull(date, "date");
        }
    }

    /** The session to offer and its day; {@code today} when that day is today. */
    public record Offer(int number, LocalDate date, boolean today) {
    }

    private NextSession() {
    }

    /**
     * @param plan      the programme's sessions (empty: nothing to offer)
     * @param logs      logged sessions; only those within the grace days before the offer matter
     * @param today     the person's today
     * @param graceDays how many days early a session may be done and still count for its own day (at least 1)
     */
    public static Optional<Offer> offer(List<Planned> plan, List<Logged> logs, LocalDate today, int graceDays) {
        boolean loggedToday = logs.stream().anyMatch(l -> l.date().equals(today));
        int grace = Math.max(1, graceDays);
        for (int d = loggedToday ? 1 : 0; d <= LOOK_AHEAD_DAYS; d++) {
            LocalDate date = today.plusDays(d);
            Optional<Planned> planned = plan.stream().filter(p -> p.day() == date.getDayOfWeek()).findFirst();
            if (planned.isEmpty()) {
                continue;
            }
            int number = planned.get().number();
            // also on the day itself: done yesterday for today means today's is done
            boolean doneEarly = logs.stream().anyMatch(l -> l.number() == number
                    && !l.date().isBefore(date.minusDays(grace)) && l.date().isBefore(date));
            if (!doneEarly) {
                return Optional.of(new Offer(number, date, d == 0));
            }
        }
        return Optional.empty();
    }
}
