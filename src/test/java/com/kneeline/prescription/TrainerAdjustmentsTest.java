package com.kneeline.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import com.kneeline.CoachingTest;
import com.kneeline.account.PersonNotFoundException;
import com.kneeline.account.Role;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Ladder;
import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.Programme;
import com.kneeline.prescription.engine.SessionPlan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A trainer adjusts a client's programme: attributed, bounded, safe, and carried over where it still applies. */
class TrainerAdjustmentsTest extends CoachingTest {

    @Autowired
    ProgrammeService programmes;

    @Autowired

    com.kneeline.prescription.ClientPlanService plans;
    @Autowired
    ContentService content;
    @Autowired
    com.kneeline.tracking.Tracker tracker;

    long trainer;
    long client;

    @BeforeEach
    void trainerAndClient() {
        trainer = register("Theo", Role.TRAINER);
        client = register("Cleo", Role.INDIVIDUAL);
        coach(trainer, client);
    }

    private void clientAssessment(com.kneeline.assessment.engine.Answers profile, Set<String> equipment) {
        signIn(client);
        assessment(profile, equipment, 45, 3);
        signIn(trainer);
    }

    private static List<PlannedExercise> all(ProgrammeDetails p) {
        return p.programme().sessions().stream().flatMap(s -> s.exercises().stream()).toList();
    }

    private Exercise exercise(String id) {
        return content.exercise(id).orElseThrow();
    }

    private Ladder ladderOf(String exerciseId) {
        return content.catalogue().ladder(exercise(exerciseId).ladder()).orElseThrow();
    }

    private PlannedExercise repBased(ProgrammeDetails p) {
        return all(p).stream().filter(e -> e.holdSecondsMax() == 0).findFirst().orElseThrow();
    }

    @Test
    void aTrainerGeneratesTheClientsProgrammeFromTheirLatestAssessmentAndTheClientHasIt() {
        clientAssessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of("band"));

        ProgrammeDetails made = plans.generateForClient(client);

