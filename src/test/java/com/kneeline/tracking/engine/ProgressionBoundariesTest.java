package com.kneeline.tracking.engine;

import static com.kneeline.tracking.engine.KneeTracking.CAVED;
import static com.kneeline.tracking.engine.KneeTracking.GOOD;
import static com.kneeline.tracking.engine.Tk.CATALOGUE;
import static com.kneeline.tracking.engine.Tk.START;
import static com.kneeline.tracking.engine.Tk.asPrescribed;
import static com.kneeline.tracking.engine.Tk.decide;
import static com.kneeline.tracking.engine.Tk.rx;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import com.kneeline.content.model.FormGate;
import com.kneeline.content.model.ProgressionRules;
import com.kneeline.tracking.engine.Decision.Kind;

/**
 * Double progression from the log as done: what the person actually did sets the next target, load follows the
 * log and the content's step, a caving knee holds then steps down, and an open flag of any kind pauses progress.
 */
class ProgressionBoundariesTest {

    static final ProgressionRules RULES = CATALOGUE.progression();
    static final double RPE_MAX = RULES.effort().targetRpe().max();
    static final FormGate GATE = RULES.formGate();
    static final int SAFE_PAIN = RULES.painMonitoring().safeMax();

    static ExerciseLog did(ExercisePrescription p, int sets, int reps, Double kg, double rpe, KneeTracking tracking) {
        return ExerciseLog.done(p.exerciseId(), p.side(), Tk.sets(sets, reps, kg, rpe, 0, tracking));
    }

    @Nested
    class RepsAboveTheTarget {

        @Test
        void theNextTargetStartsFromTheRepsDoneNotFromTheOldTarget() {
            var p = rx("clamshell", null, 2, 12, null); // range 12-20
            Decision d = decide(p, did(p, 2, 16, null, 7, GOOD));
            assertThat(d.kind()).isEqualTo(Kind.PROGRESS_REPS);
            assertThat(d.next().target()).isEqualTo(16 + RULES.doubleProgression().repStep());
            assertThat(d.sentence()).isEqualTo(
                    "Clamshell: 2×12 → 2×17, because you did 2×16 at RPE 7 with good knee tracking.");
        }

        @Test
        void aHoldForPainInTheCautionZoneKeepsWhatWasDoneButAddsNothing() {
            var p = rx("clamshell", null, 2, 12, null);
            var log = ExerciseLog.done(p.exerciseId(), null, Tk.sets(2, 16, null, 7, SAFE_PAIN + 1, GOOD));
            Decision d = decide(p, log);
            assertThat(d.kind()).isEqualTo(Kind.HOLD);
            assertThat(d.next().target()).isEqualTo(16);
            assertThat(d.sentence()).startsWith("Clamshell: stay at 2×16, because your pain reached");
        }

        @Test
        void oneRepShortOfTheTopGoesToTheTopAndNeverPastIt() {
            var p = rx("clamshell", null, 2, 12, null);
            assertThat(decide(p, did(p, 2, 19, null, 7, GOOD)).next().target()).isEqualTo(20);
        }

        @Test
        void setsThatDifferAreQuotedAsARangeAndTheLowestCounts() {
            var p = rx("clamshell", null, 2, 12, null);
            var log = ExerciseLog.done(p.exerciseId(), null, List.of(Tk.set(15, null, 7.0, 0, GOOD),
                    Tk.set(13, null, 7.0, 0, GOOD), Tk.set(9, null, 8.0, 0, GOOD)));
            Decision d = decide(p, log);
            assertThat(d.next().target()).isEqualTo(14);
            assertThat(d.sentence()).contains("because you did 2×13-15 at RPE 7");
        }
    }

    @Nested
    class TopOfTheRange {

        @Test
        void atTheTargetEffortBodyWeightWorkMovesUpTheLadderEvenFromBelowTheTarget() {
            var p = rx("clamshell", null, 2, 12, null);
            Decision d = decide(p, did(p, 2, 20, null, RPE_MAX, GOOD));
            assertThat(d.kind()).isEqualTo(Kind.MOVE_UP_LADDER);
            assertThat(d.sentence()).contains("because you did 2×20 at RPE 8 with good knee tracking");
        }

        @Test
        void atTheTargetEffortALoadedLiftAddsTheContentsLoadStep() {
            var p = rx("goblet-squat", null, 3, 8, 10.0);
            Decision d = decide(p, did(p, 3, 12, 10.0, 7, GOOD));
            assertThat(d.kind()).isEqualTo(Kind.PROGRESS_LOAD);
            assertThat(d.next().loadKg()).isEqualTo(10.5);
            assertThat(d.next().target()).isEqualTo(d.next().rangeMin());
            assertThat(d.sentence()).isEqualTo("Goblet squat: 3×8 at 10 kg → 3×8 at 10.5 kg, because you did 3×12 "
                    + "at 10 kg at RPE 7 with good knee tracking.");
        }

