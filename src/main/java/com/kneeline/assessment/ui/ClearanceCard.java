package com.kneeline.assessment.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

import com.kneeline.assessment.Clearance;
import com.kneeline.assessment.SafetyHold;
import com.kneeline.content.model.ContentCatalogue;
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
    final RadioButtonGroup<String> given = new RadioButtonGroup<>(getTranslation("clearance.given"));
    final TextField by = new TextField(getTranslation("clearance.by"));
    final DatePicker on = new DatePicker(getTranslation("clearance.on"));

    ClearanceCard(SafetyHold hold, Clearance earlier, LocalDate today, ContentCatalogue catalogue) {
        addClassName("kl-test-card");
        setId("clearance-card");
        setTitle(getTranslation("clearance.title"));
        setSubtitle(new Paragraph(getTranslation("clearance.intro",
                com.kneeline.base.i18n.Dates.longDate(getLocale()).format(hold.since()))));
        UnorderedList reasons = new UnorderedList();
        for (SafetyFlag original : hold.flags()) {
            SafetyFlag flag = catalogue.safetyFlag(original.id()).orElse(original);
            reasons.add(new ListItem(HoldNotice.statement(flag) + " (" + flag.professional() + ")"));
        }
        reasons.setId("clearance-reasons");

        given.setItems(YES, NOT_YET);
        given.setItemLabelGenerator(v -> getTranslation(v.equals(YES) ? "clearance.yes" : "clearance.not-yet"));
        given.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        given.setRequiredIndicatorVisible(true);
        given.setHelperText(getTranslation("clearance.given.help"));
        given.setId("clearance-given");

        by.setMaxLength(Clearance.BY_MAX_LENGTH);
        by.setPlaceholder(getTranslation("clearance.by.placeholder"));
        by.setHelperText(getTranslation("clearance.by.help"));
        by.setWidthFull();
        by.setId("clearance-by");

        on.setMax(today);
        on.setHelperText(getTranslation("clearance.on.help"));
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