        signIn(client);
        assertThat(programmes.current()).map(ProgrammeDetails::id).contains(made.id());
        assertThat(made.programme().sessions()).hasSize(3);
    }

    @Test
    void aDoseChangeIsAttributedToTheTrainerAndSurvivesRegenerationAfterANewAssessment() {
        clientAssessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of("band"));
        ProgrammeDetails p = plans.generateForClient(client);
        PlannedExercise target = repBased(p);

        clock.plusDays(1);
        ProgrammeDetails dosed = plans.setDose(client, p.id(), target.exerciseId(), new Dose(4, 6, 8, null));

        PlannedExercise now = all(dosed).stream().filter(e -> e.exerciseId().equals(target.exerciseId())).findFirst()
                .orElseThrow();
        assertThat(now.sets()).isEqualTo(4);
        assertThat(now.repsMin()).isEqualTo(6);
        assertThat(now.repsMax()).isEqualTo(8);
        ProgrammeDetails.Change change = dosed.doseChange(target.exerciseId()).orElseThrow();
        assertThat(change.madeByTrainer()).isTrue();
        assertThat(change.madeByName()).isEqualTo("Theo");
        assertThat(change.madeAt()).isEqualTo(clock.instant());
        assertThat(change.summary()).isEqualTo(exercise(target.exerciseId()).name() + ": 4 sets · 6–8 reps");

        clock.plusDays(28);
        signIn(client);
        long again = assessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of("band"), 45, 3).id();
        ProgrammeDetails regenerated = programmes.createFromAssessment(again);
        assertThat(regenerated.versionNumber()).isEqualTo(2);
        assertThat(regenerated.doseChange(target.exerciseId())).map(ProgrammeDetails.Change::madeByName)
                .contains("Theo");
        assertThat(all(regenerated)).filteredOn(e -> e.exerciseId().equals(target.exerciseId()))
                .allSatisfy(e -> assertThat(e.sets()).isEqualTo(4));
    }

    @Test
    void moreSetsFromTheTrainerMakeTheSessionLongerAndASwapBringsTheReplacementsOwnTempo() {
        clientAssessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of("band"));
        ProgrammeDetails p = plans.generateForClient(client);
        PlannedExercise target = repBased(p);
        SessionPlan before = sessionWith(p, target.exerciseId());

        ProgrammeDetails dosed = plans.setDose(client, p.id(), target.exerciseId(),
                new Dose(target.sets() + 3, null, null, null));

        SessionPlan after = sessionWith(dosed, target.exerciseId());
        PlannedExercise now = after.exercises().stream().filter(e -> e.exerciseId().equals(target.exerciseId()))
                .findFirst().orElseThrow();
        assertThat(now.estimatedSeconds()).isGreaterThan(target.estimatedSeconds());
        assertThat(after.estimatedMinutes()).isGreaterThan(before.estimatedMinutes());

        String original = all(p).getFirst().exerciseId();
        Exercise valid = plans.alternativesForClient(client, p.id(), original).getFirst();
        ProgrammeDetails swapped = plans.swapForClient(client, p.id(), original, valid.id());
        PlannedExercise replacement = all(swapped).stream().filter(e -> e.exerciseId().equals(valid.id()))
                .findFirst().orElseThrow();
        var tempo = valid.dosage().tempo();
        assertThat(replacement.tempo())
                .isEqualTo(tempo == null ? null : tempo.lower() + "-" + tempo.pause() + "-" + tempo.lift());
        assertThat(replacement.sets()).isEqualTo(valid.dosage().sets());
    }

    private static SessionPlan sessionWith(ProgrammeDetails p, String exerciseId) {
        return p.programme().sessions().stream()
                .filter(s -> s.exercises().stream().anyMatch(e -> e.exerciseId().equals(exerciseId)))
                .findFirst().orElseThrow();
    }

    @Test
    void aDoseOutsideTheBoundsIsRefusedWithASentenceForItsFieldAndNothingIsSaved() {
        clientAssessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of("band"));
        ProgrammeDetails p = plans.generateForClient(client);
        String id = repBased(p).exerciseId();

        assertThatThrownBy(() -> plans.setDose(client, p.id(), id, new Dose(ProgrammeOverride.MAX_SETS + 1, null,
                null, null))).isInstanceOfSatisfying(AdjustmentRefusedException.class, e ->
                assertThat(e.field()).isEqualTo(AdjustmentRefusedException.Field.SETS));
        assertThatThrownBy(() -> plans.setDose(client, p.id(), id, new Dose(null, 12, 8, null)))
                .isInstanceOfSatisfying(AdjustmentRefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo(AdjustmentRefusedException.Field.RANGE);
                    assertThat(e.getMessage()).contains("lower number first");
                });
        assertThat(plans.clientPlan(client).current().orElseThrow().changes()).isEmpty();
    }

    @Test
    void loadOnAFormGatedExerciseWhileTheKneeCavesIsRefusedWithTheReason() {
        clientAssessment(AssessmentProfiles.motorControlOnly(), Set.of("band", "weights", "step", "gym"));
        ProgrammeDetails p = plans.generateForClient(client);
        PlannedExercise gated = all(p).stream().filter(e -> ladderOf(e.exerciseId()).formGated()).findFirst()
                .orElseThrow();

        assertThatThrownBy(() -> plans.setDose(client, p.id(), gated.exerciseId(),
                new Dose(null, null, null, "Hold a 10 kg dumbbell")))
                .isInstanceOfSatisfying(AdjustmentRefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo(AdjustmentRefusedException.Field.LOAD_GUIDANCE);
                    assertThat(e.getMessage()).startsWith("Not while the knee caves in on the single-leg squat: ");
                });
        // sets and reps are still the trainer's to change
        plans.setDose(client, p.id(), gated.exerciseId(), new Dose(2, null, null, null));
    }

    @Test
    void aSwapAboveTheLevelAllowedWhileTheKneeCavesIsRefusedAndAValidSwapIsSetByTheTrainer() {
        clientAssessment(AssessmentProfiles.motorControlOnly(), Set.of("band", "weights", "step", "gym"));
        ProgrammeDetails p = plans.generateForClient(client);
        PlannedExercise gated = all(p).stream().filter(e -> ladderOf(e.exerciseId()).formGated()).findFirst()
                .orElseThrow();
        Ladder ladder = ladderOf(gated.exerciseId());
        Exercise above = content.catalogue().ladderSteps(ladder.id()).stream()
                .filter(x -> x.level() > ladder.maxLevelWhileCaving()).findFirst().orElseThrow();

        assertThatThrownBy(() -> plans.swapForClient(client, p.id(), gated.exerciseId(), above.id()))
                .isInstanceOfSatisfying(AdjustmentRefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo(AdjustmentRefusedException.Field.REPLACEMENT);
                    assertThat(e.getMessage()).startsWith("Not while the knee caves in on the single-leg squat: ")
                            .contains(above.name());
                });

        String original = all(p).getFirst().exerciseId();
        Exercise valid = plans.alternativesForClient(client, p.id(), original).getFirst();
        ProgrammeDetails swapped = plans.swapForClient(client, p.id(), original, valid.id());
        assertThat(swapped.changeThatAdded(valid.id())).map(ProgrammeDetails.Change::madeByTrainer).contains(true);
        assertThat(all(swapped)).extracting(PlannedExercise::exerciseId).doesNotContain(original);
    }

    @Test
    void aNewWeekMakesANewVersionWithThatManySessionsAndKeepsTheSwap() {
        clientAssessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of("band"));
        ProgrammeDetails p = plans.generateForClient(client);
        String original = all(p).getFirst().exerciseId();
        String replacement = plans.alternativesForClient(client, p.id(), original).getFirst().id();
        plans.swapForClient(client, p.id(), original, replacement);

        assertThatThrownBy(() -> plans.setWeek(client, p.id(), 8, 30))
                .isInstanceOfSatisfying(AdjustmentRefusedException.class, e ->
                        assertThat(e.field()).isEqualTo(AdjustmentRefusedException.Field.SESSIONS));
        ProgrammeDetails two = plans.setWeek(client, p.id(), 2, 30);

        assertThat(two.versionNumber()).isEqualTo(p.versionNumber() + 1);
        assertThat(two.programme().sessions()).hasSize(2);
        assertThat(two.latest(ProgrammeOverride.Kind.WEEK)).map(ProgrammeDetails.Change::summary)
                .contains("2 sessions a week, 30 minutes each");
        assertThat(two.changeThatAdded(replacement)).isPresent();
        assertThat(plans.clientPlan(client).week()).isEqualTo(new com.kneeline.prescription.Week(2, 30));
        // the old version is kept and can no longer be adjusted
        assertThatThrownBy(() -> plans.setWeek(client, p.id(), 3, 30)).isInstanceOf(AdjustmentRefusedException.class);
    }

    @Test
    void aPhaseSetByTheTrainerHoldsButACavingKneeStaysOnLowUnloadedSteps() {
        clientAssessment(AssessmentProfiles.motorControlOnly(), Set.of("band", "weights", "step", "gym"));
        ProgrammeDetails p = plans.generateForClient(client);
        String later = programmes.nextPhase(p.programme().phaseId()).orElseThrow();

        ProgrammeDetails moved = plans.setPhase(client, p.id(), later);

        assertThat(moved.programme().phaseId()).isEqualTo(later);
        assertThat(moved.latest(ProgrammeOverride.Kind.PHASE)).map(ProgrammeDetails.Change::madeByTrainer).contains(true);
        assertThat(all(moved)).allSatisfy(e -> {
            Ladder l = ladderOf(e.exerciseId());
            if (l.formGated()) {
                assertThat(exercise(e.exerciseId()).level()).isLessThanOrEqualTo(l.maxLevelWhileCaving());
                assertThat(e.loadGuidance()).isNull();
            }
        });
        assertThatThrownBy(() -> plans.setPhase(client, moved.id(), "no-such-phase"))
                .isInstanceOfSatisfying(AdjustmentRefusedException.class, e ->
                        assertThat(e.field()).isEqualTo(AdjustmentRefusedException.Field.PHASE));
    }

    @Test
    void anAcuteRedFlagInTheLatestAssessmentLeavesNoProgrammeToAdjust() {
        clientAssessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of("band"));
        ProgrammeDetails p = plans.generateForClient(client);
        clock.plusDays(3);
        signIn(client);
        assessment(AssessmentProfiles.redFlagStop(), Set.of("band"), 45, 3);
        signIn(trainer);

        assertThat(plans.clientPlan(client).blocked()).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("There is no programme to adjust"));
        assertThatThrownBy(() -> plans.setDose(client, p.id(), repBased(p).exerciseId(),
                new Dose(2, null, null, null))).isInstanceOf(AdjustmentRefusedException.class)
                .hasMessageStartingWith("There is no programme to adjust");
        assertThatThrownBy(() -> plans.generateForClient(client)).isInstanceOf(AdjustmentRefusedException.class);
    }

    @Test
    void withoutALinkNeitherAnotherTrainerNorTheClientCanUseTrainerChanges() {
        clientAssessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of("band"));
        ProgrammeDetails p = plans.generateForClient(client);
        String id = repBased(p).exerciseId();

        signIn(register("Other", Role.TRAINER));
        assertThatThrownBy(() -> plans.clientPlan(client)).isInstanceOf(PersonNotFoundException.class);
        assertThatThrownBy(() -> plans.setDose(client, p.id(), id, new Dose(2, null, null, null)))
                .isInstanceOf(PersonNotFoundException.class);
        assertThatThrownBy(() -> plans.generateForClient(client)).isInstanceOf(PersonNotFoundException.class);

        signIn(client);
        assertThatThrownBy(() -> plans.setDose(client, p.id(), id, new Dose(2, null, null, null)))
                .isInstanceOf(PersonNotFoundException.class);
        assertThat(programmes.current().orElseThrow().changes()).isEmpty();
    }

    @Test
    void aProgrammeIdOfAnotherPersonIsNotFoundEvenForALinkedTrainer() {
        long stranger = register("Stan", Role.INDIVIDUAL);
        signIn(stranger);
        assessment(AssessmentProfiles.motorControlOnly(), Set.of(), 30, 3);
        ProgrammeDetails strangers = programmes.createFromAssessment(assessments.latestCompleted().orElseThrow().id());
        clientAssessment(AssessmentProfiles.motorControlOnly(), Set.of());

        assertThatThrownBy(() -> plans.setWeek(client, strangers.id(), 2, 30))
                .isInstanceOf(ProgrammeNotFoundException.class);
        assertThat(plans.clientPlan(client).current()).isEmpty();
        assertThat(Programme.Kind.FULL).isNotNull();
    }

    @Test
    void aDoseSetAfterTheTrackerHasProgressedAnExerciseIsWhatTheClientDoesNext() {
        clientAssessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of("band"));
        ProgrammeDetails p = plans.generateForClient(client);
        signIn(client);
        var session = tracker.todays().nextSession(tracker.me()).orElseThrow();
        tracker.sessionLog().logSession(tracker.me(), session.number(), session.items().stream().map(i -> com.kneeline.tracking.engine.ExerciseLog
                .done(i.prescription().exerciseId(), i.prescription().side(), java.util.stream.IntStream.range(0, i.sets())
                        .mapToObj(n -> new com.kneeline.tracking.engine.SetLog(i.prescription().target(),
                                i.prescription().loadKg(), 7.0, 0, com.kneeline.tracking.engine.KneeTracking.GOOD))
                        .toList())).toList());
        String slot = session.items().getFirst().slotId();
        clock.plusDays(1);

        signIn(trainer);
        plans.setDose(client, p.id(), slot, new Dose(ProgrammeOverride.MAX_SETS, null, null, null));

        signIn(client);
        assertThat(tracker.todays().nextSession(tracker.me()).orElseThrow().items()).filteredOn(i -> i.slotId().equals(slot))
                .isNotEmpty()
                // the trainer's sets, plus the affected side's extra set where the exercise is one-legged
                .allSatisfy(i -> assertThat(i.sets()).isBetween(ProgrammeOverride.MAX_SETS, ProgrammeOverride.MAX_SETS + 1))
                .anySatisfy(i -> assertThat(i.sets()).isEqualTo(ProgrammeOverride.MAX_SETS));
    }
}
