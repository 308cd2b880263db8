package com.kneeline.prescription.ui;

import java.util.Optional;

import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.ui.FindingsPageSection;
import com.kneeline.prescription.ProgrammeService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Paragraph;

import org.springframework.core.annotation.Order;

/** On the findings page: create the programme from these findings, or open it when they already produced it. */
@org.springframework.stereotype.Component
@Order(1)
class ProgrammeFindingsSection implements FindingsPageSection {

    private final ProgrammeService programmes;
    private final AssessmentService assessments;

    ProgrammeFindingsSection(ProgrammeService programmes, AssessmentService assessments) {
        this.programmes = programmes;
        this.assessments = assessments;
    }

    @Override
    public Place place() {
        return Place.BELOW_FINDINGS;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> render(AssessmentDetails a) {
        Card next = new Card();
        next.setTitle("Next: your programme");
        next.setId("programme-next");
        boolean alreadyMade = programmes.current().map(p -> p.assessmentId() == a.id()).orElse(false);
        boolean latest = assessments.latestCompleted().map(s -> s.id() == a.id()).orElse(false);
        if (!alreadyMade && !latest) {
            // Only the newest findings may replace the programme; an older assessment is kept for the record.
            next.setTitle("Your programme");
            next.add(new Paragraph("You have a newer assessment. Programmes are made from your latest findings."));
            return Optional.of(next);
        }
        if (alreadyMade) {
            next.add(new Paragraph("Your programme is built from these findings."));
            Button open = new Button("Open my programme", click -> openProgramme(click.getSource()));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setId("open-programme");
            next.addToFooter(open);
        } else {
            next.add(new Paragraph("KneeLine picks strengthening, mobility and control exercises for each finding, "
                    + "fitted to your equipment, your time and your knee's control today, and says why it chose each one."));
            Button create = new Button("Create my programme", click -> {
                programmes.createFromAssessment(a.id());
                openProgramme(click.getSource());
            });
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("create-programme");
            create.setDisableOnClick(true); // a double click must not make two versions
            next.addToFooter(create);
        }
        return Optional.of(next);
    }

    private static void openProgramme(com.vaadin.flow.component.Component from) {
        from.getUI().ifPresent(ui -> ui.navigate(ProgrammeView.class));
    }
}
