package com.kneeline.tracking.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import com.kneeline.assessment.ui.AssessmentWizardView;
import com.kneeline.tracking.ReassessmentService;
import com.kneeline.tracking.ReassessmentStatus;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The next check-in on the home screen: when it is due, due now, overdue, or asked for by a trainer, with a button
 * that starts it (the assessment wizard re-runs the tests and questions). Nothing before a first assessment.
 */
public class ReassessmentCard extends Composite<Div> {

    /** " The interval was set by your trainer Casey on 12 May." when a trainer chose it. */
    static String setByText(ReassessmentStatus s) {
        ReassessmentStatus.IntervalSetBy by = s.intervalSetBy();
        if (by == null || !by.trainer()) {
            return "";
        }
        return " Set by your trainer " + by.name() + " on "
                + DAY.format(java.time.LocalDate.ofInstant(by.at(), com.kneeline.base.Dates.ZONE)) + ".";
    }

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    public ReassessmentCard(ReassessmentService reassessments) {
        Optional<ReassessmentStatus> status = reassessments.status();
        getContent().setVisible(status.isPresent());
        if (status.isEmpty()) {
            return;
        }
        ReassessmentStatus s = status.get();
        Card card = new Card();
        card.setId("reassessment");
        card.addClassName("kl-reassessment");
        card.getElement().setAttribute("data-state", s.state().name().toLowerCase(Locale.ROOT));
        card.setHeaderPrefix(new Icon(VaadinIcon.CLIPBOARD_PULSE));
        card.setTitle("Your check-in");
        Paragraph state = new Paragraph(stateText(s));
        state.setId("reassessment-state");
        state.addClassName("kl-empty-state");
        Paragraph why = new Paragraph("Every " + s.intervalWeeks() + " weeks you repeat the tests, so you can see "
                + "what has really changed and your programme can follow." + setByText(s));
        card.add(state, why);

        boolean now = s.state() != ReassessmentStatus.State.UPCOMING;
        Button start = new Button(now ? "Start the check-in" : "Check in early",
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(AssessmentWizardView.class)));
        start.setId("reassessment-start");
        Button progress = new Button("See your progress",
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(ProgressView.class)));
        progress.setId("reassessment-progress");
        if (now) {
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        card.addToFooter(start, progress);
        getContent().add(card);
    }

    static String stateText(ReassessmentStatus s) {
        return switch (s.state()) {
            case UPCOMING -> "Next check-in due on " + DAY.format(s.dueDate()) + ".";
            case DUE -> "Your check-in is due now.";
            case OVERDUE -> "Your check-in is overdue since " + DAY.format(s.dueDate()) + ".";
            case REQUESTED -> "Your trainer asked for a check-in.";
        };
    }
}
