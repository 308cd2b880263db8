package com.kneeline.outcomes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.kneeline.CoachingTest;
import com.kneeline.account.Role;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.model.Prom;
import com.kneeline.outcomes.engine.ChangeOutcome;
import com.kneeline.outcomes.engine.GateVerdict;
import com.kneeline.outcomes.ui.OutcomesView;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.tracking.Assessments;
import com.kneeline.tracking.PhaseService;
import com.kneeline.tracking.Training;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;

/** Twelve weeks on the test clock: outcomes improving to return to sport, and outcomes stalling to a referral. */
class OutcomesScenarioTest extends CoachingTest {

    @Autowired
    OutcomesService outcomes;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    com.kneeline.tracking.Tracker tracker;
    @Autowired
    PhaseService phases;

    @BeforeEach
    void baseline() {
        signIn(register("Robin", Role.INDIVIDUAL));
        // strong hip findings: the programme starts in the control phase
        long id = assessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of("band"), 45, 3).id();
        programmes.createFromAssessment(id);
    }

    /** Answers with the same answer index for every item, so the score is predictable. */
    private double answer(String promId, int index) {
        Prom p = outcomes.content().prom(promId).orElseThrow();
        Map<String, String> a = new LinkedHashMap<>();
        p.items().forEach(i -> a.put(i.id(), i.answers().get(Math.min(index, i.answers().size() - 1)).id()));
        return outcomes.answer(promId, a);
    }

    private void hops(double involved, double other) {
        for (var t : outcomes.content().hopTests()) {
            boolean timed = t.worse() == com.kneeline.content.model.WorseSide.HIGHER;
            outcomes.record(t.id(), InvolvedSide.LEFT, timed ? 2.0 * other / involved : involved, timed ? 2.0 : other);
        }
    }

    @Test
    void improvingOutcomesOpenHopTestsTheSpeedPhaseAndReturnToSportWithAMaintenanceProgramme() {
        assertThat(outcomes.overview().questionnairesDue()).isTrue();
        double kujala0 = answer("kujala", 2);
        double koos0 = answer("koos-sport", 2);
        assertThat(outcomes.overview().questionnairesDue()).isFalse();
        assertThat(outcomes.overview().hopTesting().met()).as("no session logged yet").isFalse();
        assertThatThrownBy(() -> hops(95, 100)).isInstanceOf(OutcomeInputException.class);

        Training.followThePlan(tracker, clock, 28, 1);
        // week 4 check-in: questionnaires and the global rating are due again
        Assessments.complete(assessments, AssessmentProfiles.bilateralHipWeaknessTrendelenburg());
        OutcomesOverview week4 = outcomes.overview();
        assertThat(week4.questionnairesDue()).isTrue();
        assertThat(week4.ratingDue()).isTrue();
        outcomes.rateChange("better");
        assertThat(answer("kujala", 1)).isGreaterThanOrEqualTo(kujala0 + 10);
        assertThat(answer("koos-sport", 1)).isGreaterThanOrEqualTo(koos0 + 12.1);
        OutcomesOverview improved = outcomes.overview();
        assertThat(improved.proms()).extracting(OutcomesOverview.PromSeries::sinceFirst)
                .containsOnly(ChangeOutcome.IMPROVED);
        assertThat(improved.ratings()).extracting(OutcomesOverview.Rating::label).containsExactly("Better");
        // the programme starts in the control phase: no hop tests yet
        assertThat(improved.hopTesting().reasons()).extracting(GateVerdict.Reason::code)
                .containsExactly(GateVerdict.Code.PHASE_NOT_SINGLE_LEG);
        assertThatThrownBy(() -> hops(95, 100)).isInstanceOf(OutcomeInputException.class);
        PhaseService.Progress control = phases.progress().orElseThrow();
        assertThat(control.ready()).as(control.stillNeeded().toString()).isTrue();
        phases.advance();
        assertThat(programmes.current().orElseThrow().programme().phaseId()).isEqualTo("strength");
        assertThat(outcomes.overview().hopTesting().met()).isTrue();

        hops(85, 100);
        assertThat(outcomes.overview().returnToSport().met()).isFalse();
        assertThat(outcomes.overview().maintenance()).isNull();

        Training.followThePlan(tracker, clock, 28, 0);
        // week 8: the programme's own criteria hold, but the speed phase also needs step-down quality
        PhaseService.Progress waiting = phases.progress().orElseThrow();
        assertThat(waiting.ready()).isFalse();
        assertThat(waiting.stillNeeded()).containsExactly("Do the lateral step-down test and enter your scores.");
        assertThatThrownBy(() -> phases.advance()).isInstanceOf(IllegalStateException.class);
        outcomes.record("lateral-step-down", InvolvedSide.LEFT, 4, 0);
        assertThat(phases.progress().orElseThrow().stillNeeded())
                .containsExactly("Your left step-down score was 4; it needs to be 3 or less.");
        outcomes.record("lateral-step-down", InvolvedSide.LEFT, 1, 0);
        assertThat(outcomes.overview().speedEntry().met()).as(outcomes.overview().speedEntry().toString()).isTrue();
        PhaseService.Progress progress = phases.progress().orElseThrow();
        assertThat(progress.ready()).as(progress.stillNeeded().toString()).isTrue();
        phases.advance();
        assertThat(programmes.current().orElseThrow().programme().phaseId()).isEqualTo("speed");

        Training.followThePlan(tracker, clock, 28, 0);
        hops(92, 100);
        OutcomesOverview week12 = outcomes.overview();
        assertThat(week12.returnToSport().met()).isTrue();
        assertThat(week12.maintenance()).isNotNull();
        assertThat(week12.maintenanceExercises()).isNotEmpty();
        assertThat(week12.tests().stream().filter(t -> t.test().id().equals("single-hop")).findFirst().orElseThrow()
                .results()).extracting(OutcomesOverview.Result::lsi).containsExactly(85.0, 92.0);

        UI.getCurrent().navigate(OutcomesView.class);
        Card rts = _get(Card.class, spec -> spec.withId("return-to-sport"));
        assertThat(rts.getElement().getProperty("cardTitle")).isEqualTo("You have met the return-to-sport criteria");
        assertThat(rts.getElement().getTextRecursively()).contains("about 20–25 minutes, 2–3 times a week");
    }

    @Test
    void stalledOutcomesGiveTheNoProgressReferralAtWeekSixAndNotBefore() {
        answer("kujala", 2);
        answer("koos-sport", 2);
        Training.followThePlan(tracker, clock, 21, 1);
        Assessments.complete(assessments, AssessmentProfiles.bilateralHipWeaknessTrendelenburg());
        answer("kujala", 2);
        answer("koos-sport", 2);
        Training.followThePlan(tracker, clock, 20, 1);
        assertThat(outcomes.overview().noProgress()).as("week 5 and 6 days").isNull();

        Training.followThePlan(tracker, clock, 1, 1);
        OutcomesOverview week6 = outcomes.overview();
        assertThat(week6.proms()).extracting(OutcomesOverview.PromSeries::sinceFirst)
                .containsOnly(ChangeOutcome.NO_REAL_CHANGE);
        assertThat(week6.noProgress()).isNotNull();
        UI.getCurrent().navigate(OutcomesView.class);
        assertThat(_get(Card.class, spec -> spec.withId("outcomes-no-progress")).getElement().getProperty("cardTitle"))
                .startsWith("No real change yet");
    }
}
