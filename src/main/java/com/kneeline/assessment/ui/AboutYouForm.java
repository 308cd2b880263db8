package com.kneeline.assessment.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.content.model.Equipment;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** The wizard's own "about you" questions; what the programme must fit. */
final class AboutYouForm extends Card {

    final RadioButtonGroup<AboutYou.Knees> knees = new RadioButtonGroup<>(getTranslation("about.knees"));
    final TextField activities = new TextField(getTranslation("about.activities"));
    final RadioButtonGroup<AboutYou.Goal> goal = new RadioButtonGroup<>(getTranslation("about.goal"));
    final CheckboxGroup<Equipment> equipment = new CheckboxGroup<>(getTranslation("about.equipment"));
    final IntegerField minutes = new IntegerField(getTranslation("about.minutes"));
    final IntegerField sessions = new IntegerField(getTranslation("about.sessions"));

    private final List<Equipment> allEquipment;

    AboutYouForm(List<Equipment> allEquipment) {
        this.allEquipment = allEquipment;
        setTitle(getTranslation("about.title"));
        knees.setItems(AboutYou.Knees.values());
        knees.setItemLabelGenerator(k -> getTranslation("about.knees." + k.name()));
        knees.setRequiredIndicatorVisible(true);
        knees.setId("about-knees");

        activities.setMaxLength(AboutYou.ACTIVITIES_MAX_LENGTH);
        activities.setPlaceholder(getTranslation("about.activities.placeholder"));
        activities.setHelperText(getTranslation("about.activities.help"));
        activities.setId("about-activities");

        goal.setItems(AboutYou.Goal.values());
        goal.setItemLabelGenerator(g -> getTranslation("about.goal." + g.name()));
        goal.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        goal.setRequiredIndicatorVisible(true);
        goal.setId("about-goal");

        equipment.setItems(allEquipment);
        equipment.setItemLabelGenerator(Equipment::label);
        equipment.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        equipment.setHelperText(getTranslation("about.equipment.help"));
        equipment.setId("about-equipment");

        minutes.setMin(AboutYou.MIN_MINUTES);
        minutes.setMax(AboutYou.MAX_MINUTES);
        minutes.setStep(5);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(25);
        minutes.setHelperText(getTranslation("about.minutes.help", AboutYou.MIN_MINUTES, AboutYou.MAX_MINUTES));
        minutes.setId("about-minutes");

        sessions.setMin(AboutYou.MIN_SESSIONS);
        sessions.setMax(AboutYou.MAX_SESSIONS);
        sessions.setStepButtonsVisible(true);
        sessions.setValue(3);
        sessions.setHelperText(getTranslation("about.sessions.help"));
        sessions.setId("about-sessions");



        integerMessages(minutes, getTranslation("about.minutes.range", AboutYou.MIN_MINUTES, AboutYou.MAX_MINUTES));
        integerMessages(sessions, getTranslation("about.sessions.range", AboutYou.MIN_SESSIONS, AboutYou.MAX_SESSIONS));

        FormLayout form = new FormLayout(knees, goal, activities, equipment, minutes, sessions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(goal, 2);
        add(form);
    }

    /** The field checks its own range before the service does; both say the same thing. */
    private static void integerMessages(IntegerField field, String message) {
        field.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(message).setMaxErrorMessage(message)
                .setBadInputErrorMessage(com.vaadin.flow.i18n.I18NProvider.translate("about.whole-number")).setStepErrorMessage(message));
    }

    void setValue(AboutYou about) {
        if (about == null) {
            return;
        }
        knees.setValue(about.knees());
        activities.setValue(about.activities());
        goal.setValue(about.goal());
        equipment.setValue(allEquipment.stream().filter(e -> about.equipment().contains(e.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        minutes.setValue(about.minutesPerSession());
        sessions.setValue(about.sessionsPerWeek());
    }

    /** What the form holds now; missing numbers become 0 so the service explains the allowed range. */
    AboutYou value() {
        Set<String> ids = equipment.getValue().stream().map(Equipment::id).collect(Collectors.toSet());
        return new AboutYou(knees.getValue(), activities.getValue(), goal.getValue(), ids,
                minutes.getValue() == null ? 0 : minutes.getValue(),
                sessions.getValue() == null ? 0 : sessions.getValue(), null);
    }

    void showErrors(Map<String, String> errors) {
        Map<String, HasValidation> fields = Map.of("knees", knees, "goal", goal, "activities", activities,
                "minutes", minutes, "sessions", sessions);
        fields.forEach((name, field) -> {
            String message = errors.get(AssessmentService.ABOUT + name);
            field.setErrorMessage(message);
            field.setInvalid(message != null);
        });
    }
}
