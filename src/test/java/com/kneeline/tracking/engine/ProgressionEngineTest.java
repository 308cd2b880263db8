package com.kneeline.tracking.engine;

import static com.kneeline.tracking.engine.KneeTracking.CAVED;
import static com.kneeline.tracking.engine.KneeTracking.GOOD;
import static com.kneeline.tracking.engine.KneeTracking.NOT_SURE;
import static com.kneeline.tracking.engine.Tk.CATALOGUE;
import static com.kneeline.tracking.engine.Tk.START;
import static com.kneeline.tracking.engine.Tk.asPrescribed;
import static com.kneeline.tracking.engine.Tk.decide;
import static com.kneeline.tracking.engine.Tk.rx;
import static com.kneeline.tracking.engine.Tk.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.ProgressionRules;
import com.kneeline.tracking.engine.Decision.Kind;

/** Every progression, hold and regression rule at its boundary, against the bundled pack's numbers. */
class ProgressionEngineTest {

    static final ProgressionRules RULES = CATALOGUE.progression();
    static final int ACCEPTABLE = RULES.painMonitoring().acceptableDuringMax();
    static final int SAFE = RULES.painMonitoring().safeMax();
    static final double RPE_MAX = RULES.effort().targetRpe().max();

    @Nested
    class Progress {

        @Test
        void allSetsAtTheTargetWithGoodTrackingAddRepsFirst() {
            var p = rx("glute-bridge", null, 3, 10, null);
            Decision d = decide(p, asPrescribed(p, RPE_MAX, 0, GOOD));
            assertThat(d.kind()).isEqualTo(Kind.PROGRESS_REPS);
            assertThat(d.next().target()).isEqualTo(10 + RULES.doubleProgression().repStep());
            assertThat(d.sentence()).isEqualTo(
                    "Glute bridge: 3×10 → 3×11, because you did 3×10 at RPE 8 with good knee tracking.");
        }

        @Test
        void holdsGrowByTheContentsHoldStep() {
            var p = rx("single-leg-balance", Side.LEFT, 3, 30, null);
            Decision d = decide(p, asPrescribed(p, 6, 0, GOOD));
            assertThat(d.kind()).isEqualTo(Kind.PROGRESS_REPS);
            assertThat(d.next().target()).isEqualTo(30 + RULES.doubleProgression().holdStepSeconds());
            assertThat(d.sentence()).contains("3×30 s → 3×35 s");
        }

        @Test
        void theRepTargetNeverPassesTheTopOfTheRange() {
            var p = rx("single-leg-balance", Side.LEFT, 3, 43, null);
            assertThat(decide(p, asPrescribed(p, 6, 0, GOOD)).next().target()).isEqualTo(45);
        }

        @Test
        void topOfTheRangeWithALoadAddsLoadAndGoesBackToTheBottom() {
            var p = rx("goblet-squat", null, 3, 12, 8.0);
            Decision d = decide(p, asPrescribed(p, 7, 0, GOOD));
            assertThat(d.kind()).isEqualTo(Kind.PROGRESS_LOAD);
            assertThat(d.next().loadKg()).isEqualTo(8.5);
            assertThat(d.next().target()).isEqualTo(8);
            assertThat(d.sentence()).isEqualTo(
                    "Goblet squat: 3×12 at 8 kg → 3×8 at 8.5 kg, because you did 3×12 at 8 kg at RPE 7 with good knee tracking.");
        }

        @Test
        void topOfTheRangeOfBodyWeightWorkMovesUpTheLadder() {
            var p = rx("glute-bridge", null, 3, 15, null);
            Decision d = decide(p, asPrescribed(p, 7, 0, GOOD));
            assertThat(d.kind()).isEqualTo(Kind.MOVE_UP_LADDER);
            assertThat(d.next().exerciseId()).isEqualTo(CATALOGUE.harder("glute-bridge").orElseThrow().id());
            assertThat(d.next().target()).isEqualTo(d.next().rangeMin());
            assertThat(d.next().sets()).isEqualTo(3);
        }

