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

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withZone(Dates.ZONE);

    public HoldNotice(SafetyHold hold) {
        addClassName("kl-referral");
        setId("safety-hold");
        H3 title = new H3("On hold: see a professional first");
        Paragraph intro = new Paragraph((hold.awaitingClearance()
                ? "Your assessment of " + DATE.format(hold.since()) + " stopped again because no professional's "
                + "clearance was recorded. "
                : "Your assessment of " + DATE.format(hold.since()) + " found a reason to have your knee checked "
                + "before you exercise. ") + "Please do not follow your exercises until then.");
        UnorderedList reasons = new UnorderedList();
        reasons.setId("safety-hold-reasons");
        for (SafetyFlag flag : hold.flags()) {
            reasons.add(new ListItem(flag.statement() + " Who: " + flag.professional() + ". How soon: "
                    + flag.howSoon() + "."));
        }
        Button why = new Button("See why", click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(
                AssessmentDetailView.class, new RouteParameters("assessmentId", String.valueOf(hold.assessmentId())))));
        why.setId("safety-hold-why");
        Button again = new Button("I have been cleared: new assessment", click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate(AssessmentWizardView.class)));
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        again.setId("safety-hold-new-assessment");
        Div actions = new Div(why, again);
        actions.addClassName("kl-actions");
        add(title, intro, reasons, new Paragraph("The new assessment first asks who cleared you and when."), actions);
    }
}
