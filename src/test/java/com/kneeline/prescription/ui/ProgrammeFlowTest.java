package com.kneeline.prescription.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kneeline.Journey;
import com.kneeline.KaribuTest;
import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.assessment.ui.AssessmentDetailView;
import com.kneeline.content.model.WizardStep;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeNotFoundException;
import com.kneeline.prescription.engine.PlannedExercise;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** From the findings page to a programme, then swapping an exercise, as a person does it. */
class ProgrammeFlowTest extends KaribuTest {

    @Autowired
    Journey journey;

    private static int people;
    private String email;

    @BeforeEach
    void signIn() {
        email = "programme" + (++people) + "@example.com";
        journey.register(email, "Pia", Role.INDIVIDUAL);
        login(email, "INDIVIDUAL");
    }

    /** Completes an assessment through the service (the wizard itself is tested elsewhere). */
    private AssessmentDetails completedAssessment(Answers profile, Set<String> equipment) {
        AssessmentDetails draft = journey.assessments().startOrResume();
        AboutYou about = new AboutYou(AboutYou.Knees.LEFT, "netball", AboutYou.Goal.SPORT, equipment, 30, 3, null);
        for (WizardStep step : WizardStep.values()) {
            Map<AnswerKey, String> answers = new HashMap<>();
            journey.assessments().keysOf(step).forEach(key -> answers.put(key, profile.raw(key).orElse(null)));
            assertThat(journey.assessments().saveStep(draft.id(), step, answers, about, true).errors()).isEmpty();
        }
        return journey.assessments().get(draft.id());
    }

    private List<String> shownExerciseIds() {
        return journey.programmes().current().orElseThrow().programme().sessions().stream()
                .flatMap(s -> s.exercises().stream()).map(PlannedExercise::exerciseId).distinct().toList();
    }

    @Test
    void createMyProgrammeOnTheFindingsPageLeadsToAProgrammeWithSessionsAndReasons() {
        AssessmentDetails done = completedAssessment(AssessmentProfiles.leftPronationAndLimitedDorsiflexion(), Set.of());
        UI.getCurrent().navigate(AssessmentDetailView.class, new com.vaadin.flow.router.RouteParameters(
                "assessmentId", String.valueOf(done.id())));

        _click(_get(Button.class, spec -> spec.withId("create-programme")));

        assertThat(currentView()).isInstanceOf(ProgrammeView.class);
        assertThat(_find(Card.class, spec -> spec.withClasses("kl-planned-exercise"))).isNotEmpty();
        ProgrammeDetails programme = journey.programmes().current().orElseThrow();
        assertThat(programme.assessmentId()).isEqualTo(done.id());
        assertThat(programme.programme().sessions()).hasSize(3);
        assertThat(programme.programme().sessions()).allSatisfy(session ->
                assertThat(session.exercises()).allSatisfy(e -> assertThat(e.rationale()).isNotEmpty()));
    }

    @Test
    void swappingAnExerciseReplacesItEverywhereAndSaysWhoChangedIt() {
        completedAssessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of("band"));
        UI.getCurrent().navigate(ProgrammeView.class);
        _click(_get(Button.class, spec -> spec.withId("create-programme")));
        String original = shownExerciseIds().getFirst();

        _click(_get(Button.class, spec -> spec.withId("swap-" + original)));
        Dialog dialog = _get(Dialog.class);
        Button firstOption = _find(dialog, Button.class).stream()
                .filter(b -> b.getId().orElse("").startsWith("swap-to-")).findFirst().orElseThrow();
        String replacement = firstOption.getId().orElseThrow().substring("swap-to-".length());
        _click(firstOption);

