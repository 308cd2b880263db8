package com.kneeline.assessment.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

import com.kneeline.assessment.Clearance;
import com.kneeline.assessment.SafetyHold;
import com.kneeline.base.Dates;
import com.kneeline.content.model.SafetyFlag;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;

/**
 * First on the safety step after a stop: has a professional cleared you, who, and when. Without a "yes" the
 * assessment stops again with the same reasons, so the stop cannot be walked around by starting over.
 */
final class ClearanceCard extends Card {

    static final String YES = "yes";
    static final String NOT_YET = "not-yet";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withZone(Dates.ZONE);

    final RadioButtonGroup<String> given = new RadioButtonGroup<>("Has a professional seen you about this and said you "
            + "can exercise?");
    final TextField by = new TextField("Who cleared you?");
    final DatePicker on = new DatePicker("When?");

    ClearanceCard(SafetyHold hold, Clearance earlier, LocalDate today) {
        addClassName("kl-test-card");
        setId("clearance-card");
        setTitle("Before we go on: your last assessment stopped");
        setSubtitle(new Paragraph("On " + DATE.format(hold.since()) + " your answers needed a professional's check "
                + "first. Only go on if they have cleared you to exercise."));
        UnorderedList reasons = new UnorderedList();
        for (SafetyFlag flag : hold.flags()) {
            reasons.add(new ListItem(flag.statement() + " (" + flag.professional() + ")"));
        }
        reasons.setId("clearance-reasons");

        given.setItems(YES, NOT_YET);
        given.setItemLabelGenerator(v -> v.equals(YES) ? "Yes, a professional has cleared me" : "No, not yet");
        given.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        given.setRequiredIndicatorVisible(true);
        given.setHelperText("If not, the assessment stops here again and your programme stays on hold.");
        given.setId("clearance-given");

        by.setMaxLength(Clearance.BY_MAX_LENGTH);
        by.setPlaceholder("e.g. Dr Patel, GP; or Sam Lee, physiotherapist");
        by.setHelperText("Their name and role, as you would tell your trainer.");
        by.setWidthFull();
        by.setId("clearance-by");

        on.setMax(today);
        on.setHelperText("The day they saw you and said you can exercise.");
        on.setId("clearance-on");

        given.addValueChangeListener(change -> showDetails(YES.equals(change.getValue())));
        if (earlier != null && earlier.given()) {
            given.setValue(YES);
            by.setValue(earlier.by() == null ? "" : earlier.by());
            on.setValue(earlier.on());
        }
        showDetails(YES.equals(given.getValue()));
        add(reasons, given, by, on);
    }

    private void showDetails(boolean visible) {
        by.setVisible(visible);
        on.setVisible(visible);
    }

    Clearance value() {
        return YES.equals(given.getValue()) ? new Clearance(true, by.getValue(), on.getValue()) : Clearance.notYet();
    }

    void showErrors(Map<String, String> errors) {
        show(by, errors.get("clearance.by"));
        String dayError = errors.get("clearance.on");
        on.setInvalid(dayError != null);
        on.setErrorMessage(dayError);
    }

    private static void show(TextField field, String error) {
        field.setInvalid(error != null);
        field.setErrorMessage(error);
    }
}
