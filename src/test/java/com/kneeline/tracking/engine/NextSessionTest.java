package com.kneeline.tracking.engine;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.kneeline.tracking.engine.NextSession.Logged;
import com.kneeline.tracking.engine.NextSession.Offer;
import com.kneeline.tracking.engine.NextSession.Planned;

class NextSessionTest {

    /** Sessions 1, 2 and 3 on Monday, Wednesday and Friday. */
    private static final List<Planned> MON_WED_FRI = List.of(new Planned(1, MONDAY), new Planned(2, WEDNESDAY),
            new Planned(3, FRIDAY));
    private static final LocalDate MON = LocalDate.of(2026, 11, 16);
    private static final int GRACE = 1;

    @Test
    void onAPlannedDayWithNothingLoggedTodaysSessionIsOffered() {
        assertThat(NextSession.offer(MON_WED_FRI, List.of(), MON, GRACE)).contains(new Offer(1, MON, true));
    }

    @Test
    void onceTodaysSessionIsLoggedTheNextPlannedDayIsOffered() {
        assertThat(NextSession.offer(MON_WED_FRI, List.of(new Logged(MON, 1)), MON, GRACE))
                .contains(new Offer(2, MON.plusDays(2), false));
    }

    @Test
    void onADayWithoutASessionTheNextOneIsOfferedAndMayBeDoneEarly() {
        assertThat(NextSession.offer(MON_WED_FRI, List.of(new Logged(MON, 1)), MON.plusDays(1), GRACE))
                .contains(new Offer(2, MON.plusDays(2), false));
    }

    @Test
    void aSessionDoneEarlyIsNotOfferedAgainOnItsOwnDay() {
        // Wednesday's session was done on Tuesday: on Wednesday, Friday's is next
        List<Logged> logs = List.of(new Logged(MON, 1), new Logged(MON.plusDays(1), 2));
        assertThat(NextSession.offer(MON_WED_FRI, logs, MON.plusDays(2), GRACE))
                .contains(new Offer(3, MON.plusDays(4), false));
        // and on Tuesday evening, after logging it, Friday's too
        assertThat(NextSession.offer(MON_WED_FRI, logs, MON.plusDays(1), GRACE))
                .contains(new Offer(3, MON.plusDays(4), false));
    }

    @Test
    void aSessionDoneMoreThanTheGraceDaysEarlyStillComesRoundOnItsDay() {
        // session 3 logged on Monday, four days before Friday: Friday offers it again
        List<Logged> logs = List.of(new Logged(MON, 3));
        assertThat(NextSession.offer(MON_WED_FRI, logs, MON.plusDays(3), GRACE))
                .contains(new Offer(3, MON.plusDays(4), false));
    }

    @Test
    void aMissedSessionIsNotCarriedOver() {
        // nothing logged on Monday; on Tuesday the plan has moved on to Wednesday's session
        assertThat(NextSession.offer(MON_WED_FRI, List.of(), MON.plusDays(1), GRACE))
                .contains(new Offer(2, MON.plusDays(2), false));
    }

    @Test
    void aWeekWithoutSessionsOffersNothing() {
        assertThat(NextSession.offer(List.of(), List.of(), MON, GRACE)).isEmpty();
    }
}
