package com.kneeline.trainer.ui;

import java.util.List;

import com.kneeline.content.ContentService;
import com.kneeline.content.model.Phase;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.trainer.ProgrammeTemplate;
import com.kneeline.trainer.TemplateForm;
import com.kneeline.trainer.TemplateInvalidException;
import com.kneeline.trainer.TemplateService;
import com.kneeline.trainer.TemplateSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * A trainer writes or edits a template. The fields are bound to {@link TemplateForm} and checked against its
 * constraints before anything is sent; what the service still refuses comes back with its
 * {@link TemplateInvalidException.Field} and is shown next to that field.
 */
class TemplateDialog extends Dialog {

    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description (optional)");
    private final IntegerField sessions = new IntegerField("Sessions per week");
    private final IntegerField minutes = new IntegerField("Minutes per session");
    private final Select<Phase> phase = new Select<>();
    private final TemplateRulesField rules;
    private final BeanValidationBinder<TemplateForm> binder = new BeanValidationBinder<>(TemplateForm.class);

    TemplateDialog(TemplateService templates, ContentService content, ProgrammeService programmes,
                   TemplateSummary existing, Runnable saved) {
        TemplateForm initial = existing == null ? new TemplateForm("", "", null, null, null, List.of())
                : templates.get(existing.id());
        setId("template-dialog");
        setHeaderTitle(existing == null ? "New template" : "Edit “" + existing.name() + "”");
        setWidth("min(44rem, 100vw)");

        name.setId("template-name");
        name.setMaxLength(ProgrammeTemplate.NAME_MAX_LENGTH);
        name.setHelperText("Up to " + ProgrammeTemplate.NAME_MAX_LENGTH + " characters, e.g. “Runners, twice a week”.");
        name.setWidthFull();
        description.setId("template-description");
        description.setMaxLength(ProgrammeTemplate.DESCRIPTION_MAX_LENGTH);
        description.setHelperText("Who it is for; only you see it.");
        description.setWidthFull();
        sessions.setId("template-sessions");
        sessions.setStepButtonsVisible(true);
        sessions.setHelperText("Empty: the client's own answer.");
        minutes.setId("template-minutes");
        minutes.setStep(5);
        minutes.setStepButtonsVisible(true);
        minutes.setHelperText("Empty: the client's own answer.");
        List<Phase> phases = programmes.phases();
        phase.setLabel("Phase (optional)");
        phase.setId("template-phase");
        phase.setItems(phases);
        phase.setItemLabelGenerator(p -> p == null ? "From the assessment" : p.name());
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption("From the assessment");
        rules = new TemplateRulesField(content);

        // The bounds are TemplateForm's constraints, which BeanValidationBinder checks; no min/max on the fields, whose
        // own check would show an empty message instead.
        binder.forField(name).withNullRepresentation("").bind("name");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(sessions).bind("sessionsPerWeek");
        binder.forField(minutes).bind("minutesPerSession");
        binder.forField(phase).withConverter((Phase p) -> p == null ? null : p.id(),
                id -> phases.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null)).bind("phaseId");
        binder.forField(rules).bind("exercises");
        binder.readRecord(initial);

        FormLayout form = new FormLayout(name, description, sessions, minutes, phase);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        form.setColspan(name, 3);
        form.setColspan(description, 3);

        Button addRule = new Button("Add an exercise rule", VaadinIcon.PLUS.create(), click -> rules.addRule());
        addRule.setId("template-add-rule");
        addRule.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph rulesHelp = new Paragraph("Exercise rules apply when the engine prescribes that exercise for a client.");
        rulesHelp.addClassName("kl-fine-print");
        add(form, new H3("Exercise rules"), rulesHelp, rules, addRule);

        Button save = new Button("Save template", click -> {
            try {
                rules.takeRows();
                TemplateForm value = binder.writeRecord();
                if (existing == null) {
                    templates.create(value);
                } else {
                    templates.update(existing.id(), value);
                }
                close();
                Notification.show("Template “" + value.name() + "” saved.");
                saved.run();
            } catch (ValidationException invalid) {
                click.getSource().setEnabled(true); // the binder shows each message next to its field
            } catch (TemplateInvalidException invalid) {
                invalid.errors().forEach((field, message) -> mark(field(field), message));
                click.getSource().setEnabled(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("template-save");
        save.setDisableOnClick(true);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private HasValidation field(TemplateInvalidException.Field field) {
        return switch (field) {
            case NAME -> name;
            case DESCRIPTION -> description;
            case SESSIONS -> sessions;
            case MINUTES -> minutes;
            case PHASE -> phase;
            case RULES -> rules;
        };
    }

    private static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
