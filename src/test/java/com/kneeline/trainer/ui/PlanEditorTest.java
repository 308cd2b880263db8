package com.kneeline.trainer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import com.kneeline.CoachingTest;
import com.kneeline.account.Role;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.base.ui.NotFoundView;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.ui.ProgrammeView;
import com.kneeline.trainer.TemplateService;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The trainer's plan editor and templates, as a trainer uses them; the client then sees what the trainer set. */
class PlanEditorTest extends CoachingTest {

    @Autowired
    ProgrammeService programmes;

    @Autowired

    com.kneeline.prescription.ClientPlanService plans;
    @Autowired
    TemplateService templates;

    long trainer;
    long client;

    @BeforeEach
    void linkedClientWithAnAssessment() {
        trainer = register("Trish", Role.TRAINER);
        client = register("Kim", Role.INDIVIDUAL);
        coach(trainer, client);
        signIn(client);
        assessment(AssessmentProfiles.motorControlOnly(), Set.of("band", "weights", "step", "gym"), 45, 3);
        signIn(trainer);
    }

    private void openPlan(long id) {
        UI.getCurrent().navigate(ClientPlanView.class, ClientPlanView.routeTo(id));
    }

    private PlannedExercise firstRepBased() {
        return plans.clientPlan(client).current().orElseThrow().programme().sessions().stream()
                .flatMap(s -> s.exercises().stream()).filter(e -> e.holdSecondsMax() == 0).findFirst().orElseThrow();
    }

    @Test
    void aTrainerGeneratesAdjustsADoseWithAMessageNextToTheFieldAndTheClientSeesItAsSetByTheTrainer() {
        openPlan(client);
        _click(_get(Button.class, spec -> spec.withId("plan-generate")));
        PlannedExercise target = firstRepBased();

        _click(_get(Button.class, spec -> spec.withId("adjust-" + target.exerciseId())));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("adjust-dialog"));
        IntegerField sets = _get(dialog, IntegerField.class, spec -> spec.withId("adjust-sets"));
        _setValue(sets, 11);
        _click(_get(dialog, Button.class, spec -> spec.withId("adjust-save")));
        assertThat(sets.isInvalid()).isTrue();
        assertThat(sets.getErrorMessage()).isEqualTo("Sets from 1 to 10.");

        _setValue(sets, 4);
        TextArea load = _get(dialog, TextArea.class, spec -> spec.withId("adjust-load"));
        _setValue(load, "A 6 kg dumbbell");
        _click(_get(dialog, Button.class, spec -> spec.withId("adjust-save")));
        assertThat(load.isInvalid()).isTrue();
        assertThat(load.getErrorMessage()).startsWith("Not while the knee caves in on the single-leg squat: ");
        assertThat(plans.clientPlan(client).current().orElseThrow().changes()).isEmpty();

