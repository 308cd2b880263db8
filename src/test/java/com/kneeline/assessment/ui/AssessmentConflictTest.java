package com.kneeline.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.kneeline.KaribuTest;
import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.model.WizardStep;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two tabs of one assessment: the later save is told what the other tab changed instead of overwriting it. */
class AssessmentConflictTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired AssessmentService assessments;

    @Test
    @SuppressWarnings("unchecked")
    void aSaveFromAStaleTabNamesWhatChangedKeepsWhatWasTypedAndOverwritesNothing() {
        accounts.register(new RegistrationForm("two.tabs@example.com", "Tabitha", "a long enough pass", Role.INDIVIDUAL));
        login("two.tabs@example.com", "INDIVIDUAL");
        UI.getCurrent().navigate(AssessmentWizardView.class); // tab A shows the safety screen
        long id = assessments.currentDraft().orElseThrow().id();
        // Tab B answers the safety screen with no red flags and moves on.
        Map<AnswerKey, String> tabB = new HashMap<>();
        assessments.keysOf(WizardStep.SAFETY).forEach(key -> tabB.put(key,
                AssessmentProfiles.noFindings().raw(key).orElse(null)));
        AnswerKey first = tabB.entrySet().stream().filter(e -> "no".equals(e.getValue())).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
        assertThat(assessments.saveStep(id, WizardStep.SAFETY, tabB, null, true).ok()).isTrue();

        // Tab A, still on the safety screen, answers "yes" to the first question and saves.
        RadioButtonGroup<String> firstQuestion = _get(RadioButtonGroup.class, spec -> spec.withId(AnswerField.domId(first)));
        _setValue(firstQuestion, "yes");
        _click(_get(Button.class, spec -> spec.withId("wizard-next")));

        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text", ""))
                .contains("changed in another tab").contains("your answers here are kept"));
        assertThat(firstQuestion.getValue()).as("what tab A typed is still there").isEqualTo("yes");
        assertThat(firstQuestion.isInvalid()).isTrue();
        assertThat(firstQuestion.getErrorMessage()).contains("Changed in another tab to \u201cno\u201d");
        assertThat(_get(H2.class, spec -> spec.withId("wizard-step-title")).getText()).as("still on the safety screen")
                .isEqualTo(StepCopy.of(WizardStep.SAFETY).title());
        var stored = assessments.currentDraft().orElseThrow();
        assertThat(stored.currentStep()).as("tab B's progress is not overwritten").isEqualTo(WizardStep.ABOUT);
        assertThat(stored.answers().raw(first)).hasValue("no");
    }
}
