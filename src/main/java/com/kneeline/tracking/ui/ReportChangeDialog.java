package com.kneeline.tracking.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.kneeline.content.model.SafetyFlag;
import com.kneeline.tracking.OpenFlag;
import com.kneeline.tracking.ReferralFlagService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * "I got hurt / something changed": the safety screen again, as one list to tick, plus the person's own words.
 * Sending it always pauses the programme (the tracker raises a flag); the flag then says whom to see.
 */
public class ReportChangeDialog extends Dialog {

    public static final String BUTTON_TEXT = "I got hurt / something changed";

    public ReportChangeDialog(ReferralFlagService flags, long personId, Runnable afterReport) {
        setHeaderTitle(BUTTON_TEXT);
        setId("report-change-dialog");
        addClassName("kl-report-dialog");
        setWidth("min(40rem, 100vw)");

        Paragraph intro = new Paragraph("Tick every statement that is true for your knee now. Your programme pauses "
                + "until you have read what to do next; nothing you logged is lost.");
        CheckboxGroup<SafetyFlag> questions = new CheckboxGroup<>("Since your last session…");
        questions.setItems(flags.safetyQuestions());
        questions.setItemLabelGenerator(SafetyFlag::question);
        questions.setItemHelperGenerator(SafetyFlag::help);
        questions.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        questions.setHelperText("Leave them all unticked if none applies.");
        questions.setId("report-questions");
        questions.setWidthFull();

        TextArea what = new TextArea("What happened? (optional)");
        what.setMaxLength(ReferralFlagService.REPORT_MAX_LENGTH);
        what.setHelperText("For example: twisted it stepping off a kerb; it is sore on the inside.");
        what.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        what.setWidthFull();
        what.setId("report-what");

        Button send = new Button("Report and pause", VaadinIcon.PAUSE.create());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        send.setId("report-send");
        send.setDisableOnClick(true);
        send.addClickListener(click -> {
            if (what.getValue().length() > ReferralFlagService.REPORT_MAX_LENGTH) {
                what.setInvalid(true);
                what.setErrorMessage("At most " + ReferralFlagService.REPORT_MAX_LENGTH + " characters");
                send.setEnabled(true);
                return;
            }
            List<OpenFlag> raised = flags.reportChange(personId, questions.getValue().stream().map(SafetyFlag::id)
                    .collect(Collectors.toSet()), what.getValue());
            close();
            Notification.show(raised.stream().anyMatch(f -> f.kind() == com.kneeline.tracking.engine.Flag.Kind.RED_FLAG)
                    ? "Programme paused. Please see a professional before you exercise: details at the top."
                    : "Programme paused. Read the advice at the top of the page.", 6000,
                    Notification.Position.TOP_CENTER);
            afterReport.run();
        });
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("report-cancel");
        add(intro, questions, what);
        getFooter().add(cancel, send);
    }

    /** The button that opens the dialog; {@code afterReport} re-renders the page so the new flag shows. */
    public static Button openButton(ReferralFlagService flags, long personId, Runnable afterReport) {
        Button open = new Button(BUTTON_TEXT, VaadinIcon.AMBULANCE.create(),
                click -> new ReportChangeDialog(flags, personId, afterReport).open());
        open.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        open.setId("report-change");
        open.addClassName("kl-report-change");
        return open;
    }
}