        @Test
        void topOfTheRangeAndOfTheLadderHolds() {
            var p = rx("monster-walk", null, 3, 15, null);
            Decision d = decide(p, asPrescribed(p, 7, 0, GOOD));
            assertThat(d.kind()).isEqualTo(Kind.HOLD);
            assertThat(d.sentence()).contains("top of its range and of its ladder");
        }

        @Test
        void painAtTheSafeMaxStillProgressesButOneAboveHolds() {
            var p = rx("glute-bridge", null, 3, 10, null);
            assertThat(decide(p, asPrescribed(p, 7, SAFE, GOOD)).kind()).isEqualTo(Kind.PROGRESS_REPS);
            Decision caution = decide(p, asPrescribed(p, 7, SAFE + 1, GOOD));
            assertThat(caution.kind()).isEqualTo(Kind.HOLD);
            assertThat(caution.next()).isEqualTo(p);
        }

        @Test
        void effortAtTheTopOfTheTargetProgressesButHalfAPointAboveHolds() {
            var p = rx("glute-bridge", null, 3, 10, null);
            assertThat(decide(p, asPrescribed(p, RPE_MAX, 0, GOOD)).kind()).isEqualTo(Kind.PROGRESS_REPS);
            Decision hard = decide(p, asPrescribed(p, RPE_MAX + 0.5, 0, GOOD));
            assertThat(hard.kind()).isEqualTo(Kind.HOLD);
            assertThat(hard.sentence()).contains("RPE 8.5, above the target of RPE 7-8");
        }

        @Test
        void effortBelowTheTargetStillProgresses() {
            var p = rx("glute-bridge", null, 3, 10, null);
            assertThat(decide(p, asPrescribed(p, 5, 0, GOOD)).kind()).isEqualTo(Kind.PROGRESS_REPS);
        }

        @Test
        void oneSetShortOfTheTargetHolds() {
            var p = rx("glute-bridge", null, 3, 10, null);
            var log = ExerciseLog.done(p.exerciseId(), null, List.of(set(10, null, 7.0, 0, GOOD),
                    set(10, null, 7.0, 0, GOOD), set(9, null, 7.0, 0, GOOD)));
            Decision d = decide(p, log);
            assertThat(d.kind()).isEqualTo(Kind.HOLD);
            assertThat(d.sentence()).contains("2 of 3 sets reached 10 reps");
        }

        @Test
        void fewerSetsThanPrescribedHolds() {
            var p = rx("glute-bridge", null, 3, 10, null);
            var log = ExerciseLog.done(p.exerciseId(), null, Tk.sets(2, 10, null, 7, 0, GOOD));
            assertThat(decide(p, log).kind()).isEqualTo(Kind.HOLD);
        }

        @Test
        void anUnratedSetHolds() {
            var p = rx("glute-bridge", null, 3, 10, null);
            var log = ExerciseLog.done(p.exerciseId(), null, List.of(set(10, null, 7.0, 0, GOOD),
                    set(10, null, null, 0, GOOD), set(10, null, 7.0, 0, GOOD)));
            assertThat(decide(p, log).sentence()).contains("effort of every set was not rated");
        }
    }

    @Nested
    class Hold {

        @Test
        void oneSetWithTrackingNotSureHolds() {
            var p = rx("glute-bridge", null, 3, 10, null);
            var log = ExerciseLog.done(p.exerciseId(), null, List.of(set(10, null, 7.0, 0, GOOD),
                    set(10, null, 7.0, 0, NOT_SURE), set(10, null, 7.0, 0, GOOD)));
            Decision d = decide(p, log);
            assertThat(d.kind()).isEqualTo(Kind.HOLD);
            assertThat(d.sentence()).contains("not sure how your knee tracked");
        }

