package com.kneeline.outcomes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import com.kneeline.CoachingTest;
import com.kneeline.account.Role;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.WorseSide;
import com.kneeline.prescription.ClientPlanService;
import com.kneeline.prescription.ExerciseHolds;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.prescription.ui.ProgrammeView;
import com.kneeline.tracking.PlannedSession;
import com.kneeline.tracking.Tracker;
import com.kneeline.tracking.Training;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

/**
 * Cutting waits for the hop tests: in the speed phase, the content's cutting exercise is neither prescribed (not even
 * as a trainer's swap) nor progressed to until every hop test reaches the return-to-sport limb symmetry.
 */
class CuttingGateScenarioTest extends CoachingTest {

    private static final String CUT = "side-step-cut";
    private static final String BOUND = "lateral-bound";

    @Autowired
    OutcomesService outcomes;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    Tracker tracker;
    @Autowired
    ExerciseHolds holds;
    @Autowired
    ClientPlanService plans;

    long client;
    long trainer;
    /** The programme exercise a trainer may swap for a change-of-direction step. */
    String slot;

    @BeforeEach
    void inTheSpeedPhaseWithHopTestsOpen() {
        client = register("Robin", Role.INDIVIDUAL);
        trainer = register("Tara", Role.TRAINER);
        coach(trainer, client);
        signIn(client);
        long assessment = assessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(),
                Set.of("band", "weights", "step", "gym"), 55, 3).id();
        long programme = programmes.createFromAssessment(assessment).id();
        signIn(trainer);
        ProgrammeDetails speed = plans.setPhase(client, programme, "speed");
        slot = speed.programme().sessions().stream().flatMap(s -> s.exercises().stream()).map(e -> e.exerciseId())
                .filter(id -> plans.alternativesForClient(client, speed.id(), id).stream()
                        .anyMatch(e -> e.id().equals(BOUND)))
                .findFirst().orElseThrow(() -> new AssertionError("no exercise of the speed phase has a bound as an"
                        + " alternative"));
        signIn(client);
        // a session with low pain in a single-leg phase opens the hop tests
        Training.followThePlan(tracker, clock, 3, 1);
        assertThat(outcomes.overview().hopTesting().met()).isTrue();
    }

    /** Every hop test with the involved (left) leg at {@code percent} of the other. */
    private void hops(double percent) {
        for (var t : outcomes.content().hopTests()) {
            boolean timed = t.worse() == WorseSide.HIGHER;
            outcomes.record(t.id(), InvolvedSide.LEFT, timed ? 200.0 / percent * 1.0 : percent, timed ? 2.0 : 100);
        }
    }

    private List<String> alternativesAsTrainer() {
        signIn(trainer);
        try {
            long id = programmes.current(client).orElseThrow().id();
            return plans.alternativesForClient(client, id, slot).stream().map(Exercise::id).toList();
        } finally {
            signIn(client);
        }
    }

    @Test
    void at89PercentOnAHopTestTheCutIsHeldAndAt90ItIsFree() {
        hops(90);
        outcomes.record("crossover-hop", InvolvedSide.LEFT, 89, 100);
        assertThat(holds.forPerson(client)).containsOnlyKeys(CUT);
        assertThat(holds.forPerson(client).get(CUT)).contains("at least 90 % limb symmetry",
                "Crossover hop for distance: symmetry 89 %, needs 90 % or more.");
        assertThat(alternativesAsTrainer()).contains(BOUND).doesNotContain(CUT);

        outcomes.record("crossover-hop", InvolvedSide.LEFT, 90, 100);
        assertThat(holds.forPerson(client)).isEmpty();
        assertThat(alternativesAsTrainer()).contains(BOUND, CUT);
    }

    @Test
    void theLadderStopsBelowTheCutUntilTheHopTestsPassAndThePersonReadsWhy() {
        signIn(trainer);
        plans.swapForClient(client, programmes.current(client).orElseThrow().id(), slot, BOUND);
        signIn(client);
        hops(85);

        List<String> decisions = train(28);
        assertThat(exercisesNext()).contains(BOUND).doesNotContain(CUT);
        assertThat(decisions).anySatisfy(d -> assertThat(d).contains("the next step, Side-step cut, is held back",
                "at least 90 % limb symmetry", "symmetry 85 %"));
        UI.getCurrent().navigate(ProgrammeView.class);
        assertThat(_get(Div.class, spec -> spec.withId("programme-held-back")).getElement().getTextRecursively())
                .contains("Side-step cut", "at least 90 % limb symmetry on every hop test");

        hops(92);
        train(7);
        assertThat(exercisesNext()).contains(CUT).doesNotContain(BOUND);
        UI.getCurrent().navigate(ProgrammeView.class);
        assertThat(_find(Div.class, spec -> spec.withId("programme-held-back"))).isEmpty();
    }

    private List<String> exercisesNext() {
        return tracker.todays().nextSession(tracker.me()).orElseThrow().items().stream().map(PlannedSession.Item::prescription)
                .map(p -> p.exerciseId()).toList();
    }

    /** Follows the plan for {@code days} and returns the decisions of the sessions logged meanwhile. */
    private List<String> train(int days) {
        long before = tracker.trainingHistory().history(tracker.me(), PageRequest.of(0, 1)).getTotalElements();
        Training.followThePlan(tracker, clock, days, 1);
        List<String> decisions = new ArrayList<>();
        tracker.trainingHistory().history(tracker.me(), PageRequest.of(0, 100)).forEach(s -> decisions.addAll(tracker.trainingHistory().session(tracker.me(), s.id()).decisions()));
        assertThat(tracker.trainingHistory().history(tracker.me(), PageRequest.of(0, 1)).getTotalElements()).isGreaterThan(before);
        return decisions;
    }
}
