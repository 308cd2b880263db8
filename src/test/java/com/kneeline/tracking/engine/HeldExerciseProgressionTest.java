package com.kneeline.tracking.engine;

import static com.kneeline.tracking.engine.KneeTracking.GOOD;
import static com.kneeline.tracking.engine.Tk.CATALOGUE;
import static com.kneeline.tracking.engine.Tk.ENGINE;
import static com.kneeline.tracking.engine.Tk.START;
import static com.kneeline.tracking.engine.Tk.asPrescribed;
import static com.kneeline.tracking.engine.Tk.rx;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.kneeline.content.model.Exercise;
import com.kneeline.tracking.engine.Decision.Kind;

/** A ladder never moves up to an exercise another feature holds back (the outcomes' cutting gate). */
class HeldExerciseProgressionTest {

    private static Decision decide(ExercisePrescription p, Map<String, String> held) {
        LocalDate day = START.plusDays(2);
        return ENGINE.decide(new ProgressionInput(day.plusDays(1), START, null, List.of(p),
                new SessionLog(day, List.of(asPrescribed(p, 7, 0, GOOD))), List.of(MorningCheckIn.settled(
                day.plusDays(1))), Set.of(), false, Set.of(), List.of(), held)).decisions().get(0);
    }

    /** The step below a held one, at the top of its range: the next session would climb to the held step. */
    private static ExercisePrescription topOfTheStepBelow(Exercise held) {
        Exercise below = CATALOGUE.ladderSteps(held.ladder()).stream().filter(e -> e.level() == held.level() - 1)
                .findFirst().orElseThrow();
        var reps = below.dosage().reps();
        return rx(below.id(), null, 3, reps.max(), null);
    }

    @Test
    void theTopOfTheStepBelowAHeldExerciseHoldsWithTheReasonGiven() {
        Exercise cut = CATALOGUE.exercise("side-step-cut").orElseThrow();
        ExercisePrescription p = topOfTheStepBelow(cut);

        Decision free = decide(p, Map.of());
        Decision held = decide(p, Map.of(cut.id(), "Cutting waits for your hop tests."));

        assertThat(free.kind()).isEqualTo(Kind.MOVE_UP_LADDER);
        assertThat(free.next().exerciseId()).isEqualTo(cut.id());
        assertThat(held.kind()).isEqualTo(Kind.HOLD);
        assertThat(held.next().exerciseId()).isEqualTo(p.exerciseId());
        assertThat(held.sentence()).contains("the next step, " + cut.name() + ", is held back",
                "Cutting waits for your hop tests");
    }

    @Test
    void aHoldOnAnotherExerciseChangesNothing() {
        Exercise cut = CATALOGUE.exercise("side-step-cut").orElseThrow();
        ExercisePrescription p = topOfTheStepBelow(cut);

        assertThat(decide(p, Map.of("pistol-squat-progression", "held")).kind()).isEqualTo(Kind.MOVE_UP_LADDER);
    }

    @Test
    void aHeldExerciseAlreadyInPlayStepsDownToTheHighestFreeStep() {
        Exercise cut = CATALOGUE.exercise("side-step-cut").orElseThrow();
        var reps = cut.dosage().reps();
        ExercisePrescription p = rx(cut.id(), null, 3, reps.min(), null);

        Decision d = decide(p, Map.of(cut.id(), "Cutting waits for your hop tests."));

        assertThat(d.kind()).isEqualTo(Kind.MOVE_DOWN_LADDER);
        assertThat(CATALOGUE.exercise(d.next().exerciseId()).orElseThrow().level()).isEqualTo(cut.level() - 1);
        assertThat(d.sentence()).contains("held back again", "Cutting waits for your hop tests.").doesNotContain("..");
    }
}
