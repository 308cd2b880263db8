package com.kneeline.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import com.kneeline.account.Role;
import com.kneeline.tracking.PlannedSession;

/** The roster's "next session" follows the same rule as the client's Today page, done-early sessions included. */
class RosterNextSessionTest extends CoachingTest {

    @Autowired
    RosterService roster;

    @Test
    void aSessionTheClientDidADayEarlyIsNotShownToTheTrainerAsStillToCome() {
        String trainer = register("rns-trainer", "Rhea", Role.TRAINER);
        String client = register("rns-client", "Ravi", Role.INDIVIDUAL);
        link(trainer, client);
        assessedWithProgramme();
        logAll(0); // Monday's session, on Monday
        nextDay();

        // Tuesday: the client does Wednesday's session a day early
        PlannedSession early = tracker.todays().nextSession(tracker.me()).orElseThrow();
        assertThat(early.today()).isFalse();
        LocalDate itsDay = early.date();
        logAll(0);
        LocalDate offered = tracker.todays().nextSession(tracker.me()).orElseThrow().date();
        assertThat(offered).isAfter(itsDay);

        loginTrainer(trainer);
        assertThat(roster.page(RosterService.Filter.none(), Pageable.ofSize(10)))
                .singleElement().extracting(RosterService.Row::nextSession).isEqualTo(offered);

        // on Wednesday itself, too
        nextDay();
        loginClient(client);
        assertThat(tracker.todays().nextSession(tracker.me()).orElseThrow().date()).isEqualTo(offered);
        loginTrainer(trainer);
        assertThat(roster.page(RosterService.Filter.none(), Pageable.ofSize(10)))
                .singleElement().extracting(RosterService.Row::nextSession).isEqualTo(offered);
    }
}