        @Test
        void noMorningCheckInYetWaitsForIt() {
            var p = rx("glute-bridge", null, 3, 10, null);
            LocalDate day = START.plusDays(2);
            Decision d = decide(p, asPrescribed(p, 7, 0, GOOD), day, null, Set.of());
            assertThat(d.kind()).isEqualTo(Kind.WAITING);
            assertThat(d.next()).isEqualTo(p);
            assertThat(d.changes()).isFalse();
            assertThat(d.sentence()).isEqualTo("Glute bridge: decided after your morning check-in.");
        }

        @Test
        void aCheckInOnTheSessionDayIsNotTheNextMorning() {
            var p = rx("glute-bridge", null, 3, 10, null);
            LocalDate day = START.plusDays(2);
            assertThat(decide(p, asPrescribed(p, 7, 0, GOOD), day, MorningCheckIn.settled(day), Set.of()).kind())
                    .isEqualTo(Kind.WAITING);
            assertThat(decide(p, asPrescribed(p, 7, 0, GOOD), day, MorningCheckIn.settled(day.plusDays(1)), Set.of())
                    .kind()).isEqualTo(Kind.PROGRESS_REPS);
        }

        @Test
        void aSkippedOrMissingExerciseHolds() {
            var p = rx("glute-bridge", null, 3, 10, null);
            assertThat(decide(p, ExerciseLog.skipped("glute-bridge", null, "no time")).kind()).isEqualTo(Kind.HOLD);
            assertThat(decide(p, asPrescribed(rx("clamshell", Side.LEFT, 3, 12, null), 7, 0, GOOD)).sentence())
                    .contains("did not do it");
        }

        @Test
        void cavingOnceOnNonLoadableWorkHoldsWithTheCueRatherThanRegresses() {
            var p = rx("clamshell", Side.LEFT, 3, 12, null);
            Decision d = decide(p, asPrescribed(p, 7, 0, CAVED));
            assertThat(d.kind()).isEqualTo(Kind.CUE);
            assertThat(d.next()).isEqualTo(p);
            assertThat(d.sentence()).contains("caved in");
        }
    }

    @Nested
    class Regress {

        @Test
        void painAtTheAcceptableLimitHoldsButOneAboveRegressesTheLoad() {
            var p = rx("goblet-squat", null, 3, 12, 10.0);
            assertThat(decide(p, asPrescribed(p, 7, ACCEPTABLE, GOOD)).kind()).isEqualTo(Kind.HOLD);
            Decision d = decide(p, asPrescribed(p, 7, ACCEPTABLE + 1, GOOD));
            assertThat(d.kind()).isEqualTo(Kind.REGRESS_LOAD);
            assertThat(d.next().loadKg()).isEqualTo(9.5);
            assertThat(d.next().target()).isEqualTo(12);
            assertThat(d.sentence()).isEqualTo(
                    "Goblet squat: 3×12 at 10 kg → 3×12 at 9.5 kg, because your pain reached 6/10, above the 5/10 limit.");
        }

        @Test
        void painNotSettledByMorningRegresses() {
            var p = rx("goblet-squat", null, 3, 10, 10.0);
            LocalDate day = START.plusDays(2);
            Decision d = decide(p, asPrescribed(p, 7, 2, GOOD), day, MorningCheckIn.notSettled(day.plusDays(1)),
                    Set.of());
            assertThat(d.kind()).isEqualTo(Kind.REGRESS_LOAD);
            assertThat(d.sentence()).contains("had not settled by the next morning");
        }

        @Test
        void tooMuchPainOnBodyWeightWorkGoesOneStepDownTheLadder() {
            var p = rx("single-leg-glute-bridge", Side.RIGHT, 3, 10, null);
            Decision d = decide(p, asPrescribed(p, 7, ACCEPTABLE + 1, GOOD));
            assertThat(d.kind()).isEqualTo(Kind.MOVE_DOWN_LADDER);
            assertThat(d.next().exerciseId()).isEqualTo("glute-bridge");
            assertThat(d.next().side()).isEqualTo(Side.RIGHT);
        }