        @Test
        void aboveTheTargetEffortKeepsWhatWasDoneButAddsNothing() {
            var p = rx("goblet-squat", null, 3, 8, 10.0);
            Decision d = decide(p, did(p, 3, 12, 10.0, RPE_MAX + 1, GOOD));
            assertThat(d.kind()).isEqualTo(Kind.PROGRESS_REPS);
            assertThat(d.next().target()).isEqualTo(12);
            assertThat(d.next().loadKg()).isEqualTo(10.0);
            assertThat(d.sentence()).contains("you did 3×12 at 10 kg at RPE 9, above the target of RPE 7-8; keep 12 reps");
        }

        @Test
        void aboveTheTargetEffortAtTheTargetHolds() {
            var p = rx("goblet-squat", null, 3, 8, 10.0);
            Decision d = decide(p, did(p, 3, 8, 10.0, RPE_MAX + 0.5, GOOD));
            assertThat(d.kind()).isEqualTo(Kind.HOLD);
            assertThat(d.next()).isEqualTo(p);
        }
    }

    @Nested
    class Load {

        @Test
        void aLoadLoggedOnALoadableExerciseIsKeptAndProgressedFromThere() {
            var p = rx("goblet-squat", null, 3, 8, null);
            Decision d = decide(p, did(p, 3, 9, 4.0, 7, GOOD));
            assertThat(d.kind()).isEqualTo(Kind.PROGRESS_REPS);
            assertThat(d.next().loadKg()).isEqualTo(4.0);
            assertThat(d.next().target()).isEqualTo(10);
            assertThat(d.sentence()).isEqualTo("Goblet squat: 3×8 → 3×10 at 4 kg, because you did 3×9 at 4 kg at RPE 7"
                    + " with good knee tracking.");
        }

        @Test
        void theLoadStepIsRoundedToTheContentsPlateStepWithinItsPercentRange() {
            double rounding = RULES.doubleProgression().loadRoundingKg();
            for (double kg : new double[] {2, 4, 8, 12.5, 20, 33}) {
                var p = rx("goblet-squat", null, 3, 12, kg);
                double next = decide(p, asPrescribed(p, 7, 0, GOOD)).next().loadKg();
                assertThat(next).as("after %s kg", kg).isGreaterThan(kg);
                assertThat(next / rounding).as("after %s kg", kg).isEqualTo(Math.rint(next / rounding));
                assertThat(next - kg).as("after %s kg", kg)
                        .isLessThanOrEqualTo(Math.max(rounding, kg * RULES.doubleProgression().loadStepPercent().max() / 100));
            }
        }

        @Test
        void aLoadAboveThePrescriptionThatHurtGoesBackFromThePrescribedLoad() {
            var p = rx("goblet-squat", null, 3, 8, 10.0);
            var log = ExerciseLog.done(p.exerciseId(), null, Tk.sets(3, 8, 14.0, 7, 7, GOOD));
            Decision d = decide(p, log);
            assertThat(d.kind()).isEqualTo(Kind.REGRESS_LOAD);
            assertThat(d.next().loadKg()).isLessThan(10.0);
        }
    }

    @Nested
    class Caving {

        /** The sessions before {@code day}, each with this exercise caving or not, oldest first. */
        static List<SessionLog> history(ExercisePrescription p, LocalDate day, boolean... caved) {
            List<SessionLog> out = new ArrayList<>();
            for (int i = 0; i < caved.length; i++) {
                out.add(new SessionLog(day.minusDays(2L * (caved.length - i)),
                        List.of(asPrescribed(p, 7, 0, caved[i] ? CAVED : GOOD))));
            }
            return out;
        }

        static Decision afterHistory(ExercisePrescription p, ExerciseLog today, List<SessionLog> history) {
            LocalDate day = START.plusWeeks(2);
            return Tk.ENGINE.decide(new ProgressionInput(day.plusDays(1), START, null, List.of(p),
                    new SessionLog(day, List.of(today)), List.of(MorningCheckIn.settled(day.plusDays(1))), Set.of(),
                    false, Set.of(), history)).decisions().get(0);
        }

        @Test
        void onceOnAnUnloadedSquatHoldsWithItsCue() {
            var p = rx("heel-elevated-squat", null, 3, 10, null);
            Decision d = afterHistory(p, asPrescribed(p, 7, 0, CAVED), history(p, START.plusWeeks(2), false));
            assertThat(d.kind()).isEqualTo(Kind.CUE);
            assertThat(d.next()).isEqualTo(p);
            assertThat(d.sentence()).isEqualTo("Heel-elevated squat: stay at 3×10, because your knee caved in once;"
                    + " think: knees forward and out, over the middle toes.");
        }

        @Test
        void theContentsNumberInARowStepsAnUnloadedSquatDownTheLadder() {
            var p = rx("heel-elevated-squat", null, 3, 10, null);
            boolean[] before = new boolean[GATE.cavingSessionsToStepDown() - 1];
            java.util.Arrays.fill(before, true);
            Decision d = afterHistory(p, asPrescribed(p, 7, 0, CAVED), history(p, START.plusWeeks(2), before));
            assertThat(d.kind()).isEqualTo(Kind.MOVE_DOWN_LADDER);
            assertThat(d.next().exerciseId()).isEqualTo("box-squat");
            assertThat(d.sentence()).contains("because your knee caved in " + GATE.cavingSessionsToStepDown()
                    + " sessions in a row; an easier step lets you keep it over your foot");
        }

