package com.kneeline.assessment.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.kneeline.assessment.SafetyHold;
import com.kneeline.base.Dates;
import com.kneeline.content.model.SafetyFlag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;

/**
 * "Your programme is on hold" with its reasons: whom to see and how soon for each, a link to the stopped assessment
 * and a new assessment that asks for the professional's clearance. Home, My programme and Today show it.
 */
public final class HoldNotice extends Div {

    /**
     * @param catalogue the content in the person's language; the hold's flags are looked up in it by id
     */
    public HoldNotice(SafetyHold hold, com.kneeline.content.model.ContentCatalogue catalogue) {
        DateTimeFormatter date = com.kneeline.base.i18n.Dates.longDate(getLocale());
        addClassName("kl-referral");
        setId("safety-hold");
        H3 title = new H3(getTranslation("hold.title"));
        Paragraph intro = new Paragraph(getTranslation(hold.awaitingClearance() ? "hold.intro.no-clearance"
                : "hold.intro", date.format(hold.since())));
        UnorderedList reasons = new UnorderedList();
        reasons.setId("safety-hold-reasons");
        for (SafetyFlag original : hold.flags()) {
            SafetyFlag flag = catalogue.safetyFlag(original.id()).orElse(original);
            reasons.add(new ListItem(getTranslation("hold.reason", statement(flag), flag.professional(),
                    flag.howSoon())));
        }
        Button why = new Button(getTranslation("hold.why"), click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(
                AssessmentDetailView.class, new RouteParameters("assessmentId", String.valueOf(hold.assessmentId())))));
        why.setId("safety-hold-why");
        Button again = new Button(getTranslation("hold.again"), click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate(AssessmentWizardView.class)));
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        again.setId("safety-hold-new-assessment");
        Div actions = new Div(why, again);
        actions.addClassName("kl-actions");
        add(title, intro, reasons, new Paragraph(getTranslation("hold.asks")), actions);
    }

    /** Why a flag was raised, in the person's language: the question they said yes to, or the flag's reason. */
    public static String statement(SafetyFlag flag) {
        return flag.asked() ? com.vaadin.flow.i18n.I18NProvider.translate("flag.answered-yes", flag.question())
                : flag.reason();
    }
}
