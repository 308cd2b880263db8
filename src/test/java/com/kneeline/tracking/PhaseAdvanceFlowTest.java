package com.kneeline.tracking;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import com.kneeline.CoachingTest;
import com.kneeline.account.Role;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.tracking.ui.TodayView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Phase advance over weeks of logs with the test clock: not offered before the criteria hold, offered after. */
class PhaseAdvanceFlowTest extends CoachingTest {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    com.kneeline.tracking.Tracker tracker;
    @Autowired
    PhaseService phases;

    ProgrammeDetails first;

    @BeforeEach
    void programmeInTheStrengthPhase() {
        signIn(register("Pat", Role.INDIVIDUAL));
        // no caving and low pain: the content's phase-start rules start in the phase after control
        long id = assessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of("band"), 45, 3).id();
        first = programmes.createFromAssessment(id);
        String original = first.programme().sessions().getFirst().exercises().getFirst().exerciseId();
        programmes.swap(first.id(), original, programmes.alternatives(first.id(), original).getFirst().id());
    }

    /** Every planned day: the whole session at the target with no pain and good tracking, settled next morning. */
    private void followThePlanFor(int days) {
        Training.followThePlan(tracker, clock, days, 0);
    }

    private String progressCard() {
        Card card = _get(Card.class, spec -> spec.withId("phase-progress"));
        return card.getElement().getProperty("cardTitle") + "\n" + card.getElement().getTextRecursively();
    }

    @Test
    void beforeTheCriteriaHoldTodayListsWhatIsStillNeededAndMovingOnIsRefused() {
        followThePlanFor(7);

        PhaseService.Progress progress = phases.progress().orElseThrow();
        assertThat(progress.ready()).isFalse();
        assertThat(progress.stillNeeded()).anyMatch(s -> s.contains("weeks in this phase"));
        UI.getCurrent().navigate(TodayView.class);
        assertThat(progressCard()).contains("Still needed to move on to " + progress.nextPhaseName());
        assertThat(_find(Button.class, spec -> spec.withId("phase-advance"))).isEmpty();
        assertThatThrownBy(() -> phases.advance()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onceTheCriteriaHoldTodayOffersTheNextPhaseAndItsButtonMakesTheNewVersionKeepingOverrides() {
        followThePlanFor(22);

        PhaseService.Progress progress = phases.progress().orElseThrow();
        assertThat(progress.stillNeeded()).isEmpty();
        assertThat(progress.ready()).isTrue();
        UI.getCurrent().navigate(TodayView.class);
        assertThat(progressCard()).contains("Ready for " + progress.nextPhaseName());

        _click(_get(Button.class, spec -> spec.withId("phase-advance")));

        ProgrammeDetails next = programmes.current().orElseThrow();
        assertThat(next.versionNumber()).isEqualTo(first.versionNumber() + 1);
        assertThat(next.assessmentId()).isEqualTo(first.assessmentId());
        assertThat(next.programme().phaseId()).isEqualTo(programmes.nextPhase(first.programme().phaseId()).orElseThrow());
        assertThat(next.changes()).extracting(ProgrammeDetails.Change::exerciseId)
                .containsAll(first.changes().stream().map(ProgrammeDetails.Change::exerciseId).toList());
        // the new phase starts its own clock: nothing is offered on the day it begins
        assertThat(phases.progress().orElseThrow().ready()).isFalse();
    }
}
