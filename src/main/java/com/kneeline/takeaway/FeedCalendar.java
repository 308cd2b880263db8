package com.kneeline.takeaway;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * One feed as iCalendar: a timed event for every planned session from two weeks back to {@link #WEEKS_AHEAD} weeks
 * ahead, in the person's zone (written in UTC, so every calendar places it right across daylight-saving changes),
 * and an all-day event on the check-in's due date. Events carry exercise names and nothing about health.
 */
final class FeedCalendar {

    static final int WEEKS_BACK = 2;
    static final int WEEKS_AHEAD = 6;

    // User-facing words, kept together so they move into a message bundle as they are.
    static final String CALENDAR_NAME = "KneeLine";
    static final String SESSION = "KneeLine: session {0}";
    static final String EXERCISES = "Exercises: {0}. Open KneeLine's Today screen for the dose.";
    static final String CHECK_IN = "KneeLine: check-in due";
    static final String CHECK_IN_TEXT = "Time for your periodic reassessment in KneeLine.";

    private final Calendar calendar = new Calendar();
    private final long feedId;
    private final ZoneId zone;
    private final LocalTime sessionTime;
    private final Instant now;
    private final LocalDate today;

    FeedCalendar(long feedId, ZoneId zone, LocalTime sessionTime, Instant now) {
        this.feedId = feedId;
        this.zone = zone;
        this.sessionTime = sessionTime;
        this.now = now;
        this.today = LocalDate.ofInstant(now, zone);
        calendar.add(new ProdId("-//KneeLine//Calendar feed//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", CALENDAR_NAME));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
    }

    /** Session {@code number} on every {@code dayOfWeek} (1 = Monday) in the feed's window. */
    void weekly(int number, int dayOfWeek, int minutes, List<String> exerciseNames) {
        DayOfWeek day = DayOfWeek.of(dayOfWeek);
        for (LocalDate date = today.minusWeeks(WEEKS_BACK); !date.isAfter(today.plusWeeks(WEEKS_AHEAD));
             date = date.plusDays(1)) {
            if (date.getDayOfWeek() != day) {
                continue;
            }
            Instant start = date.atTime(sessionTime).atZone(zone).toInstant();
            VEvent event = new VEvent(start, Duration.ofMinutes(Math.max(15, minutes)),
                    SESSION.replace("{0}", String.valueOf(number)));
            event.add(new Uid("session-" + number + "-" + date + "-" + feedId + "@kneeline"));
            event.add(new DtStamp(now));
            event.add(ImmutableTransp.OPAQUE);
            if (!exerciseNames.isEmpty()) {
                event.add(new Description(EXERCISES.replace("{0}", String.join(", ", exerciseNames))));
            }
            calendar.add(event);
        }
    }

    /** The check-in's due date, as an all-day event. */
    void checkIn(LocalDate due) {
        VEvent event = new VEvent(due, CHECK_IN);
        event.add(new Uid("check-in-" + due + "-" + feedId + "@kneeline"));
        event.add(new DtStamp(now));
        event.add(ImmutableTransp.TRANSPARENT);
        event.add(new Description(CHECK_IN_TEXT));
        calendar.add(event);
    }

    String write() {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
