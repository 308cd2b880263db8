package com.kneeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import com.kneeline.Journey;
import com.kneeline.account.Role;
import com.kneeline.assessment.AssessmentStatus;
import com.kneeline.trainer.RosterService;
import com.kneeline.tracking.OpenFlag;
import com.kneeline.tracking.ReassessmentService;
import com.kneeline.tracking.ReassessmentStatus;
import com.kneeline.tracking.engine.Flag;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile seeds every story a newcomer should be able to look at, through the real services. */
@SpringBootTest
@ActiveProfiles("demo")
class DemoDataTest {

    static final DemoPeople CAST = DemoPeople.load();

    @Autowired
    Journey journey;
    @Autowired
    com.kneeline.tracking.Tracker tracker;
    @Autowired
    RosterService roster;
    @Autowired
    ReassessmentService reassessments;

    private void as(String email) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, AuthorityUtils.createAuthorityList("ROLE_INDIVIDUAL")));
    }

    private DemoPeople.Person person(DemoPeople.Story story, boolean withTrainer) {
        return CAST.people().stream().filter(p -> p.story() == story && p.withTrainer() == withTrainer).findFirst()
                .orElseThrow();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theTrainerAndEveryDemoPersonCanSignIn() {
        assertThat(journey.accounts().findByEmail(CAST.trainer().email())).hasValueSatisfying(
                t -> assertThat(t.hasRole(Role.TRAINER)).isTrue());
        CAST.people().forEach(p -> assertThat(journey.accounts().findByEmail(p.email())).as(p.email()).isPresent());
    }

    @Test
    void theMidProgrammeClientHasWeeksOfLogsACheckInAndProgressedExercises() {
        DemoPeople.Person maya = person(DemoPeople.Story.STEADY, true);
        as(maya.email());
        // about 3 a week, minus the odd missed day
        assertThat(tracker.trainingHistory().historyCount(tracker.me())).isGreaterThanOrEqualTo(maya.weeks() * 2L);
        assertThat(journey.assessments().history(Pageable.ofSize(20)).getContent().stream()
                .filter(a -> a.status() == AssessmentStatus.COMPLETED)).hasSize(2);
        assertThat(journey.programmes().history()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(tracker.trainingHistory().adherence(tracker.me()).last30Days().percent()).isGreaterThanOrEqualTo(75);
        LocalDate last = tracker.trainingHistory().history(tracker.me(), Pageable.ofSize(1)).getContent().getFirst().date();
        assertThat(ChronoUnit.DAYS.between(last, LocalDate.now(ZoneOffset.UTC))).isLessThan(4);
        assertThat(tracker.referralFlags().openFlags(tracker.me())).isEmpty();
    }

    @Test
    void thePainSpikeClientHasAnOpenPersistentPainFlag() {
        as(person(DemoPeople.Story.PAIN_SPIKE, true).email());
        assertThat(tracker.referralFlags().openFlags(tracker.me())).extracting(OpenFlag::kind).contains(Flag.Kind.PERSISTENT_PAIN);
    }

    @Test
    void theLapsedClientStoppedLoggingWeeksAgo() {
        as(person(DemoPeople.Story.LAPSED, true).email());
        LocalDate last = tracker.trainingHistory().history(tracker.me(), Pageable.ofSize(1)).getContent().getFirst().date();
        assertThat(ChronoUnit.DAYS.between(last, LocalDate.now(ZoneOffset.UTC))).isGreaterThan(21);
    }

    @Test
    void theFreshClientHasAProgrammeButNoLogs() {
        as(person(DemoPeople.Story.FRESH, true).email());
        assertThat(journey.programmes().current()).isPresent();
        assertThat(tracker.trainingHistory().historyCount(tracker.me())).isZero();
        assertThat(tracker.todays().nextSession(tracker.me())).isPresent();
    }

    @Test
    void theIndividualWithoutATrainerHasLogsToo() {
        as(person(DemoPeople.Story.STEADY, false).email());
        assertThat(tracker.trainingHistory().historyCount(tracker.me())).isPositive();
    }

    @Test
    void theTrainerSeesFourClientsAndTheNeedsAttentionFiltersFindTheFlagAndTheOverdueOne() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                CAST.trainer().email(), null, AuthorityUtils.createAuthorityList("ROLE_TRAINER")));
        long clients = CAST.people().stream().filter(DemoPeople.Person::withTrainer).count();
        assertThat(roster.count(RosterService.Filter.none())).isEqualTo((int) clients);
        assertThat(roster.page(new RosterService.Filter("", java.util.Set.of(RosterService.Attention.OPEN_FLAGS)),
                Pageable.ofSize(10))).extracting(RosterService.Row::email)
                .contains(person(DemoPeople.Story.PAIN_SPIKE, true).email());
        assertThat(roster.page(new RosterService.Filter("",
                java.util.Set.of(RosterService.Attention.REASSESSMENT_OVERDUE)), Pageable.ofSize(10)))
                .extracting(RosterService.Row::email).containsExactly(person(DemoPeople.Story.LAPSED, true).email());
    }

    @Test
    void theLapsedClientSeesTheirCheckInOverdue() {
        as(person(DemoPeople.Story.LAPSED, true).email());
        assertThat(reassessments.status()).hasValueSatisfying(
                s -> assertThat(s.state()).isEqualTo(ReassessmentStatus.State.OVERDUE));
    }
}
