package com.kneeline.tracking.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Planned versus done over dates, with the content's grace window. */
class AdherenceTest {

    static final LocalDate MON = Tk.START;
    static final int GRACE = Tk.CATALOGUE.progression().adherence().graceDays();
    static final Set<DayOfWeek> MWF = Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);

    @Test
    void plannedDatesFollowTheDaysOfTheWeek() {
        assertThat(Adherence.plannedDates(MWF, MON, MON.plusDays(6)))
                .containsExactly(MON, MON.plusDays(2), MON.plusDays(4));
    }

    @Test
    void aSessionWithinTheGraceWindowCountsButOneDayLaterDoesNot() {
        List<LocalDate> planned = List.of(MON);
        LocalDate today = MON.plusDays(10);
        assertThat(Adherence.window(planned, List.of(MON.plusDays(GRACE)), MON, today, today, GRACE).done())
                .isEqualTo(1);
        assertThat(Adherence.window(planned, List.of(MON.minusDays(GRACE)), MON, today, today, GRACE).done())
                .isEqualTo(1);
        assertThat(Adherence.window(planned, List.of(MON.plusDays(GRACE + 1)), MON, today, today, GRACE).done())
                .isEqualTo(0);
    }

    @Test
    void aMissedSessionDoesNotPileUpAndOneSessionCountsOnce() {
        List<LocalDate> planned = List.of(MON, MON.plusDays(2));
        LocalDate today = MON.plusDays(10);
        // only Wednesday done: Monday is missed, not owed; one session cannot count for both
        var w = Adherence.window(planned, List.of(MON.plusDays(2)), MON, today, today, GRACE);
        assertThat(w).isEqualTo(new Adherence.Window(2, 1));
        assertThat(w.percent()).isEqualTo(50);
    }

    @Test
    void aSessionWhoseGraceWindowIsStillOpenIsNotCountedYet() {
        List<LocalDate> planned = List.of(MON);
        assertThat(Adherence.window(planned, List.of(), MON, MON, MON.plusDays(GRACE), GRACE).planned()).isZero();
        assertThat(Adherence.window(planned, List.of(), MON, MON, MON.plusDays(GRACE + 1), GRACE).planned())
                .isEqualTo(1);
        assertThat(new Adherence.Window(0, 0).percent()).isEqualTo(100);
    }

    @Test
    void summaryCoversTheLastSevenAndThirtyDaysAndTheStreak() {
        LocalDate today = MON.plusDays(34);
        List<LocalDate> planned = Adherence.plannedDates(MWF, MON, today);
        // everything done except the Monday two weeks before today
        LocalDate missed = today.minusDays(today.getDayOfWeek().getValue() - 1).minusWeeks(2);
        List<LocalDate> done = planned.stream().filter(d -> !d.equals(missed)).filter(d -> d.isBefore(today)).toList();
        var s = Adherence.summarise(planned, done, today, GRACE);
        assertThat(s.last7Days().percent()).isEqualTo(100);
        assertThat(s.last30Days().planned()).isGreaterThan(s.last7Days().planned());
        assertThat(s.last30Days().done()).isEqualTo(s.last30Days().planned() - 1);
        assertThat(s.streak()).isEqualTo((int) planned.stream().filter(d -> d.isAfter(missed))
                .filter(d -> d.isBefore(today)).count());
    }

    @Test
    void theStreakEndsAtTheLastMissedSession() {
        List<LocalDate> planned = List.of(MON, MON.plusDays(2), MON.plusDays(4), MON.plusDays(7));
        List<LocalDate> done = List.of(MON, MON.plusDays(4), MON.plusDays(7));
        assertThat(Adherence.streak(planned, done, MON.plusDays(8), GRACE)).isEqualTo(2);
        assertThat(Adherence.doneDates(List.of(new SessionLog(MON, List.of(ExerciseLog.skipped("x", null, "ill"))))))
                .isEmpty();
    }
}