        _setValue(load, "");
        _click(_get(dialog, Button.class, spec -> spec.withId("adjust-save")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(firstRepBased().sets()).isEqualTo(4);
        assertThat(_get(Div.class, spec -> spec.withId("plan-changes")).getElement().getTextRecursively())
                .contains("4 sets").contains("Trish");

        signIn(client);
        UI.getCurrent().navigate(ProgrammeView.class);
        assertThat(_find(Span.class).stream().map(Span::getText)).anyMatch(t -> t.startsWith("Dose set by your trainer"));
    }

    @Test
    void theWeekIsChangedFromTheSettingsAndAnOutOfRangeValueIsExplainedNextToTheField() {
        plans.generateForClient(client);
        openPlan(client);
        IntegerField sessions = _get(IntegerField.class, spec -> spec.withId("plan-sessions"));
        _setValue(sessions, 9);
        _click(_get(Button.class, spec -> spec.withId("plan-save-week")));
        assertThat(sessions.getErrorMessage()).isEqualTo("Sessions per week from 1 to 7.");

        _setValue(_get(IntegerField.class, spec -> spec.withId("plan-sessions")), 2);
        _click(_get(Button.class, spec -> spec.withId("plan-save-week")));
        ProgrammeDetails now = plans.clientPlan(client).current().orElseThrow();
        assertThat(now.programme().sessions()).hasSize(2);

        signIn(client);
        UI.getCurrent().navigate(ProgrammeView.class);
        assertThat(_get(Div.class, spec -> spec.withId("programme-set-by-trainer")).getElement().getTextRecursively())
                .contains("2 sessions a week").contains("set by your trainer");
    }

    @Test
    void sevenSessionsAWeekGiveRestDaysWhereEveryExerciseHasHadItsDaysAndBothSidesAreToldWhy() {
        plans.generateForClient(client);
        openPlan(client);
        _setValue(_get(IntegerField.class, spec -> spec.withId("plan-sessions")), 7);
        _click(_get(Button.class, spec -> spec.withId("plan-save-week")));

        int planned = plans.clientPlan(client).current().orElseThrow().programme().sessions().size();
        assertThat(planned).isBetween(1, 6);
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-week-as-planned")).getText())
                .startsWith("As planned: " + planned + " sessions (Mon, ")
                .contains("fewer than the 7 set").contains("rest days");

        signIn(client);
        UI.getCurrent().navigate(ProgrammeView.class);
        assertThat(_get(Div.class, spec -> spec.withClasses("kl-education")).getElement().getTextRecursively())
                .contains("Your week has " + planned + " sessions rather than 7.");
    }

    @Test
    void aPlanCanStartFromATemplateMadeOnTheTemplatesPage() {
        UI.getCurrent().navigate(TemplatesView.class);
        assertThat(_find(Grid.class, spec -> spec.withId("templates-grid"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("templates-empty")).getElement().getTextRecursively())
                .contains("No templates yet");
        _click(_get(Button.class, spec -> spec.withId("templates-new")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("template-dialog"));
        _click(_get(dialog, Button.class, spec -> spec.withId("template-save")));
        TextField name = _get(dialog, TextField.class, spec -> spec.withId("template-name"));
        assertThat(name.getErrorMessage()).isEqualTo("Give the template a name.");
        _setValue(name, "Twice a week");
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withId("template-sessions")), 2);
        _click(_get(dialog, Button.class, spec -> spec.withId("template-save")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_find(Div.class, spec -> spec.withId("templates-empty"))).isEmpty();
        assertThat(_get(Grid.class, spec -> spec.withId("templates-grid")).isVisible()).isTrue();

        openPlan(client);
        @SuppressWarnings("unchecked")
        ComboBox<com.kneeline.trainer.TemplateSummary> picker = _get(ComboBox.class, spec -> spec.withId("plan-template"));
        picker.setValue(templates.list(org.springframework.data.domain.PageRequest.of(0, 10)).getContent().getFirst());
        _click(_get(Button.class, spec -> spec.withId("plan-generate-template")));

        assertThat(plans.clientPlan(client).current().orElseThrow().programme().sessions()).hasSize(2);
    }

    @Test
    void thePlanEditorsTemplatePickerFindsATemplateBeyondItsFirstPage() {
        for (int i = 1; i <= 60; i++) {
            templates.create(new com.kneeline.trainer.TemplateForm("Plan " + i, null, 2, null, null, java.util.List.of()));
        }
        templates.create(new com.kneeline.trainer.TemplateForm("Zebra week", null, 2, null, null, java.util.List.of()));
        openPlan(client);
        @SuppressWarnings("unchecked")
        ComboBox<com.kneeline.trainer.TemplateSummary> picker = _get(ComboBox.class, spec -> spec.withId("plan-template"));

        @SuppressWarnings("unchecked")
        var items = (com.vaadin.flow.data.provider.DataProvider<com.kneeline.trainer.TemplateSummary, String>)
                picker.getDataProvider();
        assertThat(items.fetch(new com.vaadin.flow.data.provider.Query<>(0, picker.getPageSize(), null, null, "zebra"))
                .map(com.kneeline.trainer.TemplateSummary::name)).containsExactly("Zebra week");
    }

    @Test
    void aClientTheTrainerDoesNotCoachOrANonsenseIdGetsTheNotFoundPage() {
        long stranger = register("Stranger", Role.INDIVIDUAL);
        openPlan(stranger);
        assertThat(_find(NotFoundView.class)).hasSize(1);
        UI.getCurrent().navigate("trainer/clients/abc/plan");
        assertThat(_find(NotFoundView.class)).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("plan-generate"))).isEmpty();
    }

    @Test
    void anAcuteRedFlagShowsWhyThereIsNothingToAdjust() {
        plans.generateForClient(client);
        clock.plusDays(2);
        signIn(client);
        assessment(AssessmentProfiles.redFlagStop(), Set.of(), 30, 3);
        signIn(trainer);
        openPlan(client);
        assertThat(_get(Div.class, spec -> spec.withId("plan-blocked")).getElement().getTextRecursively())
                .contains("There is no programme to adjust");
        assertThat(_find(Button.class, spec -> spec.withId("plan-generate"))).isEmpty();
    }

    @Test
    void onlyTrainersSeeTheTemplatesMenuAndAnIndividualCannotOpenTheTrainerPagesByAddress() {
        UI.getCurrent().navigate(TemplatesView.class);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Templates");

        signIn(client);
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("Templates");
        assertThatThrownBy(() -> UI.getCurrent().navigate("trainer/templates"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("trainer/clients/" + client + "/plan"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