        assertThat(shownExerciseIds()).contains(replacement).doesNotContain(original);
        ProgrammeDetails.Change change = journey.programmes().current().orElseThrow().changes().getFirst();
        assertThat(change.exerciseId()).isEqualTo(original);
        assertThat(change.madeByName()).isEqualTo("Pia");
        assertThat(_find(Span.class).stream().map(Span::getText)).anyMatch(t -> t.startsWith("Swapped by you"));
    }

    @Test
    void aSwapToAnExerciseThatIsNotAValidAlternativeIsRefused() {
        completedAssessment(AssessmentProfiles.motorControlOnly(), Set.of());
        ProgrammeDetails programme = journey.programmes().createFromAssessment(journey.assessments().latestCompleted().orElseThrow().id());
        String original = programme.programme().sessions().getFirst().exercises().getFirst().exerciseId();

        // A loaded gym exercise for someone with no equipment is never an alternative.
        assertThatThrownBy(() -> journey.programmes().swap(programme.id(), original, "hip-thrust"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(journey.programmes().current().orElseThrow().changes()).isEmpty();
    }

    @Test
    void regeneratingAfterANewAssessmentKeepsTheOldVersionAndCarriesSwapsThatStillApply() {
        completedAssessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of("band"));
        ProgrammeDetails first = journey.programmes().createFromAssessment(journey.assessments().latestCompleted().orElseThrow().id());
        String original = first.programme().sessions().getFirst().exercises().getFirst().exerciseId();
        String replacement = journey.programmes().alternatives(first.id(), original).getFirst().id();
        journey.programmes().swap(first.id(), original, replacement);

        completedAssessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of("band"));
        ProgrammeDetails second = journey.programmes().createFromAssessment(journey.assessments().latestCompleted().orElseThrow().id());

        assertThat(second.versionNumber()).isEqualTo(2);
        assertThat(journey.programmes().history()).extracting(ProgrammeDetails::versionNumber).containsExactly(2, 1);
        assertThat(journey.programmes().get(first.id()).current()).isFalse();
        assertThat(second.changes()).extracting(ProgrammeDetails.Change::exerciseId).containsExactly(original);
        assertThat(shownExerciseIds()).contains(replacement).doesNotContain(original);
    }

    @Test
    void theHomeScreenShowsTheCurrentPhaseAndOpensTheProgramme() {
        completedAssessment(AssessmentProfiles.motorControlOnly(), Set.of());
        ProgrammeDetails programme = journey.programmes().createFromAssessment(journey.assessments().latestCompleted().orElseThrow().id());
        UI.getCurrent().navigate("");

        String phaseName = programme.programme().phases().stream()
                .filter(p -> p.id().equals(programme.programme().phaseId())).findFirst().orElseThrow().name();
        Card card = _find(Card.class).stream()
                .filter(c -> "Your programme".equals(c.getElement().getProperty("cardTitle"))).findFirst().orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains(phaseName)
                .contains(programme.programme().sessions().size() + " sessions a week");
        _click(_get(Button.class, spec -> spec.withId("home-programme-action")));
        assertThat(currentView()).isInstanceOf(ProgrammeView.class);
    }

    @Test
    void anOlderAssessmentCannotReplaceAProgrammeMadeFromANewerOne() {
        long older = completedAssessment(AssessmentProfiles.motorControlOnly(), Set.of()).id();
        long newer = completedAssessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of()).id();
        journey.programmes().createFromAssessment(newer);

        assertThatThrownBy(() -> journey.programmes().createFromAssessment(older)).isInstanceOf(IllegalStateException.class);
        UI.getCurrent().navigate(AssessmentDetailView.class, new com.vaadin.flow.router.RouteParameters(
                "assessmentId", String.valueOf(older)));
        assertThat(_find(Button.class, spec -> spec.withId("create-programme"))).isEmpty();
        assertThat(journey.programmes().current().orElseThrow().assessmentId()).isEqualTo(newer);
    }

    @Test
    void highActivityPainGivesAGentleProgrammeThatSaysSo() {
        Answers painful = AssessmentProfiles.motorControlOnly().with(AnswerKey.of("pain-during-activity"), "7");
        completedAssessment(painful, Set.of("band", "weights"));
        UI.getCurrent().navigate(ProgrammeView.class);
        _click(_get(Button.class, spec -> spec.withId("create-programme")));

        assertThat(journey.programmes().current().orElseThrow().programme().kind())
                .isEqualTo(com.kneeline.prescription.engine.Programme.Kind.LOW_LOAD);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("programme-low-load"))
                .getElement().getTextRecursively()).contains("gentle, low-load");
        assertThat(journey.programmes().current().orElseThrow().programme().sessions()).allSatisfy(session ->
                assertThat(session.exercises()).allSatisfy(e -> assertThat(e.loadGuidance()).isNull()));
    }

    @Test
    void someoneElsesProgrammeCannotBeReadOrChanged() {
        completedAssessment(AssessmentProfiles.motorControlOnly(), Set.of());
        ProgrammeDetails mine = journey.programmes().createFromAssessment(journey.assessments().latestCompleted().orElseThrow().id());

        journey.register("nosy.programme@example.com", "Nosy", Role.INDIVIDUAL);
        login("nosy.programme@example.com", "INDIVIDUAL");

        assertThatThrownBy(() -> journey.programmes().get(mine.id())).isInstanceOf(ProgrammeNotFoundException.class);
        assertThatThrownBy(() -> journey.programmes().swap(mine.id(), "clamshell", "banded-clamshell"))
                .isInstanceOf(ProgrammeNotFoundException.class);
        assertThat(journey.programmes().current()).isEmpty();
    }
}