        @Test
        void tooMuchPainAtTheBottomOfALadderDropsToTheBottomOfTheRange() {
            var p = rx("clamshell", Side.LEFT, 3, 16, null);
            Decision d = decide(p, asPrescribed(p, 7, ACCEPTABLE + 1, GOOD));
            assertThat(d.kind()).isEqualTo(Kind.REGRESS_REPS);
            assertThat(d.next().target()).isEqualTo(p.rangeMin());
            var atBottom = rx("clamshell", Side.LEFT, 3, 12, null);
            assertThat(decide(atBottom, asPrescribed(atBottom, 7, ACCEPTABLE + 1, GOOD)).kind()).isEqualTo(Kind.HOLD);
        }

        @Test
        void aKneeThatCavesOnALoadedLiftLosesLoad() {
            var p = rx("goblet-squat", null, 3, 10, 12.0);
            var log = ExerciseLog.done(p.exerciseId(), null, List.of(set(10, 12.0, 7.0, 0, GOOD),
                    set(10, 12.0, 7.0, 0, GOOD), set(10, 12.0, 7.0, 0, CAVED)));
            Decision d = decide(p, log);
            assertThat(d.kind()).isEqualTo(Kind.REGRESS_LOAD);
            assertThat(d.next().loadKg()).isLessThan(12.0);
            assertThat(d.sentence()).contains("never loaded while it caves");
        }

        @Test
        void aKneeThatCavesOnceOnALoadableMovementAtBodyWeightHoldsWithTheCue() {
            var p = rx("step-up", Side.LEFT, 3, 10, null);
            Decision d = decide(p, asPrescribed(p, 7, 0, CAVED));
            assertThat(d.kind()).isEqualTo(Kind.CUE);
            assertThat(d.next()).isEqualTo(p);
            String cue = CATALOGUE.exercise("step-up").orElseThrow().cues().get(0);
            assertThat(d.sentence()).contains("your knee caved in once; think: " + Text.lowerFirst(cue));
        }

        @Test
        void regressionComesBeforeAnyProgressEvenWhenEverySetHitTheTop() {
            var p = rx("goblet-squat", null, 3, 12, 8.0);
            assertThat(decide(p, asPrescribed(p, 7, ACCEPTABLE + 1, GOOD)).kind()).isEqualTo(Kind.REGRESS_LOAD);
        }
    }

    @Nested
    class FormGate {

        @Test
        void noLoadIsAddedWhileTheFormCheckShowsCaving() {
            var p = rx("goblet-squat", null, 3, 12, 8.0);
            LocalDate day = START.plusDays(2);
            // goblet squat is above its ladder's max level while caving: the gate first takes it down
            Decision d = decide(p, asPrescribed(p, 7, 0, GOOD), day, MorningCheckIn.settled(day.plusDays(1)),
                    Set.of(Side.LEFT));
            assertThat(d.kind()).isEqualTo(Kind.MOVE_DOWN_LADDER);
            int max = CATALOGUE.ladder("squat").orElseThrow().maxLevelWhileCaving();
            assertThat(CATALOGUE.exercise(d.next().exerciseId()).orElseThrow().level()).isEqualTo(max);
            assertThat(d.next().loadKg()).isNull();
        }

        @Test
        void aFormGatedLadderIsNotClimbedAboveItsMaxLevelWhileCaving() {
            // split squat is level 1 = the lunge ladder's max level while caving
            var p = rx("split-squat", Side.LEFT, 3, 12, null);
            LocalDate day = START.plusDays(2);
            Decision gated = decide(p, asPrescribed(p, 7, 0, GOOD), day, MorningCheckIn.settled(day.plusDays(1)),
                    Set.of(Side.LEFT));
            assertThat(gated.kind()).isEqualTo(Kind.HOLD);
            assertThat(gated.sentence()).contains("form check");
            // the other leg's form check does not gate this leg
            Decision other = decide(p, asPrescribed(p, 7, 0, GOOD), day, MorningCheckIn.settled(day.plusDays(1)),
                    Set.of(Side.RIGHT));
            assertThat(other.kind()).isEqualTo(Kind.MOVE_UP_LADDER);
        }

