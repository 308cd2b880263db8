package com.kneeline.tracking.ui;

import java.util.Optional;

import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.ui.FindingsPageSection;
import com.kneeline.tracking.ReassessmentService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import org.springframework.core.annotation.Order;

/** On the findings page: a check-in (any completed assessment after the first) links to the comparison with before. */
@org.springframework.stereotype.Component
@Order(0)
class CheckInComparisonSection implements FindingsPageSection {

    private final ReassessmentService reassessments;

    CheckInComparisonSection(ReassessmentService reassessments) {
        this.reassessments = reassessments;
    }

    @Override
    public Place place() {
        return Place.ABOVE_FINDINGS;
    }

    @Override
    public Optional<Component> render(AssessmentDetails a) {
        var completed = reassessments.progress().assessments();
        boolean checkIn = completed.stream().skip(1).anyMatch(c -> c.id() == a.id());
        if (!checkIn) {
            return Optional.empty();
        }
        Button compare = new Button("Compare with before",
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(ProgressView.class)));
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compare.setId("compare-with-before");
        Div box = new Div(new Paragraph("This was a check-in: see which of your measures really changed "
                + "since your earlier assessments."), compare);
        box.addClassName("kl-compare");
        return Optional.of(box);
    }
}