        @Test
        void aCleanSessionInBetweenStartsTheCountAgain() {
            var p = rx("heel-elevated-squat", null, 3, 10, null);
            Decision d = afterHistory(p, asPrescribed(p, 7, 0, CAVED), history(p, START.plusWeeks(2), true, false));
            assertThat(d.kind()).isEqualTo(Kind.CUE);
        }

        @Test
        void atTheEasiestStepItStaysWithTheSupportedVariant() {
            var p = rx("box-squat", null, 3, 10, null);
            Decision d = afterHistory(p, asPrescribed(p, 7, 0, CAVED), history(p, START.plusWeeks(2), true));
            assertThat(d.kind()).isEqualTo(Kind.SUPPORTED);
            assertThat(d.next()).isEqualTo(p);
            assertThat(d.sentence()).contains("but " + GATE.supportedVariant());
        }

        @Test
        void onALoadedLiftTheLoadComesDownAtOnce() {
            var p = rx("goblet-squat", null, 3, 10, 10.0);
            Decision d = decide(p, asPrescribed(p, 7, 0, CAVED));
            assertThat(d.kind()).isEqualTo(Kind.REGRESS_LOAD);
            assertThat(d.next().loadKg()).isLessThan(10.0);
            assertThat(d.sentence()).contains("your knee caved in at 10 kg, and a movement is never loaded while it caves");
        }

        @Test
        void weightAddedByThePersonOnACavingSetIsNotKept() {
            var p = rx("goblet-squat", null, 3, 10, null);
            Decision d = decide(p, ExerciseLog.done(p.exerciseId(), null, Tk.sets(3, 12, 6.0, 7, 0, CAVED)));
            assertThat(d.next().loadKg()).isNull();
        }
    }

    @Nested
    class OpenFlags {

        static Decision withFlag(ExercisePrescription p, ExerciseLog log, Flag.Kind kind, boolean stops) {
            LocalDate day = START.plusDays(2);
            return Tk.ENGINE.decide(new ProgressionInput(day.plusDays(1), START, null, List.of(p),
                    new SessionLog(day, List.of(log)), List.of(MorningCheckIn.settled(day.plusDays(1))), Set.of(),
                    stops, Set.of(kind), List.of())).decisions().get(0);
        }

        @ParameterizedTest
        @EnumSource(Flag.Kind.class)
        void anOpenFlagOfAnyKindPausesProgress(Flag.Kind kind) {
            var p = rx("glute-bridge", null, 3, 10, null);
            Decision d = withFlag(p, asPrescribed(p, 7, 0, GOOD), kind, kind == Flag.Kind.RED_FLAG);
            assertThat(d.kind()).isEqualTo(Kind.PAUSE);
            assertThat(d.next()).isEqualTo(p);
            assertThat(d.sentence()).startsWith("Glute bridge: stays at 3×10 while your programme is paused, until ");
        }

        @ParameterizedTest
        @EnumSource(Flag.Kind.class)
        void regressionsStillApplyWhileAFlagIsOpen(Flag.Kind kind) {
            var p = rx("goblet-squat", null, 3, 10, 10.0);
            Decision d = withFlag(p, ExerciseLog.done(p.exerciseId(), null, Tk.sets(3, 10, 10.0, 7, 7, GOOD)), kind,
                    kind == Flag.Kind.RED_FLAG);
            assertThat(d.kind()).isEqualTo(Kind.REGRESS_LOAD);
        }

        @Test
        void thePauseSaysWhatLiftsIt() {
            var p = rx("glute-bridge", null, 3, 10, null);
            var log = asPrescribed(p, 7, 0, GOOD);
            assertThat(withFlag(p, log, Flag.Kind.RED_FLAG, true).sentence())
                    .endsWith("until a professional has cleared you to exercise.");
            assertThat(withFlag(p, log, Flag.Kind.CHANGE_REPORTED, false).sentence())
                    .endsWith("until you confirm your knee feels as before.");
            assertThat(withFlag(p, log, Flag.Kind.PERSISTENT_PAIN, false).sentence())
                    .endsWith("until you have read the notice at the top and marked it read.");
        }

        @Test
        void noDeloadCutWhileAFlagIsOpen() {
            var p = rx("glute-bridge", null, 3, 10, null);
            int every = RULES.deload().defaultEveryWeeks();
            LocalDate day = START.plusWeeks(every - 1L);
            var result = Tk.ENGINE.decide(new ProgressionInput(day, START, null, List.of(p),
                    new SessionLog(day.minusDays(1), List.of(asPrescribed(p, 7, 0, GOOD))),
                    List.of(MorningCheckIn.settled(day)), Set.of(), false, Set.of(Flag.Kind.NO_PROGRESS), List.of()));
            assertThat(result.deloadWeek()).isFalse();
            assertThat(result.decisions().get(0).kind()).isEqualTo(Kind.PAUSE);
        }
    }
}