        @Test
        void aLoadedLiftOnAGatedLadderWithinTheMaxLevelKeepsItsLoadButGainsNone() {
            var p = rx("step-up", Side.LEFT, 3, 12, 6.0);
            // step-up is above the lunge ladder's max level while caving (1), so it first moves down
            LocalDate day = START.plusDays(2);
            Decision d = decide(p, asPrescribed(p, 7, 0, GOOD), day, MorningCheckIn.settled(day.plusDays(1)),
                    Set.of(Side.LEFT));
            assertThat(d.kind()).isEqualTo(Kind.MOVE_DOWN_LADDER);
            assertThat(d.next().loaded()).isFalse();
        }

        @Test
        void ungatedLaddersIgnoreTheFormCheck() {
            var p = rx("glute-bridge", null, 3, 15, null);
            LocalDate day = START.plusDays(2);
            assertThat(decide(p, asPrescribed(p, 7, 0, GOOD), day, MorningCheckIn.settled(day.plusDays(1)),
                    Set.of(Side.LEFT, Side.RIGHT)).kind()).isEqualTo(Kind.MOVE_UP_LADDER);
        }
    }

    @Nested
    class Deload {

        @Test
        void theDeloadWeekIsEveryDefaultWeeksFromTheStartForItsLength() {
            int every = RULES.deload().defaultEveryWeeks();
            LocalDate first = START.plusWeeks(every - 1);
            assertThat(Tk.ENGINE.isDeloadWeek(START, first.minusDays(1), null)).isFalse();
            assertThat(Tk.ENGINE.isDeloadWeek(START, first, null)).isTrue();
            assertThat(Tk.ENGINE.isDeloadWeek(START, first.plusDays(RULES.deload().lengthDays() - 1), null)).isTrue();
            assertThat(Tk.ENGINE.isDeloadWeek(START, first.plusDays(RULES.deload().lengthDays()), null)).isFalse();
            assertThat(Tk.ENGINE.isDeloadWeek(START, START.plusWeeks(2L * every - 1), null)).isTrue();
            assertThat(Tk.ENGINE.isDeloadWeek(START, START.minusDays(1), null)).isFalse();
        }

