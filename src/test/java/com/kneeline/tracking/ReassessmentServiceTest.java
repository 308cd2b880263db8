package com.kneeline.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.kneeline.Journey;
import com.kneeline.TestClock;
import com.kneeline.account.PersonNotFoundException;
import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Reassessment;
import com.kneeline.tracking.ReassessmentStatus.State;
import com.kneeline.tracking.engine.ExercisePrescription;
import com.kneeline.tracking.engine.Flag;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The check-in schedule, the referral rules across check-ins and progression kept on a new programme. */
@SpringBootTest
@Import(TestClock.class)
class ReassessmentServiceTest {

    @Autowired
    TestClock.Movable clock;
    @Autowired
    Journey journey;
    @Autowired
    com.kneeline.tracking.Tracker tracker;
    @Autowired
    ReassessmentService reassessments;
    @Autowired
    ContentService content;

    private static int people;
    private long me;

    @BeforeEach
    void signIn() {
        clock.set(TestClock.MONDAY);
        me = register("reassess" + (++people) + "@example.com", Role.INDIVIDUAL);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long register(String email, Role role) {
        journey.register(email, "Rae", role);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, AuthorityUtils.createAuthorityList("ROLE_" + role.name())));
        return journey.accounts().findByEmail(email).orElseThrow().id();
    }

    private Reassessment rules() {
        return content.catalogue().referral().reassessment();
    }

    private State stateOn(LocalDate day) {
        clock.set(day.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC));
        return reassessments.status().orElseThrow().state();
    }

    // --- schedule ------------------------------------------------------------------------------------------------

    @Test
    void thereIsNoCheckInToScheduleBeforeTheFirstAssessment() {
        assertThat(reassessments.status()).isEmpty();
    }

    @Test
    void aCheckInIsUpcomingUntilItsDueDateThenDueForTheContentsWindowThenOverdue() {
        Assessments.complete(journey.assessments(), AssessmentProfiles.noFindings());
        LocalDate assessed = LocalDate.of(2026, 3, 2);
        LocalDate due = assessed.plusWeeks(rules().defaultIntervalWeeks());

        ReassessmentStatus status = reassessments.status().orElseThrow();
        assertThat(status.lastAssessed()).isEqualTo(assessed);
        assertThat(status.dueDate()).isEqualTo(due);
        assertThat(stateOn(due.minusDays(1))).isEqualTo(State.UPCOMING);
        assertThat(stateOn(due)).isEqualTo(State.DUE);
        assertThat(stateOn(due.plusDays(rules().dueWindowDays() - 1))).isEqualTo(State.DUE);
        assertThat(stateOn(due.plusDays(rules().dueWindowDays()))).isEqualTo(State.OVERDUE);
    }

    @Test
    void aCompletedCheckInStartsTheNextInterval() {
        Assessments.complete(journey.assessments(), AssessmentProfiles.noFindings());
        clock.plusDays(7L * rules().defaultIntervalWeeks() + rules().dueWindowDays());
        assertThat(reassessments.status().orElseThrow().state()).isEqualTo(State.OVERDUE);

        Assessments.complete(journey.assessments(), AssessmentProfiles.noFindings());

        ReassessmentStatus status = reassessments.status().orElseThrow();
        assertThat(status.state()).isEqualTo(State.UPCOMING);
        assertThat(status.dueDate()).isEqualTo(LocalDate.ofInstant(clock.instant(), com.kneeline.base.Dates.ZONE)
                .plusWeeks(rules().defaultIntervalWeeks()));
    }

    @Test
    void aCheckInStoppedByTheSafetyScreenPutsTheScheduleOnHold() {
        Assessments.complete(journey.assessments(), AssessmentProfiles.noFindings());
        Assessments.complete(journey.assessments(), AssessmentProfiles.redFlagStop());

        assertThat(reassessments.status()).isEmpty();
    }

    @Test
    void aChangedIntervalMovesTheDueDate() {
        Assessments.complete(journey.assessments(), AssessmentProfiles.noFindings());
        int weeks = rules().allowedIntervalWeeks().max();

        reassessments.changeInterval(weeks);

        assertThat(reassessments.intervalWeeks()).isEqualTo(weeks);
        assertThat(reassessments.status().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 3, 2).plusWeeks(weeks));
        reassessments.changeInterval(rules().allowedIntervalWeeks().min());
        assertThat(reassessments.intervalWeeks()).isEqualTo(rules().allowedIntervalWeeks().min());
    }

    @Test
    void anIntervalOutsideTheContentsRangeIsRefusedAndTheOldOneKept() {
        int min = rules().allowedIntervalWeeks().min();
        int max = rules().allowedIntervalWeeks().max();
        reassessments.changeInterval(max);

        assertThatThrownBy(() -> reassessments.changeInterval(max + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Choose between " + min + " and " + max + " weeks.");
        assertThatThrownBy(() -> reassessments.changeInterval(min - 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(reassessments.intervalWeeks()).isEqualTo(max);
    }

    @Test
    void aTrainersRequestShowsUntilTheNextCompletedAssessment() {
        Assessments.complete(journey.assessments(), AssessmentProfiles.noFindings());
        String trainerEmail = "reassess-trainer" + people + "@example.com";
        journey.register(trainerEmail, "Tara", Role.TRAINER);
        long trainer = journey.accounts().findByEmail(trainerEmail).orElseThrow().id();
        clock.plusDays(3);
        reassessments.markRequested(me, trainer, clock.instant());

        ReassessmentStatus status = reassessments.status().orElseThrow();
        assertThat(status.state()).isEqualTo(State.REQUESTED);
        assertThat(status.requestedAt()).isEqualTo(clock.instant());

        clock.plusDays(1);
        Assessments.complete(journey.assessments(), AssessmentProfiles.noFindings());
        assertThat(reassessments.status().orElseThrow().state()).isEqualTo(State.UPCOMING);
    }

    @Test
    void onlyALinkedTrainerMayRequestACheckInAndNobodyElseReadsAnothersSchedule() {
        Assessments.complete(journey.assessments(), AssessmentProfiles.noFindings());
        long client = me;
        register("reassess-other" + people + "@example.com", Role.TRAINER);

        assertThatThrownBy(() -> reassessments.requestReassessment(client)).isInstanceOf(PersonNotFoundException.class);
        assertThatThrownBy(() -> reassessments.status(client)).isInstanceOf(PersonNotFoundException.class);
        assertThatThrownBy(() -> reassessments.progress(client)).isInstanceOf(PersonNotFoundException.class);
        assertThat(reassessments.status()).isEmpty();
    }

    @Test
    void aPersonReadsTheirOwnStatusByIdToo() {
        Assessments.complete(journey.assessments(), AssessmentProfiles.noFindings());
        assertThat(reassessments.status(me)).isEqualTo(reassessments.status());
    }

    // --- referral rules across check-ins ---------------------------------------------------------------------------

    /** Logs every planned session at the target with little pain, and checks in each next morning, for some days. */
    private void trainFor(int days) {
        Training.followThePlan(tracker, clock, days, 1);
    }

    private List<Flag.Kind> openFlagKinds() {
        return tracker.referralFlags().openFlags(tracker.me()).stream().map(OpenFlag::kind).toList();
    }

    @Test
    void checkInsWithoutRealChangeAtTheContentsWeeksRaiseTheNoProgressFlag() {
        var rule = content.catalogue().referral().noProgress();
        Answers profile = AssessmentProfiles.motorControlOnly();
        journey.programmes().createFromAssessment(Assessments.complete(journey.assessments(), profile));
        int between = 7 * rule.weeks() / rule.reassessments();

        for (int i = 1; i < rule.reassessments(); i++) {
            trainFor(between);
            // a knee-to-wall a little better, but less than its real change: no real change
            Assessments.complete(journey.assessments(), Assessments.with(profile, "knee-to-wall-cm", Side.LEFT, "13"));
        }
        trainFor(between);
        assertThat(openFlagKinds()).as("one check-in short").doesNotContain(Flag.Kind.NO_PROGRESS);
        Assessments.complete(journey.assessments(), Assessments.with(profile, "knee-to-wall-cm", Side.LEFT, "13"));
        // raised the moment the check-in is finished, not only at the next session
        assertThat(openFlagKinds()).contains(Flag.Kind.NO_PROGRESS);
        trainFor(1);

        assertThat(openFlagKinds()).contains(Flag.Kind.NO_PROGRESS).doesNotContain(Flag.Kind.WORSENING);
        assertThat(tracker.referralFlags().openFlags(tracker.me())).filteredOn(f -> f.kind() == Flag.Kind.NO_PROGRESS).singleElement()
                .satisfies(f -> assertThat(f.seen()).contains(rule.weeks() + " weeks and " + rule.reassessments()
                        + " reassessment"));
    }

    @Test
    void makingANewProgrammeAfterEachCheckInDoesNotResetTheNoProgressCount() {
        var rule = content.catalogue().referral().noProgress();
        Answers profile = AssessmentProfiles.motorControlOnly();
        journey.programmes().createFromAssessment(Assessments.complete(journey.assessments(), profile));
        int between = 7 * rule.weeks() / rule.reassessments();

        for (int i = 0; i < rule.reassessments(); i++) {
            trainFor(between);
            // what the app offers after a check-in: a new programme from it
            journey.programmes().createFromAssessment(Assessments.complete(journey.assessments(),
                    Assessments.with(profile, "knee-to-wall-cm", Side.LEFT, "13")));
        }
        trainFor(1);

        assertThat(openFlagKinds()).contains(Flag.Kind.NO_PROGRESS);
    }

    @Test
    void aCheckInWorseByMoreThanTheRealChangeDespiteGoodAdherenceRaisesTheWorseningFlag() {
        Answers profile = AssessmentProfiles.motorControlOnly();
        journey.programmes().createFromAssessment(Assessments.complete(journey.assessments(), profile));
        trainFor(14);
        Assessments.complete(journey.assessments(), Assessments.with(profile, "knee-to-wall-cm", Side.LEFT, "9"));
        trainFor(2);

        assertThat(tracker.referralFlags().openFlags(tracker.me())).filteredOn(f -> f.kind() == Flag.Kind.WORSENING).singleElement()
                .satisfies(f -> assertThat(f.seen()).contains("Knee-to-wall distance (left)"));
    }

    // --- progression on a new programme --------------------------------------------------------------------------

    @Test
    void aProgressedDoseSurvivesANewProgrammeForAnExerciseStillPrescribed() {
        Answers profile = AssessmentProfiles.motorControlOnly();
        journey.programmes().createFromAssessment(Assessments.complete(journey.assessments(), profile));
        trainFor(7);
        PlannedSession before = tracker.todays().nextSession(tracker.me()).orElseThrow();
        PlannedSession.Item progressed = before.items().stream()
                .filter(i -> i.prescription().target() > i.prescription().rangeMin()
                        || !i.slotId().equals(i.prescription().exerciseId()))
                .findFirst().orElseThrow(() -> new AssertionError("a week of clean sessions progressed nothing"));

        clock.plusDays(1);
        long checkIn = Assessments.complete(journey.assessments(), profile);
        long oldProgramme = journey.programmes().current().orElseThrow().id();
        journey.programmes().createFromAssessment(checkIn);
        assertThat(journey.programmes().current().orElseThrow().id()).isNotEqualTo(oldProgramme);

        PlannedSession after = tracker.todays().nextSession(tracker.me()).orElseThrow();
        List<PlannedSession.Item> sameSlot = after.items().stream()
                .filter(i -> i.slotId().equals(progressed.slotId()) && i.prescription().side() == progressed.prescription().side())
                .toList();
        if (sameSlot.isEmpty()) {
            // the next session may be another day's: look through the week's sessions
            clock.plusDays(1);
            sameSlot = tracker.todays().nextSession(tracker.me()).orElseThrow().items().stream()
                    .filter(i -> i.slotId().equals(progressed.slotId())
                            && i.prescription().side() == progressed.prescription().side()).toList();
        }
        assertThat(sameSlot).singleElement().satisfies(i -> {
            assertThat(i.prescription().exerciseId()).isEqualTo(progressed.prescription().exerciseId());
            assertThat(i.prescription().target()).isEqualTo(progressed.prescription().target());
            assertThat(i.prescription().loadKg()).isEqualTo(progressed.prescription().loadKg());
        });
    }

    @Autowired
    CurrentPrescriptionRepository prescriptions;

    /** The item for a slot in the next session that has it, looking up to a week ahead. */
    private PlannedSession.Item nextItemFor(String slot, Side side) {
        for (int d = 0; d < 7; d++) {
            var item = tracker.todays().nextSession(tracker.me()).orElseThrow().items().stream()
                    .filter(i -> i.slotId().equals(slot) && i.prescription().side() == side).findFirst();
            if (item.isPresent()) {
                return item.get();
            }
            clock.plusDays(1);
        }
        throw new AssertionError(slot + " is not in any session of the week");
    }

    @Test
    void aProgressedLoadSurvivesANewProgrammeWhereTheSlotIsStillLoaded() {
        // the arch finding enters on the foot ladder, which climbs to a loadable heel raise
        Answers profile = AssessmentProfiles.leftPronationAndLimitedDorsiflexion();
        AboutYou withWeights = new AboutYou(AboutYou.Knees.LEFT, "netball", AboutYou.Goal.SPORT,
                Set.of("band", "weights", "step", "gym"), 45, 3, null);
        journey.programmes().createFromAssessment(Assessments.complete(journey.assessments(), profile, withWeights));
        var old = journey.programmes().current().orElseThrow();
        // A slot whose ladder climbs to a loadable step: the tracker has moved the person up to it and added 7.5 kg.
        var slot = old.programme().sessions().stream().flatMap(s -> s.exercises().stream())
                .filter(e -> loadableStepAbove(e.exerciseId()).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no ladder in the programme leads to a loadable step"));
        Exercise step = loadableStepAbove(slot.exerciseId()).orElseThrow();
        boolean unilateral = content.exercise(slot.exerciseId()).orElseThrow().unilateral();
        boolean timed = step.dosage().isTimed();
        int min = timed ? step.dosage().holdSeconds().min() : step.dosage().reps().min();
        int max = timed ? step.dosage().holdSeconds().max() : step.dosage().reps().max();
        for (ExercisePrescription start : ExercisePrescription.fromPlan(slot, unilateral)) {
            CurrentPrescription row = new CurrentPrescription(me, old.id(), slot.exerciseId(), start.side());
            row.update(new ExercisePrescription(step.id(), start.side(), start.sets(), min, max, min + 1, 7.5, timed),
                    start.sets(), 7, clock.instant());
            prescriptions.save(row);
        }
        var loaded = slot;
        Side side = unilateral ? Side.LEFT : null;
        assertThat(nextItemFor(loaded.exerciseId(), side).prescription().loadKg()).isEqualTo(7.5);

        clock.plusDays(1);
        journey.programmes().createFromAssessment(Assessments.complete(journey.assessments(), profile, withWeights));

        assertThat(journey.programmes().current().orElseThrow().id()).isNotEqualTo(old.id());
        ExercisePrescription carried = nextItemFor(loaded.exerciseId(), side).prescription();
        assertThat(carried.exerciseId()).isEqualTo(step.id());
        assertThat(carried.loadKg()).isEqualTo(7.5);
        assertThat(carried.target()).isEqualTo(min + 1);
    }

    private java.util.Optional<Exercise> loadableStepAbove(String exerciseId) {
        java.util.Optional<Exercise> next = content.catalogue().harder(exerciseId);
        while (next.isPresent() && !next.get().loadable()) {
            next = content.catalogue().harder(next.get().id());
        }
        return next;
    }

    @Test
    void aCheckInWithoutANewProgrammeKeepsTheProgrammeAndItsDoses() {
        Answers profile = AssessmentProfiles.motorControlOnly();
        journey.programmes().createFromAssessment(Assessments.complete(journey.assessments(), profile));
        trainFor(3);
        PlannedSession before = tracker.todays().nextSession(tracker.me()).orElseThrow();
        Assessments.complete(journey.assessments(), profile);
        assertThat(tracker.todays().nextSession(tracker.me()).orElseThrow().items()).isEqualTo(before.items());
    }
}
