package com.kneeline.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.kneeline.KaribuTest;
import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentStatus;
import com.kneeline.assessment.AssessmentSummary;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.WizardStep;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Walks the real wizard, step by step, as a person would, with the engine's reference profiles. */
class AssessmentWizardTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ContentService content;

    private static int people;

    @BeforeEach
    void signIn() {
        String email = "wizard" + (++people) + "@example.com";
        accounts.register(new RegistrationForm(email, "Wren", "a long enough pass", Role.INDIVIDUAL));
        login(email, "INDIVIDUAL");
    }

    /** The name a finding is shown under, from the content pack. */
    private String name(String findingId) {
        return content.finding(findingId).orElseThrow().name();
    }

    private String stepTitle() {
        return _get(H2.class, spec -> spec.withId("wizard-step-title")).getText();
    }

    @SuppressWarnings("unchecked")
    private void fillCurrentStep(Answers profile) {
        WizardStep step = assessments.currentDraft().orElseThrow().currentStep();
        for (AnswerKey key : assessments.keysOf(step)) {
            String raw = profile.raw(key).orElse(null);
            Component field = _get(Component.class, spec -> spec.withId(AnswerField.domId(key)));
            if (field instanceof RadioButtonGroup<?> radios) {
                _setValue((RadioButtonGroup<String>) radios, raw == null && !((RadioButtonGroup<String>) radios)
                        .getListDataView().contains(AnswerField.DONT_KNOW) ? null : raw == null ? AnswerField.DONT_KNOW : raw);
            } else {
                _setValue((TextField) field, raw == null ? "" : raw);
            }
        }
        if (step == WizardStep.ABOUT) {
            _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("about-knees")), AboutYou.Knees.BOTH);
            _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("about-goal")), AboutYou.Goal.SQUAT);
        }
    }

    private void next() {
        _click(_get(Button.class, spec -> spec.withId("wizard-next")));
    }

    /** Answers every step from the profile until the wizard hands over to the assessment page. */
    private void walk(Answers profile) {
        UI.getCurrent().navigate(AssessmentWizardView.class);
        for (int guard = 0; guard < WizardStep.values().length && currentView() instanceof AssessmentWizardView; guard++) {
            fillCurrentStep(profile);
            next();
        }
        assertThat(currentView()).isInstanceOf(AssessmentDetailView.class);
    }

    /** (finding name, side badge or "") for every finding card shown. */
    private List<org.assertj.core.groups.Tuple> shownFindings() {
        return _find(Card.class, spec -> spec.withClasses("kl-finding-card")).stream()
                .map(card -> tuple(card.getElement().getProperty("cardTitle"),
                        _find(card, Span.class).stream().map(Span::getText).filter(t -> t.endsWith(" side") || t.equals("Both sides"))
                                .findFirst().orElse("")))
                .toList();
    }

    @Test
    void aRedFlagOnTheSafetyScreenStopsTheWizardAndShowsWhoToSeeWithNoProgramme() {
        walk(AssessmentProfiles.redFlagStop());

        assertThat(_get(Component.class, spec -> spec.withId("referral")).getElement().getTextRecursively())
                .contains("Please see a professional before you exercise")
                .contains("will not create an exercise programme");
        assertThat(_get(Span.class, spec -> spec.withId("assessment-status")).getText()).contains("see a professional");
        AssessmentDetails stopped = assessments.get(assessments.history(org.springframework.data.domain.Pageable.ofSize(5))
                .getContent().getFirst().id());
        assertThat(stopped.status()).isEqualTo(AssessmentStatus.STOPPED);
        assertThat(stopped.raisedFlags()).extracting(f -> f.id()).containsExactly("giving-way");
        assertThat(stopped.findings()).isEmpty();
        assertThat(shownFindings()).isEmpty();

        UI.getCurrent().navigate("");
        assertThat(_get(Button.class, spec -> spec.withId("home-assessment-stopped")).getText()).isEqualTo("See why");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStopIsStickyANewAssessmentWithoutClearanceStopsAgainAndWithClearanceGoesOn() {
        walk(AssessmentProfiles.redFlagStop());
        long first = assessments.hold().orElseThrow().assessmentId();

        // the hold and its reason on Home, My programme and Today
        for (String route : List.of("", "programme", "today")) {
            UI.getCurrent().navigate(route);
            assertThat(_get(Component.class, spec -> spec.withId("safety-hold")).getElement().getTextRecursively())
                    .as(route).contains("On hold").contains(content.catalogue().safetyFlag("giving-way").orElseThrow()
                            .professional());
        }

        // a new assessment asks for the clearance first; "not yet" stops it again with the same reason
        UI.getCurrent().navigate(AssessmentWizardView.class);
        assertThat(_get(Component.class, spec -> spec.withId("clearance-card")).getElement().getTextRecursively())
                .contains("needed a professional's check first");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("clearance-given")), ClearanceCard.NOT_YET);
        fillCurrentStep(AssessmentProfiles.noFindings());
        next();
        assertThat(currentView()).isInstanceOf(AssessmentDetailView.class);
        assertThat(_get(Component.class, spec -> spec.withId("referral-awaiting-clearance")).getElement()
                .getTextRecursively()).contains("have not told us that a professional has cleared you");
        AssessmentDetails again = assessments.get(assessments.hold().orElseThrow().assessmentId());
        assertThat(again.id()).isNotEqualTo(first);
        assertThat(again.status()).isEqualTo(AssessmentStatus.STOPPED);
        assertThat(again.awaitingClearance()).isTrue();
        assertThat(again.raisedFlags()).extracting(f -> f.id()).containsExactly("giving-way");

        // with who and when, it goes on to "about you"; a day in the future is refused next to the field
        UI.getCurrent().navigate(AssessmentWizardView.class);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("clearance-given")), ClearanceCard.YES);
        _setValue(_get(TextField.class, spec -> spec.withId("clearance-by")), "Dr Patel, GP");
        var day = _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("clearance-on"));
        day.setMax(null);
        _setValue(day, java.time.LocalDate.now().plusDays(2));
        fillCurrentStep(AssessmentProfiles.noFindings());
        next();
        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage()).contains("future");
        _setValue(day, java.time.LocalDate.now());
        next();
        assertThat(currentView()).isInstanceOf(AssessmentWizardView.class);
        assertThat(assessments.currentDraft().orElseThrow().currentStep()).isEqualTo(WizardStep.ABOUT);
        assertThat(assessments.currentDraft().orElseThrow().clearance())
                .hasValueSatisfying(c -> assertThat(c.by()).isEqualTo("Dr Patel, GP"));
        for (int guard = 0; guard < WizardStep.values().length && currentView() instanceof AssessmentWizardView; guard++) {
            fillCurrentStep(AssessmentProfiles.noFindings());
            next();
        }
        assertThat(_get(Component.class, spec -> spec.withId("assessment-clearance")).getElement().getTextRecursively())
                .contains("Cleared to exercise by Dr Patel, GP");
        assertThat(assessments.hold()).isEmpty();
        UI.getCurrent().navigate("programme");
        assertThat(_find(Component.class, spec -> spec.withId("safety-hold"))).isEmpty();
    }

    @Test
    void leftPronationAndStiffLeftAnkleAreShownOnTheLeftWithTheMeasuredEvidence() {
        walk(AssessmentProfiles.leftPronationAndLimitedDorsiflexion());

        // 9 cm on the right is also under the 10 cm cut-off: one stiff-ankle card for both legs, with the numbers
        assertThat(shownFindings()).containsExactly(
                tuple(name("limited-ankle-dorsiflexion"), "Both sides"),
                tuple(name("excessive-foot-pronation"), "Left side"));
        Card ankles = _find(Card.class, spec -> spec.withClasses("kl-finding-card")).getFirst();
        assertThat(ankles.getElement().getTextRecursively()).contains("left knee-to-wall distance was 6 cm")
                .contains("3 cm less than the right (6 cm against 9 cm)")
                .contains("right knee-to-wall distance was 9 cm");
    }

    @Test
    void bilateralHipWeaknessWithATrendelenburgPatternIsShownOnBothSides() {
        walk(AssessmentProfiles.bilateralHipWeaknessTrendelenburg());

        assertThat(shownFindings()).containsOnlyOnce(tuple(name("weak-glute-medius"), "Both sides"));
        assertThat(shownFindings()).extracting(t -> (String) t.toList().get(0)).containsOnlyOnce(name("weak-glute-medius"));
        assertThat(shownFindings()).extracting(t -> (String) t.toList().get(0))
                .doesNotContain(name("poor-motor-control"), name("excessive-foot-pronation"), name("limited-ankle-dorsiflexion"));
    }

    @Test
    void aKneeThatCorrectsWithTheCueIsShownAsMotorControlOnly() {
        walk(AssessmentProfiles.motorControlOnly());

        assertThat(shownFindings()).extracting(t -> (String) t.toList().get(0)).containsOnly(name("poor-motor-control"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHistoryListsEachAssessmentNewestFirstWithItsStatusAndFindingCount() {
        walk(AssessmentProfiles.bilateralHipWeaknessTrendelenburg());
        long finished = assessments.latestCompleted().orElseThrow().id();
        UI.getCurrent().navigate(AssessmentWizardView.class); // starts a second, unfinished one

        UI.getCurrent().navigate(AssessmentsView.class);
        Grid<AssessmentSummary> grid = _get(Grid.class);

        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).status()).isEqualTo(AssessmentStatus.DRAFT);
        AssessmentSummary done = GridKt._get(grid, 1);
        assertThat(done.id()).isEqualTo(finished);
        assertThat(done.findingCount()).isEqualTo(assessments.get(finished).findings().size()).isPositive();
        assertThat(_get(Button.class, spec -> spec.withId("start-assessment")).getText()).isEqualTo("Continue your assessment");
    }

    @Test
    void everyRequiredQuestionLeftEmptyGetsAMessageNextToItAndTheStepDoesNotMove() {
        UI.getCurrent().navigate(AssessmentWizardView.class);
        next();

        assertThat(stepTitle()).isEqualTo("Safety first");
        RadioButtonGroup<?> givingWay = (RadioButtonGroup<?>) _get(Component.class,
                spec -> spec.withId(AnswerField.domId(AnswerKey.of("giving-way"))));
        assertThat(givingWay.isInvalid()).isTrue();
        assertThat(givingWay.getErrorMessage()).isEqualTo("Answer this to go on.");
    }

    @Test
    void aNumberOutsideItsRangeIsExplainedInPlainWordsAndOtherAnswersAreKept() {
        Answers profile = AssessmentProfiles.noFindings()
                .with(AnswerKey.of("hip-abduction-hold-seconds", Side.LEFT), "7000");
        UI.getCurrent().navigate(AssessmentWizardView.class);
        while (!stepTitle().equals("Hips and trunk")) {
            fillCurrentStep(profile);
            next();
        }
        fillCurrentStep(profile);
        next();

        TextField hold = _get(TextField.class,
                spec -> spec.withId(AnswerField.domId(AnswerKey.of("hip-abduction-hold-seconds", Side.LEFT))));
        assertThat(hold.isInvalid()).isTrue();
        assertThat(hold.getErrorMessage()).contains("0").contains("600");
        assertThat(stepTitle()).isEqualTo("Hips and trunk");
        assertThat(assessments.currentDraft().orElseThrow().answers()
                .raw("side-bridge-seconds", Side.RIGHT)).hasValue("60");
    }

    @Test
    void aDraftResumesAtTheStepThePersonLeftAndBackKeepsEarlierAnswers() {
        Answers profile = AssessmentProfiles.noFindings();
        UI.getCurrent().navigate(AssessmentWizardView.class);
        fillCurrentStep(profile);
        next();
        assertThat(stepTitle()).isEqualTo("About you");

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(AssessmentWizardView.class);
        assertThat(stepTitle()).isEqualTo("About you");
        assertThat(_get(Span.class, spec -> spec.withId("wizard-progress")).getText()).startsWith("Step 2 of 6");

        _setValue(_get(IntegerField.class, spec -> spec.withId("about-minutes")), 40);
        _click(_get(Button.class, spec -> spec.withText("Back")));
        assertThat(stepTitle()).isEqualTo("Safety first");
        RadioButtonGroup<?> pop = (RadioButtonGroup<?>) _get(Component.class,
                spec -> spec.withId(AnswerField.domId(AnswerKey.of("pop-with-swelling"))));
        assertThat(pop.getValue()).isEqualTo(Answers.NO);
    }

    @Test
    void abandoningAsksFirstThenKeepsTheAssessmentAsAbandoned() {
        UI.getCurrent().navigate(AssessmentWizardView.class);
        long id = assessments.currentDraft().orElseThrow().id();
        _click(_get(Button.class, spec -> spec.withText("Abandon assessment")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(currentView()).isInstanceOf(AssessmentsView.class);
        assertThat(assessments.get(id).status()).isEqualTo(AssessmentStatus.ABANDONED);
        assertThat(assessments.currentDraft()).isEmpty();
    }

    @Test
    void anAssessmentAbandonedInAnotherWindowIsShownAsItIsInsteadOfAnError() {
        UI.getCurrent().navigate(AssessmentWizardView.class);
        long id = assessments.currentDraft().orElseThrow().id();
        assessments.abandon(id); // as if from a second tab

        next();

        assertThat(currentView()).isInstanceOf(AssessmentDetailView.class);
        assertThat(_get(Span.class, spec -> spec.withId("assessment-status")).getText()).isEqualTo("Abandoned");
    }

    @Test
    void someoneElsesAssessmentIsNotFound() {
        UI.getCurrent().navigate(AssessmentWizardView.class);
        long othersId = assessments.currentDraft().orElseThrow().id();

        accounts.register(new RegistrationForm("snoop@example.com", "Snoop", "a long enough pass", Role.INDIVIDUAL));
        login("snoop@example.com", "INDIVIDUAL");
        UI.getCurrent().navigate("assessments/" + othersId);

        assertThat(_get(H2.class, spec -> spec.withId("assessment-title")).getText()).isEqualTo("Assessment not found");
    }
}