        @Test
        void aTrainersCadenceMustLieWithinTheContentsRange() {
            int max = RULES.deload().everyWeeks().max();
            assertThat(Tk.ENGINE.isDeloadWeek(START, START.plusWeeks(max - 1), max)).isTrue();
            assertThatThrownBy(() -> Tk.ENGINE.isDeloadWeek(START, START, max + 1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aDeloadWeekCutsSetsAndEffortAndKeepsThePrescription() {
            LocalDate day = START.plusWeeks(RULES.deload().defaultEveryWeeks() - 1);
            var p = rx("goblet-squat", null, 3, 12, 8.0);
            var result = Tk.ENGINE.decide(new ProgressionInput(day, START, null, List.of(p),
                    new SessionLog(day.minusDays(1), List.of(asPrescribed(p, 7, 0, GOOD))),
                    List.of(MorningCheckIn.settled(day)), Set.of(), false));
            Decision d = result.decisions().get(0);
            assertThat(result.deloadWeek()).isTrue();
            assertThat(d.kind()).isEqualTo(Kind.DELOAD);
            assertThat(d.next()).isEqualTo(p);
            assertThat(d.session().sets()).isEqualTo(2);
            assertThat(d.targetRpe().max()).isEqualTo(RPE_MAX - RULES.deload().rpeCut());
            assertThat(d.sentence()).isEqualTo(
                    "Goblet squat: 3×12 at 8 kg → 2×12 at 8 kg for this week, because this is a deload week: 40 % fewer sets and effort around RPE 5-6.");
        }

        @Test
        void aRegressionStillHappensInADeloadWeek() {
            LocalDate day = START.plusWeeks(RULES.deload().defaultEveryWeeks() - 1);
            var p = rx("goblet-squat", null, 3, 12, 8.0);
            Decision d = Tk.ENGINE.decide(new ProgressionInput(day, START, null, List.of(p),
                    new SessionLog(day.minusDays(1), List.of(asPrescribed(p, 7, ACCEPTABLE + 1, GOOD))),
                    List.of(MorningCheckIn.settled(day)), Set.of(), false)).decisions().get(0);
            assertThat(d.kind()).isEqualTo(Kind.REGRESS_LOAD);
            assertThat(d.session().sets()).isEqualTo(2);
            assertThat(d.session().loadKg()).isEqualTo(d.next().loadKg());
        }
    }

    @Test
    void aPausedProgrammeChangesNothing() {
        var p = rx("glute-bridge", null, 3, 10, null);
        LocalDate day = START.plusDays(2);
        Decision d = Tk.ENGINE.decide(new ProgressionInput(day.plusDays(1), START, null, List.of(p),
                new SessionLog(day, List.of(asPrescribed(p, 7, 0, GOOD))),
                List.of(MorningCheckIn.settled(day.plusDays(1))), Set.of(), true)).decisions().get(0);
        assertThat(d.kind()).isEqualTo(Kind.PAUSE);
        assertThat(d.next()).isEqualTo(p);
    }

    @Test
    void unilateralWorkIsDecidedPerSide() {
        var left = rx("single-leg-glute-bridge", Side.LEFT, 3, 10, null);
        var right = rx("single-leg-glute-bridge", Side.RIGHT, 4, 10, null);
        LocalDate day = START.plusDays(2);
        var result = Tk.ENGINE.decide(new ProgressionInput(day.plusDays(1), START, null, List.of(left, right),
                new SessionLog(day, List.of(asPrescribed(left, 7, 0, GOOD), asPrescribed(right, 7, 0, NOT_SURE))),
                List.of(MorningCheckIn.settled(day.plusDays(1))), Set.of(), false));
        assertThat(result.decision("single-leg-glute-bridge", Side.LEFT).orElseThrow().kind())
                .isEqualTo(Kind.PROGRESS_REPS);
        assertThat(result.decision("single-leg-glute-bridge", Side.RIGHT).orElseThrow().kind())
                .isEqualTo(Kind.HOLD);
        assertThat(result.next()).hasSize(2);
    }

    @Test
    void anUnknownExerciseIsRejected() {
        var p = new ExercisePrescription("no-such-exercise", null, 3, 8, 12, 8, null, false);
        assertThatThrownBy(() -> decide(p, ExerciseLog.skipped("no-such-exercise", null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startingDosesComeFromThePlanWithExtraSetsOnTheAffectedSide() {
        var planned = new com.kneeline.prescription.engine.PlannedExercise("split-squat",
                com.kneeline.content.model.Pillar.STRENGTH, 3, 8, 12, 0, 0, null, 60, Side.LEFT, 1, null, 300,
                List.of(new com.kneeline.prescription.engine.Rationale("weak-glute-medius", Side.LEFT,
                        com.kneeline.content.model.Strength.LIKELY, "x")));
        List<ExercisePrescription> doses = new ArrayList<>(ExercisePrescription.fromPlan(planned, true));
        assertThat(doses).extracting(ExercisePrescription::side, ExercisePrescription::sets,
                ExercisePrescription::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Side.LEFT, 4, 8), org.assertj.core.groups.Tuple.tuple(Side.RIGHT, 3, 8));
    }
}
